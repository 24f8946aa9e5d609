package dev.eventtestkit.event;

import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 codec. Thread-safe: the mapper is immutable once built. */
final class JacksonEventCodec implements EventCodec {

    static final JacksonEventCodec DEFAULT = new JacksonEventCodec(JsonMapper.builder().build());

    private final JsonMapper mapper;

    JacksonEventCodec(JsonMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    @Override
    public JsonNode toJson(Object event) {
        Objects.requireNonNull(event, "event");
        try {
            return mapper.valueToTree(event);
        } catch (JacksonException e) {
            throw new EventCodecException(
                    "cannot serialize " + event.getClass().getName() + " to JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public <T> T fromJson(JsonNode json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        try {
            return mapper.treeToValue(json, type);
        } catch (JacksonException e) {
            throw new EventCodecException(
                    "cannot read " + type.getName() + " from " + json + ": " + e.getOriginalMessage(), e);
        }
    }
}
