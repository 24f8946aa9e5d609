package dev.eventtestkit.spring.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The one place testkit-spring turns serialized bytes into the fake broker's JSON payload and back. A value that is
 * not JSON is kept as a JSON string (its text, or Base64 when it is not text).
 */
final class Payloads {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Payloads() {}

    static JsonNode parse(byte[] bytes) {
        try {
            return MAPPER.readTree(bytes);
        } catch (JacksonException notJson) {
            String text = RawRecord.utf8(bytes);
            return JsonNodeFactory.instance.stringNode(text != null ? text : Base64.getEncoder().encodeToString(bytes));
        }
    }

    static byte[] bytes(JsonNode payload) {
        return payload.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** @return the payload as JSON text, for failure messages */
    static String text(byte[] bytes) {
        String text = RawRecord.utf8(bytes);
        return text != null ? text : "(" + bytes.length + " bytes, not text)";
    }
}
