package dev.eventtestkit.event;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns event objects into JSON and back, and names their type.
 *
 * <p>The default, {@link #jackson()}, uses Jackson 3 with its defaults (records, {@code java.time} as ISO
 * text). Teams that serialize events differently in production implement this interface so the kit sees
 * the same JSON their consumers see:
 *
 * <pre>{@code
 * EventCodec codec = EventCodec.jackson(myProductionMapper);
 * }</pre>
 */
public interface EventCodec {

    /**
     * Serializes an event.
     *
     * @param event the event object
     * @return its JSON form
     * @throws EventCodecException when the event cannot be serialized
     */
    JsonNode toJson(Object event);

    /**
     * Deserializes an event.
     *
     * @param json the JSON form
     * @param type the class to build
     * @return the event object
     * @throws EventCodecException when the JSON does not fit the class
     */
    <T> T fromJson(JsonNode json, Class<T> type);

    /**
     * Names the type and version of an event class; by default from {@link EventType}.
     *
     * @param type the event class
     * @return its subject name and contract version
     */
    default EventDescriptor describe(Class<?> type) {
        return EventDescriptor.of(type);
    }

    /** @return the default codec: Jackson 3 with a plain {@link JsonMapper} */
    static EventCodec jackson() {
        return JacksonEventCodec.DEFAULT;
    }

    /**
     * A codec over the given mapper.
     *
     * @param mapper a configured Jackson 3 mapper
     * @return a codec that uses it
     */
    static EventCodec jackson(JsonMapper mapper) {
        return new JacksonEventCodec(mapper);
    }
}
