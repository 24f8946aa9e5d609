package dev.eventtestkit.cucumber;

import dev.eventtestkit.event.EventCodecException;
import dev.eventtestkit.event.Json;

/** JSON of a step to the registered classes, naming the step's row when the JSON does not fit the class. */
final class Conversions {

    private Conversions() {}

    static Object event(Registrations registrations, EventRow row) {
        Class<?> type = registrations.events.resolve(row.type());
        try {
            return registrations.codec.fromJson(row.data(), type);
        } catch (EventCodecException e) {
            throw new IllegalArgumentException(row.where() + ": " + e.getMessage(), e);
        }
    }

    static Object command(Registrations registrations, Class<?> type, Json json) {
        try {
            return registrations.codec.fromJson(JsonInput.object(json, "the doc string"), type);
        } catch (EventCodecException e) {
            throw new IllegalArgumentException("the doc string: " + e.getMessage(), e);
        }
    }
}
