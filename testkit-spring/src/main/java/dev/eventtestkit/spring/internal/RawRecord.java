package dev.eventtestkit.spring.internal;

import dev.eventtestkit.broker.Message;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jspecify.annotations.Nullable;

/**
 * A record as Kafka carries it: key and value bytes and binary headers. The fake broker keeps JSON and text
 * headers; the bytes the app's serializer wrote are kept beside it so that the app's deserializer reads exactly
 * what it would read from Kafka, binary headers (such as a dead-letter record's original offset) included.
 */
record RawRecord(byte @Nullable [] key, byte[] value, Header[] headers) {

    /** A record published by the test straight to the broker: the kit's JSON, the key's text, text headers. */
    static RawRecord of(Message message) {
        String key = message.key();
        Header[] headers = message.headers().entrySet().stream()
                .map(e -> new RecordHeader(e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8)))
                .toArray(Header[]::new);
        return new RawRecord(key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                Payloads.bytes(message.payload()), headers);
    }

    RecordHeaders recordHeaders() {
        return new RecordHeaders(headers.clone());
    }

    /** The fake's key: the serialized key as UTF-8 text (what Kafka's partitioner hashes, for String keys). */
    static @Nullable String keyText(byte @Nullable [] key) {
        return key == null ? null : new String(key, StandardCharsets.UTF_8);
    }

    /** The headers that are text, for {@code Message.headers()}; binary ones stay in the raw record only. */
    static Map<String, String> textHeaders(Header[] headers) {
        Map<String, String> text = new LinkedHashMap<>();
        for (Header header : headers) {
            String value = utf8(header.value());
            if (value != null) {
                text.put(header.key(), value);
            }
        }
        return text;
    }

    static @Nullable String utf8(byte @Nullable [] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r') ? null : text;
        } catch (CharacterCodingException binary) {
            return null;
        }
    }
}
