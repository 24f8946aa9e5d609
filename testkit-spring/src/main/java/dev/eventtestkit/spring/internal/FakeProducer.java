package dev.eventtestkit.spring.internal;

import dev.eventtestkit.broker.Message;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The producer behind a {@link FakeProducerFactory}: serializes key and value with the app's serializers (which may
 * add headers, as Spring's {@code JsonSerializer} adds type ids), publishes to the fake broker at once and completes
 * with the partition and offset the fake assigned. A failed publish (a contract violation) throws from
 * {@code send}, as a serialization failure does in Kafka's producer.
 */
final class FakeProducer<K, V> extends MockProducer<K, V> {

    private final Serializer<K> keySerializer;
    private final Serializer<V> valueSerializer;
    private final List<ProducerInterceptor<K, V>> interceptors;
    private final SpringWorld world;

    FakeProducer(Serializer<K> keySerializer, Serializer<V> valueSerializer, List<ProducerInterceptor<K, V>> interceptors,
            SpringWorld world) {
        this.keySerializer = keySerializer;
        this.valueSerializer = valueSerializer;
        this.interceptors = interceptors;
        this.world = world;
    }

    @Override
    public synchronized Future<RecordMetadata> send(ProducerRecord<K, V> record) {
        return send(record, null);
    }

    @Override
    public synchronized Future<RecordMetadata> send(ProducerRecord<K, V> sent, Callback callback) {
        ProducerRecord<K, V> record = interceptors.isEmpty() ? sent : KafkaInterceptors.onSend(interceptors, sent);
        V value = record.value();
        if (value == null) {
            throw new UnsupportedOperationException("send to " + record.topic() + " with a null value (a tombstone):"
                    + " the fake broker keeps events, it has no compacted topics");
        }
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        byte[] key = record.key() == null ? null : keySerializer.serialize(record.topic(), headers, record.key());
        byte[] bytes = valueSerializer.serialize(record.topic(), headers, value);
        Message message;
        try {
            message = world.publish(record.topic(), record.partition(), key, bytes, headers.toArray(), value);
        } catch (RuntimeException | AssertionError failure) {
            if (!interceptors.isEmpty()) {
                KafkaInterceptors.onAcknowledgement(interceptors, new RecordMetadata(new TopicPartition(
                        record.topic(), -1), -1, 0, -1, -1, -1), failure instanceof Exception e ? e
                        : new IllegalStateException(failure.getMessage(), failure));
            }
            throw failure;
        }
        RecordMetadata metadata = new RecordMetadata(new TopicPartition(message.topic(), message.partition()),
                message.offset(), 0, message.timestamp().toEpochMilli(), key == null ? -1 : key.length, bytes.length);
        KafkaInterceptors.onAcknowledgement(interceptors, metadata, null);
        if (callback != null) {
            callback.onCompletion(metadata, null);
        }
        return CompletableFuture.completedFuture(metadata);
    }

    @Override
    public void close() {
        // shared by every send of its factory, as a non-transactional Spring producer is
    }

    @Override
    public void close(Duration timeout) {
        // shared by every send of its factory, as a non-transactional Spring producer is
    }

    @Override
    public synchronized void flush() {
        // every send is published at once
    }
}
