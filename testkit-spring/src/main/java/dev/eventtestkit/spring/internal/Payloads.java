package dev.eventtestkit.spring.internal;

import dev.eventtestkit.event.Json;
import dev.eventtestkit.event.JsonParseException;
import java.util.Base64;

/**
 * Turns serialized bytes into the fake broker's JSON payload and back. A value that is not JSON is kept as a JSON
 * string (its text, or Base64 when it is not text).
 */
final class Payloads {

    private Payloads() {}

    static Json parse(byte[] bytes) {
        try {
            return Json.parse(bytes);
        } catch (JsonParseException notJson) {
            String text = RawRecord.utf8(bytes);
            return Json.of(text != null ? text : Base64.getEncoder().encodeToString(bytes));
        }
    }

    static byte[] bytes(Json payload) {
        return payload.toBytes();
    }

    /** @return the payload as text, for failure messages */
    static String text(byte[] bytes) {
        String text = RawRecord.utf8(bytes);
        return text != null ? text : "(" + bytes.length + " bytes, not text)";
    }
}
