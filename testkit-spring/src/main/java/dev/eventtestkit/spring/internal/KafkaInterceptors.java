package dev.eventtestkit.spring.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerInterceptor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.Configurable;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.springframework.core.log.LogAccessor;

/**
 * The Kafka client interceptors an app configures ({@code interceptor.classes}, e.g.
 * {@code spring.kafka.producer.properties.interceptor.classes}), run on the fake as Kafka's clients run them: built
 * and configured with the client's configuration, called in order, and an interceptor's exception is logged and
 * skipped, as Kafka does.
 */
final class KafkaInterceptors {

    private static final LogAccessor LOG = new LogAccessor(KafkaInterceptors.class);
    static final String CLASSES = "interceptor.classes";

    private KafkaInterceptors() {}

    /** @return the configured interceptors, each configured with {@code config}; empty when none */
    static <T> List<T> create(Map<String, ?> config, Class<T> type, String what) {
        Object configured = config.get(CLASSES);
        List<Object> names = new ArrayList<>();
        if (configured instanceof Collection<?> many) {
            names.addAll(many);
        } else if (configured instanceof Class<?> one) {
            names.add(one);
        } else if (configured != null) {
            Arrays.stream(configured.toString().split(",")).map(String::trim).filter(n -> !n.isEmpty())
                    .forEach(names::add);
        }
        List<T> interceptors = new ArrayList<>();
        for (Object name : names) {
            T interceptor = type.cast(Instances.create(name, type, what + " " + CLASSES));
            ((Configurable) interceptor).configure(config);
            interceptors.add(interceptor);
        }
        return List.copyOf(interceptors);
    }

    static <K, V> ProducerRecord<K, V> onSend(List<ProducerInterceptor<K, V>> interceptors,
            ProducerRecord<K, V> record) {
        ProducerRecord<K, V> intercepted = record;
        for (ProducerInterceptor<K, V> interceptor : interceptors) {
            try {
                intercepted = interceptor.onSend(intercepted);
            } catch (RuntimeException e) {
                LOG.warn(e, () -> "Error executing interceptor onSend callback (as Kafka, the record goes on): "
                        + interceptor.getClass().getName());
            }
        }
        return intercepted;
    }

    static <K, V> void onAcknowledgement(List<ProducerInterceptor<K, V>> interceptors, RecordMetadata metadata,
            @Nullable Exception failure) {
        for (ProducerInterceptor<K, V> interceptor : interceptors) {
            try {
                interceptor.onAcknowledgement(metadata, failure);
            } catch (RuntimeException e) {
                LOG.warn(e, () -> "Error executing interceptor onAcknowledgement callback: "
                        + interceptor.getClass().getName());
            }
        }
    }

    /** @return the record as the interceptors hand it on, or null when one of them drops it */
    static @Nullable ConsumerRecord<Object, Object> onConsume(List<ConsumerInterceptor<Object, Object>> interceptors,
            ConsumerRecord<Object, Object> record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        ConsumerRecords<Object, Object> records = new ConsumerRecords<>(Map.of(partition, List.of(record)));
        for (ConsumerInterceptor<Object, Object> interceptor : interceptors) {
            try {
                records = interceptor.onConsume(records);
            } catch (RuntimeException e) {
                LOG.warn(e, () -> "Error executing interceptor onConsume callback (as Kafka, the records go on): "
                        + interceptor.getClass().getName());
            }
        }
        List<ConsumerRecord<Object, Object>> left = records.records(partition);
        return left.isEmpty() ? null : left.get(0);
    }

    static void onCommit(List<ConsumerInterceptor<Object, Object>> interceptors, ConsumerRecord<?, ?> record) {
        Map<TopicPartition, OffsetAndMetadata> committed = Map.of(
                new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
        for (ConsumerInterceptor<Object, Object> interceptor : interceptors) {
            try {
                interceptor.onCommit(committed);
            } catch (RuntimeException e) {
                LOG.warn(e, () -> "Error executing interceptor onCommit callback: " + interceptor.getClass().getName());
            }
        }
    }
}
