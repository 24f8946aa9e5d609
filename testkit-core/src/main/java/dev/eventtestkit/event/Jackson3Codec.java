package dev.eventtestkit.event;

import java.util.Objects;
import org.apiguardian.api.API;
import tools.jackson.databind.json.JsonMapper;

/**
 * An {@link EventCodec} over the application's own Jackson 3 {@link JsonMapper} (Spring Boot 4, or any
 * application on {@code tools.jackson.databind}): payloads are exactly the JSON that mapper writes, and events
 * are read back with it.
 *
 * <pre>{@code
 * FakeBroker broker = FakeBroker.builder().codec(Jackson3Codec.of(jsonMapper)).build();
 * }</pre>
 *
 * <p>The application's mapper, not the kit's: the kit bundles its own copy of Jackson 3 under another package
 * name, so the two never clash whatever Jackson version the application uses. A class of its own, not a method
 * of {@link EventCodec}: this class needs Jackson 3 on the classpath, and {@code EventCodec} must load without
 * it (Spring Boot 3 applications have only Jackson 2).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Jackson3Codec {

    private Jackson3Codec() {}

    /**
     * @param mapper the application's mapper, configured as production configures it
     * @return a codec that writes and reads events with it
     */
    public static EventCodec of(JsonMapper mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return new TextEventCodec("the Jackson 3 JsonMapper", mapper::writeValueAsString, mapper::readValue);
    }
}
