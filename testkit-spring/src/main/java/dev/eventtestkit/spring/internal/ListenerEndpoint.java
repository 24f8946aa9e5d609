package dev.eventtestkit.spring.internal;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.MessageHandler;
import dev.eventtestkit.spring.UnreadableRecordException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerInterceptor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.Deserializer;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.config.AbstractKafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerEndpoint;
import org.springframework.kafka.config.MethodKafkaListenerEndpoint;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.AcknowledgingConsumerAwareMessageListener;
import org.springframework.kafka.listener.AcknowledgingMessageListener;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerAwareMessageListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.GenericMessageListener;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.Headers;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * One {@code @KafkaListener} endpoint on the fake broker: its topics, group and concurrency, the record listener
 * spring-kafka built for it (Spring's own adapter: argument resolution, message conversion, {@code @SendTo}), the
 * consumer's deserializers and the container's error handler. Checked when captured: what the fake cannot honour
 * fails the context naming the bean method and what to do.
 */
final class ListenerEndpoint {

    private static final LogAccessor LOG = new LogAccessor(ListenerEndpoint.class);

    /** spring-kafka builds every endpoint of a {@code @RetryableTopic} listener with a factory from here. */
    private static final String RETRY_TOPIC_PACKAGE = "org.springframework.kafka.retrytopic.";

    private final String name;
    private final List<String> topics;
    private final String group;
    private final int concurrency;
    private final MessageListenerContainer container;
    private final Object listener;
    private final Deserializer<?> keyDeserializer;
    private final Deserializer<?> valueDeserializer;
    private final ListenerErrors errors;
    private final String targetType;
    private final @Nullable RecordInterceptor<Object, Object> interceptor;
    private final List<ConsumerInterceptor<Object, Object>> consumerInterceptors;

    private ListenerEndpoint(String name, List<String> topics, String group, int concurrency,
            MessageListenerContainer container, Object listener, Deserializer<?> keyDeserializer,
            Deserializer<?> valueDeserializer, ListenerErrors errors, String targetType,
            @Nullable RecordInterceptor<Object, Object> interceptor,
            List<ConsumerInterceptor<Object, Object>> consumerInterceptors) {
        this.name = name;
        this.topics = topics;
        this.group = group;
        this.concurrency = concurrency;
        this.container = container;
        this.listener = listener;
        this.keyDeserializer = keyDeserializer;
        this.valueDeserializer = valueDeserializer;
        this.errors = errors;
        this.targetType = targetType;
        this.interceptor = interceptor;
        this.consumerInterceptors = consumerInterceptors;
    }

    /** A {@code @KafkaListener} endpoint, as spring-kafka's registry creates its container. */
    static ListenerEndpoint capture(KafkaListenerEndpoint endpoint, KafkaListenerContainerFactory<?> factory,
            MessageListenerContainer container, Map<CommonErrorHandler, VirtualBackOff> backOffs) {
        Method method = endpoint instanceof MethodKafkaListenerEndpoint<?, ?> m ? m.getMethod() : null;
        Object bean = endpoint instanceof MethodKafkaListenerEndpoint<?, ?> m ? m.getBean() : null;
        String name = describe(method, bean, endpoint);
        if (factory.getClass().getName().startsWith(RETRY_TOPIC_PACKAGE)) {
            throw unsupported("@KafkaListener " + name, "uses @RetryableTopic (non-blocking retries through"
                    + " retry topics " + endpoint.getTopics() + ")", "its back-off pauses partitions on the real"
                    + " clock; in the test, retry in place with the DefaultErrorHandler's BackOff (retries then"
                    + " wait on the virtual clock), or run the test with @EventTestkitKafka(embeddedKafka = true)");
        }
        ConsumerFactory<?, ?> consumers = container instanceof AbstractMessageListenerContainer<?, ?> built
                ? consumerFactory(built) // what the container polls with, whichever factory (or decorator) built it
                : factory instanceof AbstractKafkaListenerContainerFactory<?, ?, ?> f ? f.getConsumerFactory() : null;
        if (consumers == null) {
            throw unsupported("@KafkaListener " + name, "comes from a container factory without a ConsumerFactory ("
                    + factory.getClass().getName() + ")", "build it on a ConcurrentKafkaListenerContainerFactory");
        }
        return capture("@KafkaListener " + name, name, method, container, consumers,
                endpoint.getConsumerProperties(), backOffs);
    }

    /**
     * A listener container the app declares as a bean itself (not through {@code @KafkaListener}): the fake
     * delivers to its message listener as it does to an annotated one, and the container never starts.
     */
    static ListenerEndpoint capture(String beanName, AbstractMessageListenerContainer<?, ?> container,
            Map<CommonErrorHandler, VirtualBackOff> backOffs) {
        String name = "listener container bean '" + beanName + "'";
        return capture(name, name, null, container, consumerFactory(container), null, backOffs);
    }

    private static ListenerEndpoint capture(String label, String name, @Nullable Method method,
            MessageListenerContainer container, ConsumerFactory<?, ?> consumers,
            @Nullable Properties endpointProperties, Map<CommonErrorHandler, VirtualBackOff> backOffs) {
        ContainerProperties properties = container.getContainerProperties();
        if (properties.getTopicPattern() != null) {
            throw unsupported(label, "subscribes to the topic pattern \"" + properties.getTopicPattern() + "\"",
                    "name its topics, @KafkaListener(topics = {...}): the fake broker subscribes to named topics");
        }
        if (properties.getTopicPartitions() != null && properties.getTopicPartitions().length > 0) {
            throw unsupported(label, "is assigned partitions (topicPartitions)", "subscribe with topics and a"
                    + " group: the fake broker assigns partitions to a group's instances as Kafka's range assignor"
                    + " does");
        }
        Object listener = properties.getMessageListener();
        if (listener == null) {
            throw unsupported(label, "has no message listener", "set one with setupMessageListener(...) before"
                    + " the context starts");
        }
        if (!(listener instanceof MessageListener || listener instanceof AcknowledgingMessageListener
                || listener instanceof ConsumerAwareMessageListener
                || listener instanceof AcknowledgingConsumerAwareMessageListener)) {
            throw unsupported(label, "is a batch listener", "the fake broker delivers one record at a time: give"
                    + " the test a record listener (batch = \"false\"), or test the batch listener on a real Kafka");
        }
        if (!container.isAutoStartup()) {
            throw unsupported(label, "does not start automatically (autoStartup = false)", "the fake broker"
                    + " delivers to every listener from the start and cannot follow the app starting, pausing or"
                    + " stopping a container: let it start with the context in the test"
                    + " (spring.kafka.listener.auto-startup=true)");
        }
        ContainerProperties.AckMode ackMode = properties.getAckMode();
        if (ackMode == ContainerProperties.AckMode.MANUAL || ackMode == ContainerProperties.AckMode.MANUAL_IMMEDIATE) {
            throw unsupported(label, "uses AckMode." + ackMode, "the fake broker acknowledges a record when the"
                    + " listener returns and redelivers it when it throws: run the test with AckMode.RECORD"
                    + " (spring.kafka.listener.ack-mode=record)");
        }
        String group = container.getGroupId();
        if (group == null || group.isBlank()) {
            throw unsupported(label, "has no consumer group", "set groupId (or id) on @KafkaListener, or"
                    + " spring.kafka.consumer.group-id");
        }
        Map<String, Object> config = new HashMap<>(consumers.getConfigurationProperties());
        copy(properties.getKafkaConsumerProperties(), config);
        copy(endpointProperties, config);
        int concurrency = container instanceof ConcurrentMessageListenerContainer<?, ?> c ? c.getConcurrency() : 1;
        return new ListenerEndpoint(name, List.of(properties.getTopics()), group, Math.max(1, concurrency),
                container, listener, deserializer(consumers.getKeyDeserializer(), config, true, label),
                deserializer(consumers.getValueDeserializer(), config, false, label),
                ListenerErrors.of(container instanceof AbstractMessageListenerContainer<?, ?> a
                        ? a.getCommonErrorHandler() : null, backOffs),
                method != null ? targetType(method) : valueType(listener), recordInterceptor(container),
                consumerInterceptors(config, label));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<ConsumerInterceptor<Object, Object>> consumerInterceptors(Map<String, Object> config,
            String label) {
        return (List) KafkaInterceptors.create(config, ConsumerInterceptor.class, label);
    }

    /**
     * The container's {@code RecordInterceptor} (set on it or on its factory, as Boot does with a
     * {@code RecordInterceptor} bean); spring-kafka exposes it to subclasses only.
     */
    @SuppressWarnings("unchecked")
    private static @Nullable RecordInterceptor<Object, Object> recordInterceptor(MessageListenerContainer container) {
        if (!(container instanceof AbstractMessageListenerContainer<?, ?>)) {
            return null;
        }
        Method getter = ReflectionUtils.findMethod(AbstractMessageListenerContainer.class, "getRecordInterceptor");
        if (getter == null) {
            throw new IllegalStateException("EventTestkit cannot read the RecordInterceptor of "
                    + container.getClass().getName() + " on this spring-kafka version; please report it with this"
                    + " message");
        }
        ReflectionUtils.makeAccessible(getter);
        return (RecordInterceptor<Object, Object>) ReflectionUtils.invokeMethod(getter, container);
    }

    /** Kafka consumer properties, including a {@code Properties}' defaults, over the factory's configuration. */
    private static void copy(@Nullable Properties properties, Map<String, Object> config) {
        if (properties != null) {
            for (String key : properties.stringPropertyNames()) {
                config.put(key, properties.getProperty(key));
            }
            properties.forEach((key, value) -> config.put(key.toString(), value));
        }
    }

    /** A container bean's consumer factory: spring-kafka keeps it in a protected field, with no getter. */
    private static ConsumerFactory<?, ?> consumerFactory(AbstractMessageListenerContainer<?, ?> container) {
        Field field = ReflectionUtils.findField(AbstractMessageListenerContainer.class, "consumerFactory");
        if (field == null) {
            throw new IllegalStateException("EventTestkit cannot read the consumer factory of "
                    + container.getClass().getName() + " on this spring-kafka version; please report it with this"
                    + " message");
        }
        ReflectionUtils.makeAccessible(field);
        return (ConsumerFactory<?, ?>) ReflectionUtils.getField(field, container);
    }

    /** What a plain {@code MessageListener<K, V>} reads the value as, when its class says. */
    private static String valueType(Object listener) {
        ResolvableType value = ResolvableType.forClass(listener.getClass()).as(GenericMessageListener.class)
                .getGeneric(0);
        if (value.resolve() == ConsumerRecord.class) {
            value = value.getGeneric(1);
        }
        return value.resolve() == null || value.resolve() == Object.class ? "the value its deserializer returns"
                : value.toString();
    }

    List<String> topics() {
        return topics;
    }

    String group() {
        return group;
    }

    int concurrency() {
        return concurrency;
    }

    void clearErrorState() {
        errors.clearState();
    }

    /** @return one instance of this listener's group on the broker */
    MessageHandler handler(SpringWorld world, FakeBroker broker) {
        Consumer<?, ?> consumer = ConsumerProxy.of(group, broker);
        return message -> deliver(world, message, consumer);
    }

    private void deliver(SpringWorld world, Message message, Consumer<?, ?> consumer) throws Exception {
        RawRecord raw = world.raw(message);
        RecordHeaders headers = raw.recordHeaders();
        Object key;
        Object value;
        try {
            key = raw.key() == null ? null : keyDeserializer.deserialize(message.topic(), headers, raw.key());
            value = valueDeserializer.deserialize(message.topic(), headers, raw.value());
        } catch (RuntimeException unreadable) {
            throw unreadable(message, raw, unreadable);
        }
        ConsumerRecord<Object, Object> record = new ConsumerRecord<>(message.topic(), message.partition(),
                message.offset(), message.timestamp().toEpochMilli(), TimestampType.CREATE_TIME,
                raw.key() == null ? -1 : raw.key().length, raw.value().length, key, value, headers, Optional.empty());
        ConsumerRecord<Object, Object> polled = consumerInterceptors.isEmpty() ? record
                : KafkaInterceptors.onConsume(consumerInterceptors, record);
        if (polled == null) {
            return; // a consumer interceptor dropped it: the poll never returned it
        }
        KafkaUtils.setConsumerGroupId(group);
        try {
            if (interceptor == null) {
                consume(message, raw, polled, consumer);
            } else {
                intercepted(message, raw, polled, consumer);
            }
        } finally {
            KafkaUtils.clearConsumerGroupId();
        }
        KafkaInterceptors.onCommit(consumerInterceptors, polled);
    }

    /**
     * The app's {@code RecordInterceptor} around one delivery, as a container calls it: {@code intercept} first
     * (null skips the record, which counts as consumed), {@code success} or {@code failure} after the listener,
     * {@code afterRecord} last; thread state is set up and cleared around each delivery, a poll of one record.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void intercepted(Message message, RawRecord raw, ConsumerRecord<Object, Object> record,
            Consumer<?, ?> consumer) throws Exception {
        RecordInterceptor<Object, Object> around = Objects.requireNonNull(interceptor);
        Consumer<Object, Object> typed = (Consumer) consumer;
        around.setupThreadState(typed);
        ConsumerRecord<Object, Object> seen = record;
        try {
            seen = around.intercept(record, typed);
            if (seen == null) {
                return;
            }
            ConsumerRecord<Object, Object> given = seen;
            consume(message, raw, given, consumer, failure -> around.failure(given, failure, typed));
            around.success(given, typed);
        } finally {
            if (seen != null) {
                around.afterRecord(seen, typed);
            }
            around.clearThreadState(typed);
        }
    }

    private void consume(Message message, RawRecord raw, ConsumerRecord<Object, Object> record,
            Consumer<?, ?> consumer) throws Exception {
        consume(message, raw, record, consumer, failure -> {});
    }

    /** @param onFailure told of the listener's failure before the error handler runs, as a container does */
    private void consume(Message message, RawRecord raw, ConsumerRecord<Object, Object> record,
            Consumer<?, ?> consumer, java.util.function.Consumer<Exception> onFailure) throws Exception {
        DeserializationException failedDeserializer = record.value() == null ? SerializationUtils
                .getExceptionFromHeader(record, SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG) : null;
        if (failedDeserializer != null) {
            onFailure.accept(failedDeserializer);
            errors.failed(failedDeserializer, record, consumer, container,
                    unreadable(message, raw, failedDeserializer));
            return;
        }
        try {
            invoke(record, consumer);
        } catch (RuntimeException failure) {
            onFailure.accept(failure);
            errors.failed(failure, record, consumer, container, reason(message, raw, failure));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void invoke(ConsumerRecord<Object, Object> record, Consumer<?, ?> consumer) {
        if (listener instanceof AcknowledgingConsumerAwareMessageListener l) {
            l.onMessage(record, (Acknowledgment) null, (Consumer) consumer);
        } else if (listener instanceof ConsumerAwareMessageListener l) {
            l.onMessage(record, (Consumer) consumer);
        } else if (listener instanceof AcknowledgingMessageListener l) {
            l.onMessage(record, (Acknowledgment) null);
        } else {
            ((MessageListener) listener).onMessage(record);
        }
    }

    /** What the dead letter records: the app's own exception, or why the payload could not be read. */
    private Exception reason(Message message, RawRecord raw, RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String type = cause.getClass().getName();
            if (type.endsWith("MessageConversionException") || type.endsWith(".ConversionException")
                    || type.endsWith("MethodArgumentResolutionException")
                    || type.endsWith("MethodArgumentNotValidException") || cause instanceof DeserializationException) {
                return unreadable(message, raw, failure);
            }
        }
        Throwable cause = failure.getCause();
        return failure instanceof ListenerExecutionFailedException && cause instanceof Exception e ? e : failure;
    }

    private UnreadableRecordException unreadable(Message message, RawRecord raw, Exception failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String why = String.valueOf(root.getMessage()).lines().findFirst().orElse("").trim();
        return new UnreadableRecordException(name + " cannot read " + message.position() + " as " + targetType
                + ": " + root.getClass().getSimpleName() + ": " + why + "; the record: "
                + Payloads.text(raw.value()), failure);
    }

    private static Deserializer<?> deserializer(@Nullable Deserializer<?> instance, Map<String, Object> config,
            boolean isKey, String name) {
        String property = isKey ? ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG
                : ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG;
        Object configured = config.get(property);
        if (instance != null && configured == null) {
            return instance;
        }
        if (configured == null) {
            throw unsupported(name, "has no " + property, "set spring.kafka.consumer." + (isKey ? "key" : "value")
                    + "-deserializer");
        }
        Deserializer<?> created = (Deserializer<?>) Instances.create(configured, Deserializer.class,
                name + " " + property);
        created.configure(config, isKey);
        return created;
    }

    /** The type the listener reads the payload as: a {@code ConsumerRecord}'s or {@code Message}'s value type. */
    private static String targetType(@Nullable Method method) {
        if (method == null) {
            return "the payload types of its @KafkaHandler methods";
        }
        for (int i = 0; i < method.getParameterCount(); i++) {
            MethodParameter parameter = new MethodParameter(method, i);
            if (parameter.hasParameterAnnotation(Header.class)
                    || parameter.hasParameterAnnotation(Headers.class)) {
                continue;
            }
            Class<?> type = parameter.getParameterType();
            ResolvableType resolvable = ResolvableType.forMethodParameter(parameter);
            if (ConsumerRecord.class.isAssignableFrom(type)) {
                return resolvable.getGeneric(1).toString();
            }
            if (org.springframework.messaging.Message.class.isAssignableFrom(type)) { // Spring's, not the broker's
                return resolvable.getGeneric(0).toString();
            }
            if (Acknowledgment.class.isAssignableFrom(type) || Consumer.class.isAssignableFrom(type)) {
                continue;
            }
            return resolvable.toString();
        }
        return "(no payload parameter)";
    }

    private static String describe(@Nullable Method method, @Nullable Object bean, KafkaListenerEndpoint endpoint) {
        if (method == null) {
            return bean != null ? ClassUtils.getUserClass(bean).getSimpleName() + " (@KafkaHandler methods)"
                    : "listener " + endpoint.getId();
        }
        String parameters = Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", "));
        return ClassUtils.getUserClass(method.getDeclaringClass()).getSimpleName() + "." + method.getName() + "("
                + parameters + ")";
    }

    private static IllegalStateException unsupported(String label, String what, String toDo) {
        return new IllegalStateException(label + " " + what + ", which the fake broker of"
                + " @EventTestkitKafka cannot honour: " + toDo);
    }

    @Override
    public String toString() {
        return name + " on " + topics + " as group " + group + " x" + concurrency;
    }
}
