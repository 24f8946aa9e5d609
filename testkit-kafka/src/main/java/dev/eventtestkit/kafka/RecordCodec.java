package dev.eventtestkit.kafka;

import dev.eventtestkit.broker.Message;
import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.EventDescriptor;
import dev.eventtestkit.event.EventValidator;
import dev.eventtestkit.event.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jspecify.annotations.Nullable;

/** Event objects to Kafka records (JSON value, CloudEvents headers) and records back to {@link Message}s. */
final class RecordCodec {

    static final String SOURCE = "/eventtestkit";

    private final EventCodec codec;
    private final EventValidator validator;
    private final TopicNames names;

    RecordCodec(EventCodec codec, EventValidator validator, TopicNames names) {
        this.codec = codec;
        this.validator = validator;
        this.names = names;
    }

    ProducerRecord<String, byte[]> encode(
            String topic, @Nullable Integer partition, @Nullable String key, Object event, String id, Instant time) {
        EventDescriptor descriptor = codec.describe(event.getClass());
        Json payload = codec.toJson(event);
        validator.validate(event, descriptor, payload);
        byte[] value = payload.toBytes();
        Headers headers = new RecordHeaders();
        put(headers, KafkaHeaders.SPEC_VERSION, "1.0");
        put(headers, KafkaHeaders.ID, id);
        put(headers, KafkaHeaders.SOURCE, SOURCE);
        put(headers, KafkaHeaders.TYPE, descriptor.name());
        put(headers, KafkaHeaders.TIME, time.toString());
        put(headers, KafkaHeaders.EVENT_VERSION, Integer.toString(descriptor.version()));
        put(headers, KafkaHeaders.CONTENT_TYPE, "application/json");
        return new ProducerRecord<>(names.topic(topic), partition, time.toEpochMilli(), key, value, headers);
    }

    /**
     * @param attempt the delivery attempt, 1 for the first
     * @throws dev.eventtestkit.event.JsonParseException when the value is not JSON
     */
    Message decode(ConsumerRecord<String, byte[]> record, int attempt) {
        Map<String, String> headers = headers(record.headers());
        String topic = names.logical(record.topic());
        return new Message(
                headers.getOrDefault(KafkaHeaders.ID, topic + "[" + record.partition() + "]@" + record.offset()),
                topic,
                record.partition(),
                record.offset(),
                record.key(),
                headers.getOrDefault(KafkaHeaders.TYPE, Message.UNKNOWN_TYPE),
                Integer.parseInt(headers.getOrDefault(KafkaHeaders.EVENT_VERSION, "1")),
                Instant.ofEpochMilli(record.timestamp()),
                headers,
                payload(record.value()),
                attempt,
                codec);
    }

    /** A dead letter as the group saw it: original topic, partition and offset, attempt = calls made. */
    Message decodeDeadLetter(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = headers(record.headers());
        Message original = decode(record, Integer.parseInt(headers.getOrDefault(KafkaHeaders.DLT_ATTEMPTS, "1")));
        return new Message(
                original.id(),
                headers.getOrDefault(KafkaHeaders.DLT_ORIGINAL_TOPIC, original.topic()),
                Integer.parseInt(headers.getOrDefault(KafkaHeaders.DLT_ORIGINAL_PARTITION, "0")),
                Long.parseLong(headers.getOrDefault(KafkaHeaders.DLT_ORIGINAL_OFFSET, "0")),
                original.key(),
                original.type(),
                original.version(),
                original.timestamp(),
                headers,
                original.payload(),
                original.attempt(),
                codec);
    }

    ProducerRecord<String, byte[]> deadLetter(
            ConsumerRecord<String, byte[]> record, String topic, String group, int attempts, Exception failure) {
        Headers headers = new RecordHeaders(record.headers().toArray());
        put(headers, KafkaHeaders.DLT_EXCEPTION, failure.getClass().getName());
        put(headers, KafkaHeaders.DLT_EXCEPTION_MESSAGE, failure.getMessage() == null ? "" : failure.getMessage());
        put(headers, KafkaHeaders.DLT_ORIGINAL_TOPIC, topic);
        put(headers, KafkaHeaders.DLT_ORIGINAL_PARTITION, Integer.toString(record.partition()));
        put(headers, KafkaHeaders.DLT_ORIGINAL_OFFSET, Long.toString(record.offset()));
        put(headers, KafkaHeaders.DLT_GROUP, group);
        put(headers, KafkaHeaders.DLT_ATTEMPTS, Integer.toString(attempts));
        return new ProducerRecord<>(
                names.deadLetterTopic(topic, group), null, record.timestamp(), record.key(), record.value(), headers);
    }

    private static Json payload(byte @Nullable [] value) {
        return value == null ? Json.nullValue() : Json.parse(value);
    }

    private static Map<String, String> headers(Headers headers) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Header header : headers) {
            map.put(header.key(), header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8));
        }
        return map;
    }

    private static void put(Headers headers, String key, String value) {
        headers.remove(key);
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
