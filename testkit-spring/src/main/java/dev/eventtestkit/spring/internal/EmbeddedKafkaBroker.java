package dev.eventtestkit.spring.internal;

import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.MessageHandler;
import dev.eventtestkit.broker.Subscription;
import dev.eventtestkit.broker.internal.SeekChecks;
import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.EventDescriptor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;

/**
 * The {@link Broker} of an {@code @EventTestkitKafka(embeddedKafka = true)} test: the app's own listener containers
 * run against a real (embedded) Kafka; publishing goes through the app's {@code KafkaTemplate}; reading a topic
 * reads it from the beginning; waiting for idle waits, in real time, until every listener's group has consumed to
 * the end of its topics.
 */
final class EmbeddedKafkaBroker implements Broker {

    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    private final ConfigurableListableBeanFactory beans;
    private final String bootstrapServers;
    private final EventCodec codec = EventCodec.jackson();
    private final List<MessageListenerContainer> own = new CopyOnWriteArrayList<>();

    EmbeddedKafkaBroker(ConfigurableListableBeanFactory beans, String bootstrapServers) {
        this.beans = beans;
        this.bootstrapServers = bootstrapServers;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Message publish(String topic, @Nullable String key, Object event) {
        KafkaTemplate<Object, Object> template = beans.getBean(KafkaTemplate.class);
        try {
            var sent = template.send(topic, key, event).get(DEFAULT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            var metadata = sent.getRecordMetadata();
            EventDescriptor descriptor = codec.describe(event.getClass());
            return new Message(topic + "-" + metadata.partition() + "@" + metadata.offset(), topic,
                    metadata.partition(), metadata.offset(), key, descriptor.name(), descriptor.version(),
                    Instant.ofEpochMilli(metadata.timestamp()), Map.of(), codec.toJson(event), 1, codec);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("sending to " + topic + " on the embedded Kafka failed: " + e, e);
        }
    }

    @Override
    public Subscription subscribe(String topic, String group, MessageHandler handler) {
        Map<String, Object> config = consumerConfig(group);
        ContainerProperties properties = new ContainerProperties(topic);
        properties.setMessageListener((org.springframework.kafka.listener.MessageListener<byte[], byte[]>)
                record -> {
                    try {
                        handler.handle(message(record, 1));
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        KafkaMessageListenerContainer<byte[], byte[]> container = new KafkaMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<>(config), properties);
        container.start();
        own.add(container);
        return new Subscription() {
            @Override
            public String topic() {
                return topic;
            }

            @Override
            public String group() {
                return group;
            }

            @Override
            public void close() {
                container.stop();
                own.remove(container);
            }
        };
    }

    /**
     * {@inheritDoc}
     *
     * <p>On the embedded Kafka: the listener containers of the group (the app's and the test's) stop, the group's
     * committed offset is set through the admin client, and they start again from it.
     */
    @Override
    public void seek(String topic, String group, int partition, long offset) {
        String call = "seek(" + topic + ", " + group + ", " + partition + ", " + offset + ")";
        Map<TopicPartition, Long> ends = positions(topic, OffsetSpec.latest(), call);
        long end = partition >= 0 && partition < ends.size() ? ends.get(new TopicPartition(topic, partition)) : 0;
        SeekChecks.check(topic, group, partition, offset, ends.size(), end);
        move(topic, group, Map.of(new TopicPartition(topic, partition), offset));
    }

    @Override
    public void seekToBeginning(String topic, String group) {
        move(topic, group, positions(topic, OffsetSpec.earliest(), "seekToBeginning(" + topic + ", " + group + ")"));
    }

    @Override
    public void seekToTime(String topic, String group, Instant instant) {
        Objects.requireNonNull(instant, "seekToTime: the instant is null");
        String call = "seekToTime(" + topic + ", " + group + ", " + instant + ")";
        Map<TopicPartition, Long> found = positions(topic, OffsetSpec.forTimestamp(instant.toEpochMilli()), call);
        Map<TopicPartition, Long> ends = positions(topic, OffsetSpec.latest(), call);
        Map<TopicPartition, Long> target = new HashMap<>();
        found.forEach((partition, offset) -> target.put(partition, offset < 0 ? ends.get(partition) : offset));
        move(topic, group, target);
    }

    /** @return per partition of the topic, the offset the spec names (-1 for a time after every record) */
    private Map<TopicPartition, Long> positions(String topic, OffsetSpec spec, String call) {
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", bootstrapServers))) {
            var described = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            described.partitions().forEach(p -> request.put(new TopicPartition(topic, p.partition()), spec));
            Map<TopicPartition, Long> positions = new HashMap<>();
            admin.listOffsets(request).all().get().forEach((partition, info) -> positions.put(partition, info.offset()));
            return positions;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                throw SeekChecks.unknownTopic(call, topic);
            }
            throw new IllegalStateException(call + " on the embedded Kafka failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(call + ": interrupted", e);
        }
    }

    /** Stops the group's containers on the topic, commits the positions, starts them again. */
    private void move(String topic, String group, Map<TopicPartition, Long> positions) {
        List<MessageListenerContainer> stopped = new ArrayList<>();
        List<MessageListenerContainer> all = new ArrayList<>(containers());
        all.addAll(own);
        for (MessageListenerContainer container : all) {
            String[] topics = container.getContainerProperties().getTopics();
            if (group.equals(container.getGroupId()) && topics != null && List.of(topics).contains(topic)
                    && container.isRunning()) {
                container.stop();
                stopped.add(container);
            }
        }
        Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
        positions.forEach((partition, offset) -> commits.put(partition, new OffsetAndMetadata(offset)));
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", bootstrapServers))) {
            admin.alterConsumerGroupOffsets(group, commits).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("seek on " + topic + " for group " + group + " failed: " + e.getCause(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("seek on " + topic + " for group " + group + ": interrupted", e);
        } finally {
            stopped.forEach(MessageListenerContainer::start);
        }
    }

    @Override
    public List<Message> messages(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(null))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, DEFAULT_WAIT).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<Message> messages = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    messages.add(message(record, 1));
                }
            }
            messages.sort((a, b) -> a.timestamp().equals(b.timestamp())
                    ? Long.compare(a.offset(), b.offset()) : a.timestamp().compareTo(b.timestamp()));
            return messages;
        }
    }

    @Override
    public List<Message> deadLetters(String topic, String group) {
        return messages(topic + "-dlt").stream()
                .filter(m -> group.equals(m.headers().get("kafka_dlt-original-consumer-group"))).toList();
    }

    @Override
    public void runUntilIdle() {
        awaitIdle(DEFAULT_WAIT);
    }

    /** Waits until every listener container's group has committed the end offset of each of its partitions. */
    @Override
    public void awaitIdle(Duration timeout) {
        try {
            Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> lagging().isEmpty());
        } catch (ConditionTimeoutException e) {
            String still;
            try {
                still = lagging().toString();
            } catch (Exception unknown) {
                still = "unknown (" + unknown + ")";
            }
            throw new AssertionFailedError("the embedded Kafka did not settle within " + timeout
                    + "; still to consume: " + still);
        }
    }

    private List<String> lagging() throws ExecutionException, InterruptedException {
        List<String> lagging = new ArrayList<>();
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", bootstrapServers))) {
            for (MessageListenerContainer container : containers()) {
                String group = container.getGroupId();
                String[] topics = container.getContainerProperties().getTopics();
                if (group == null || topics == null) {
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                for (var topic : admin.describeTopics(List.of(topics)).allTopicNames().get().values()) {
                    topic.partitions().forEach(p -> latest.put(new TopicPartition(topic.name(), p.partition()),
                            OffsetSpec.latest()));
                }
                for (var end : admin.listOffsets(latest).all().get().entrySet()) {
                    OffsetAndMetadata at = committed.get(end.getKey());
                    long consumed = at == null ? 0 : at.offset();
                    if (consumed < end.getValue().offset()) {
                        lagging.add(group + " on " + end.getKey() + " at " + consumed + " of " + end.getValue().offset());
                    }
                }
            }
        }
        return lagging;
    }

    private Collection<MessageListenerContainer> containers() {
        return beans.getBean(KafkaListenerEndpointRegistry.class).getListenerContainers();
    }

    private Map<String, Object> consumerConfig(@Nullable String group) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        if (group != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        return config;
    }

    private Message message(ConsumerRecord<byte[], byte[]> record, int attempt) {
        Map<String, String> headers = new HashMap<>(RawRecord.textHeaders(record.headers().toArray()));
        String typeId = headers.get("__TypeId__");
        String type = typeId == null ? "unknown" : typeId.substring(Math.max(typeId.lastIndexOf('.'),
                typeId.lastIndexOf('$')) + 1);
        return new Message(record.topic() + "-" + record.partition() + "@" + record.offset(), record.topic(),
                record.partition(), record.offset(), RawRecord.keyText(record.key()), type, 1,
                Instant.ofEpochMilli(record.timestamp()), headers, Payloads.parse(record.value()), attempt, codec);
    }

    @Override
    public String toString() {
        return "the embedded Kafka at " + bootstrapServers;
    }
}
