package dev.eventtestkit.spring.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.core.ProducerPostProcessor;

/**
 * Stands in for one of the app's {@code ProducerFactory} beans: same configuration and serializers, but its
 * producer publishes to the fake broker. Transactions are not supported: the fake has no transaction log. It
 * passes application events on to the original (Spring's own factory listens to them, and the context registered
 * the bean as a listener by its original type).
 */
final class FakeProducerFactory<K, V> implements ProducerFactory<K, V>, ApplicationListener<ApplicationEvent> {

    private final ProducerFactory<K, V> original;
    private final String beanName;
    private final SpringWorld world;
    private volatile @Nullable FakeProducer<K, V> producer;

    FakeProducerFactory(ProducerFactory<K, V> original, String beanName, SpringWorld world) {
        this.original = original;
        this.beanName = beanName;
        this.world = world;
        if (original.transactionCapable()) {
            throw new IllegalStateException("ProducerFactory bean '" + beanName + "' is transactional"
                    + " (transactionIdPrefix " + original.getTransactionIdPrefix() + "): the fake broker has no"
                    + " transactions; give the test a non-transactional ProducerFactory (leave"
                    + " spring.kafka.producer.transaction-id-prefix unset in the test)");
        }
    }

    @Override
    public Producer<K, V> createProducer() {
        FakeProducer<K, V> current = producer;
        if (current == null) {
            current = new FakeProducer<>(keySerializer(), valueSerializer(), interceptors(), world);
            producer = current;
        }
        return current;
    }

    @Override
    public Producer<K, V> createProducer(@Nullable String txIdPrefix) {
        return createProducer();
    }

    @Override
    public Producer<K, V> createNonTransactionalProducer() {
        return createProducer();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<ProducerInterceptor<K, V>> interceptors() {
        return (List) KafkaInterceptors.create(original.getConfigurationProperties(), ProducerInterceptor.class,
                "ProducerFactory bean '" + beanName + "'");
    }

    Serializer<K> keySerializer() {
        return serializer(original.getKeySerializer(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, true);
    }

    Serializer<V> valueSerializer() {
        return serializer(original.getValueSerializer(), ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, false);
    }

    /** The factory's own serializer instance when it has one, else the configured class, configured as Kafka would. */
    @SuppressWarnings("unchecked")
    private <T> Serializer<T> serializer(@Nullable Serializer<T> instance, String property, boolean isKey) {
        if (instance != null) {
            return instance;
        }
        Object configured = original.getConfigurationProperties().get(property);
        if (configured == null) {
            throw new IllegalStateException("ProducerFactory bean '" + beanName + "' has no " + property
                    + ": set spring.kafka.producer." + (isKey ? "key" : "value") + "-serializer");
        }
        Serializer<T> created = (Serializer<T>) Instances.create(configured, Serializer.class,
                "ProducerFactory bean '" + beanName + "' " + property);
        created.configure(original.getConfigurationProperties(), isKey);
        return created;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void onApplicationEvent(ApplicationEvent event) {
        if (original instanceof ApplicationListener<?> listener) {
            ((ApplicationListener<ApplicationEvent>) listener).onApplicationEvent(event);
        }
    }

    @Override
    public Map<String, Object> getConfigurationProperties() {
        return original.getConfigurationProperties();
    }

    @Override
    public Supplier<Serializer<V>> getValueSerializerSupplier() {
        return original.getValueSerializerSupplier();
    }

    @Override
    public Supplier<Serializer<K>> getKeySerializerSupplier() {
        return original.getKeySerializerSupplier();
    }

    @Override
    public @Nullable Serializer<K> getKeySerializer() {
        return original.getKeySerializer();
    }

    @Override
    public @Nullable Serializer<V> getValueSerializer() {
        return original.getValueSerializer();
    }

    @Override
    public boolean isProducerPerThread() {
        return false;
    }

    @Override
    public Duration getPhysicalCloseTimeout() {
        return original.getPhysicalCloseTimeout();
    }

    @Override
    public List<ProducerPostProcessor<K, V>> getPostProcessors() {
        return original.getPostProcessors();
    }

    @Override
    public List<Listener<K, V>> getListeners() {
        return original.getListeners();
    }

    @Override
    public String toString() {
        return "FakeProducerFactory[" + beanName + " on the fake broker]";
    }
}
