package dev.eventtestkit.event;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.internal.shaded.tools.jackson.core.JacksonException;
import dev.eventtestkit.internal.shaded.tools.jackson.core.StreamReadFeature;
import dev.eventtestkit.internal.shaded.tools.jackson.core.TokenStreamLocation;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.DeserializationFeature;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.SerializationFeature;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.cfg.JsonNodeFeature;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.json.JsonMapper;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.node.ArrayNode;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.node.JsonNodeFactory;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.node.ObjectNode;

/** Reading and writing the trees behind {@link Json}, and the small text helpers it needs. */
final class JsonTrees {

    /** Exactly one value, no duplicate names, decimals as written (1.10 stays 1.10). */
    private static final JsonMapper READER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final JsonMapper WRITER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final int ABBREVIATE_AT = 80;

    private JsonTrees() {}

    static JsonNode parse(String text) {
        if (text.isBlank()) {
            throw new JsonParseException(0, 0, "no content; expected a JSON value");
        }
        try {
            return READER.readTree(text);
        } catch (JacksonException e) {
            throw parseError(e);
        }
    }

    static JsonNode parse(byte[] utf8) {
        if (utf8.length == 0) {
            throw new JsonParseException(0, 0, "no content; expected a JSON value");
        }
        try {
            JsonNode node = READER.readTree(utf8);
            if (node.isMissingNode()) {
                throw new JsonParseException(0, 0, "no content; expected a JSON value");
            }
            return node;
        } catch (JacksonException e) {
            throw parseError(e);
        }
    }

    private static JsonParseException parseError(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        String reason = CodecFailures.firstLine(e.getOriginalMessage());
        JsonParseException failure = location == null
                ? new JsonParseException(0, 0, reason)
                : new JsonParseException(location.getLineNr(), location.getColumnNr(), reason);
        failure.initCause(e);
        return failure;
    }

    static String pretty(JsonNode node) {
        return WRITER.writeValueAsString(node);
    }

    static byte[] bytes(JsonNode node) {
        return READER.writeValueAsBytes(node);
    }

    static JsonNode fromPlain(@Nullable Object value) {
        return fromPlain(value, "", java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static JsonNode fromPlain(@Nullable Object value, String at, Set<Object> open) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value == null) {
            return nodes.nullNode();
        }
        if (value instanceof Json json) {
            return dev.eventtestkit.internal.jackson.JacksonJson.node(json);
        }
        if (value instanceof String text) {
            return nodes.stringNode(text);
        }
        if (value instanceof Boolean flag) {
            return nodes.booleanNode(flag);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return nodes.numberNode(((Number) value).longValue());
        }
        if (value instanceof BigInteger number) {
            return nodes.numberNode(number);
        }
        if (value instanceof BigDecimal number) {
            return nodes.numberNode(number);
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                throw new IllegalArgumentException(where(at) + ": JSON has no number " + number);
            }
            return value instanceof Float f ? nodes.numberNode(f) : nodes.numberNode(number);
        }
        if (value instanceof Map<?, ?> || value instanceof Iterable<?>) {
            if (!open.add(value)) {
                throw new IllegalArgumentException(where(at) + ": the value contains itself");
            }
            JsonNode container = value instanceof Map<?, ?> map ? object(map, at, open) : array((Iterable<?>) value, at, open);
            open.remove(value);
            return container;
        }
        throw new IllegalArgumentException(where(at) + ": cannot make JSON of a " + value.getClass().getName()
                + "; expected null, Json, String, Boolean, a number, a Map with String keys or an Iterable"
                + " (serialize event objects with an EventCodec)");
    }

    private static ObjectNode object(Map<?, ?> map, String at, Set<Object> open) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String name)) {
                throw new IllegalArgumentException(where(at) + ": a JSON object needs String keys, found "
                        + (entry.getKey() == null ? "null" : "a " + entry.getKey().getClass().getName()));
            }
            object.set(name, fromPlain(entry.getValue(), at + "/" + escape(name), open));
        }
        return object;
    }

    private static ArrayNode array(Iterable<?> items, String at, Set<Object> open) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        int index = 0;
        for (Object item : items) {
            array.add(fromPlain(item, at + "/" + index++, open));
        }
        return array;
    }

    private static String where(String at) {
        return at.isEmpty() ? "Json.valueOf" : "Json.valueOf at " + at;
    }

    /** @return a property name as a JSON pointer token (RFC 6901) */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** @return the unescaped tokens of a pointer that is empty or starts with a slash */
    static List<String> pointerTokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        for (String token : pointer.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    /** @return whether a pointer token is an array index: 0, or digits without a leading zero */
    static boolean isIndex(String token) {
        if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static String abbreviate(String text) {
        return text.length() <= ABBREVIATE_AT ? text : text.substring(0, ABBREVIATE_AT - 3) + "...";
    }
}
