package dev.eventtestkit.event;

import dev.eventtestkit.internal.jackson.JacksonJson;
import dev.eventtestkit.internal.jackson.UserAnnotations;
import java.util.Objects;
import dev.eventtestkit.internal.shaded.tools.jackson.core.JacksonException;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.SerializationFeature;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.json.JsonMapper;

/**
 * The default codec on the bundled Jackson 3: its defaults, {@code Map} keys and {@code Set} elements sorted
 * (a {@code HashMap} keyed by enums iterates differently in every JVM). Thread-safe: the mapper is immutable.
 */
final class JacksonEventCodec implements EventCodec {

    static final JacksonEventCodec DEFAULT = new JacksonEventCodec(JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.ORDER_SET_ELEMENTS)
            .annotationIntrospector(new UserAnnotations())
            .build());

    static {
        CodecFailures.prepare(DEFAULT.mapper);
    }

    private final JsonMapper mapper;

    private JacksonEventCodec(JsonMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    @Override
    public Json toJson(Object event) {
        Objects.requireNonNull(event, "event");
        JsonNode tree;
        try {
            tree = mapper.valueToTree(event);
        } catch (JacksonException | UserAnnotations.UnsupportedAnnotation | StackOverflowError e) {
            throw new EventCodecException(
                    "cannot serialize " + event.getClass().getName() + " to JSON: " + CodecFailures.describe(e), e);
        }
        if (CodecFailures.tooDeep(tree, 1)) {
            // a tree Jackson builds but could never write as text: refuse it here, where the event is known
            throw new EventCodecException("cannot serialize " + event.getClass().getName() + " to JSON: it nests deeper than "
                    + CodecFailures.MAX_DEPTH + " levels, the most the kit's JSON holds");
        }
        return JacksonJson.wrap(tree);
    }

    @Override
    public <T> T fromJson(Json json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        try {
            return mapper.treeToValue(JacksonJson.node(json), type);
        } catch (JacksonException | UserAnnotations.UnsupportedAnnotation | StackOverflowError e) {
            throw new EventCodecException("cannot read " + type.getName() + " from " + CodecFailures.abbreviate(json)
                    + ": " + CodecFailures.describe(e), e);
        }
    }

    @Override
    public String toString() {
        return "EventCodec[bundled Jackson 3]";
    }
}
