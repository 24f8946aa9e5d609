package dev.eventtestkit.projection;

import dev.eventtestkit.event.EventCodec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The class each given event type was appended as, so that a read model fed event objects gets each one
 * back as the class it was given as (through the codec, as a real consumer would read it).
 */
final class EventClasses {

    private final Map<String, Class<?>> byType = new HashMap<>();

    EventClasses(List<GivenEvent> given, EventCodec codec) {
        for (GivenEvent event : given) {
            Class<?> type = event.event().getClass();
            byType.putIfAbsent(codec.describe(type).name(), type);
        }
    }

    Object read(Envelope delivery) {
        Class<?> type = byType.get(delivery.type());
        if (type == null) {
            throw new IllegalStateException("no given event has the type " + delivery.type());
        }
        return delivery.stored().payloadAs(type);
    }
}
