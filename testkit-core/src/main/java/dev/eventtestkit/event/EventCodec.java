package dev.eventtestkit.event;

import java.util.function.BiFunction;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Turns event objects into JSON and back, and names their type.
 *
 * <p>The default, {@link #jackson()}, is the Jackson 3 the kit bundles, with its defaults (records,
 * {@code java.time} as ISO text) and map keys sorted. When production serializes events with a mapper of its
 * own, give the kit that mapper so tests see exactly the JSON consumers see:
 *
 * <pre>{@code
 * EventCodec codec = Jackson2Codec.of(objectMapper);   // Spring Boot 3: com.fasterxml.jackson.databind.ObjectMapper
 * EventCodec codec = Jackson3Codec.of(jsonMapper);     // Spring Boot 4: tools.jackson.databind.json.JsonMapper
 * }</pre>
 *
 * <p>Any other JSON library plugs in with {@link #ofText(Function, BiFunction)}; a codec of your own
 * implements this interface.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface EventCodec {

    /**
     * Serializes an event.
     *
     * @param event the event object
     * @return its JSON form
     * @throws EventCodecException when the event cannot be serialized
     */
    Json toJson(Object event);

    /**
     * Deserializes an event.
     *
     * @param json the JSON form
     * @param type the class to build
     * @return the event object
     * @throws EventCodecException when the JSON does not fit the class
     */
    <T> T fromJson(Json json, Class<T> type);

    /**
     * Names the type and version of an event class; by default from {@link EventType}.
     *
     * @param type the event class
     * @return its subject name and contract version
     */
    default EventDescriptor describe(Class<?> type) {
        return EventDescriptor.of(type);
    }

    /**
     * The default codec: the kit's bundled Jackson 3 with its defaults, {@code Map} keys sorted so that reports
     * and traces are the same on every JVM.
     *
     * @return the codec, shared (it is immutable)
     */
    static EventCodec jackson() {
        return JacksonEventCodec.DEFAULT;
    }

    /**
     * A codec over any JSON library that writes and reads JSON text, e.g. Gson:
     * {@code EventCodec.ofText(gson::toJson, gson::fromJson)}.
     *
     * @param writer writes an event object as JSON text
     * @param reader reads JSON text as an object of the given class
     * @return a codec whose JSON is exactly what the writer writes (property order and number forms kept)
     */
    static EventCodec ofText(Function<Object, String> writer, BiFunction<String, Class<?>, ?> reader) {
        return new TextEventCodec("the JSON library", writer, reader);
    }
}
