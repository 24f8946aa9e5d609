package dev.eventtestkit.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An {@link EventCodec} over the application's own Jackson 2 {@link ObjectMapper} (Spring Boot 3, or any
 * application on {@code com.fasterxml.jackson.databind}): payloads are exactly the JSON that mapper writes, and
 * events are read back with it.
 *
 * <pre>{@code
 * FakeBroker broker = FakeBroker.builder().codec(Jackson2Codec.of(objectMapper)).build();
 * }</pre>
 *
 * <p>A class of its own, not a method of {@link EventCodec}: this class needs Jackson 2 on the classpath, and
 * {@code EventCodec} must load without it (Spring Boot 4 applications have only Jackson 3).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Jackson2Codec {

    private Jackson2Codec() {}

    /**
     * @param mapper the application's mapper, configured as production configures it; a JSON mapper
     * @return a codec that writes and reads events with it
     * @throws IllegalArgumentException when the mapper writes another format than JSON (an {@code XmlMapper})
     */
    public static EventCodec of(ObjectMapper mapper) {
        Objects.requireNonNull(mapper, "mapper");
        String format = mapper.getFactory().getFormatName();
        if (!"JSON".equals(format)) {
            throw new IllegalArgumentException("Jackson2Codec.of(" + mapper.getClass().getName() + "): the mapper writes "
                    + format + "; expected a mapper that writes JSON");
        }
        return new TextEventCodec("the Jackson 2 ObjectMapper", event -> write(mapper, event),
                (text, type) -> read(mapper, text, type));
    }

    private static String write(ObjectMapper mapper, Object event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new CodecFailures.Wrapped(e);
        }
    }

    private static Object read(ObjectMapper mapper, String text, Class<?> type) {
        try {
            return mapper.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new CodecFailures.Wrapped(e);
        }
    }
}
