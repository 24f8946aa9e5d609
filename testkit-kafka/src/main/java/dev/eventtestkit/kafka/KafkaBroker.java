package dev.eventtestkit.kafka;

import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.MessageHandler;
import dev.eventtestkit.broker.internal.SeekChecks;
import dev.eventtestkit.event.DeterministicIds;
import dev.eventtestkit.event.EventCodec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;
import org.apiguardian.api.API;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;

/**
 * The {@link Broker} interface over a real Kafka cluster: real partitions, offsets, consumer groups and commits.
 *
 * <pre>{@code
 * try (KafkaBroker broker = KafkaBroker.builder().build()) {   // the shared embedded Kafka, or -Deventtestkit.kafka.bootstrap
 *     broker.createTopic("orders", 3);
 *     broker.subscribe("orders", "billing", message -> billing.on(message.payloadAs(OrderCreated.class)));
 *     broker.publish("orders", "o-1", new OrderCreated("o-1", 100));
 *     broker.runUntilIdle();
 * }
 * }</pre>
 *
 * <p>Handlers run on consumer threads; {@link #runUntilIdle()} and {@link #awaitIdle(Duration)} wait in real time.
 * Every topic and group name gets this broker's prefix on the cluster, so tests sharing a cluster never meet.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class KafkaBroker implements Broker, AutoCloseable {

    private final KafkaBrokerSettings settings;
    private final ClientConfigs configs;
    private final TopicNames names;
    private final Admin admin;
    private final KafkaProducer<String, byte[]> producer;
    private final Topics topics;
    private final RecordCodec records;
    private final IdleProbe idle;
    private final Delivery delivery;
    private final DeterministicIds ids;
    private final List<KafkaSubscription> subscriptions = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> roundRobin = new ConcurrentHashMap<>();
    private final AtomicInteger members = new AtomicInteger();
    /** Positions asked for by seek, per topic and group, until a member of the group takes them. */
    private final Map<String, Map<Integer, Long>> seeks = new ConcurrentHashMap<>();

    KafkaBroker(KafkaBrokerSettings settings) {
        this.settings = settings;
        this.configs = new ClientConfigs(settings.bootstrapServers(), settings.consumerProperties());
        this.names = new TopicNames(settings.topicPrefix());
        this.admin = Admin.create(configs.admin());
        this.producer = new KafkaProducer<>(configs.producer());
        this.topics = new Topics(admin);
        this.records = new RecordCodec(settings.codec(), settings.validator(), names);
        this.idle = new IdleProbe(topics, names);
        this.delivery = new Delivery(producer, records, topics, names, settings.retries(), settings.duplicateRate());
        this.ids = DeterministicIds.seeded(settings.seed());
    }

    /** @return a builder; {@code build()} without settings gives the JVM's shared Kafka, seed 0, no duplicates */
    public static KafkaBrokerBuilder builder() {
        return new KafkaBrokerBuilder();
    }

    /**
     * Creates a topic on the cluster.
     *
     * @param topic the topic, as tests name it
     * @param partitions 1 or more
     * @throws IllegalStateException when the topic exists already with another partition count
     */
    public void createTopic(String topic, int partitions) {
        topics.create(names.topic(topic), partitions);
    }

    /**
     * Sends the event and waits for the cluster's acknowledgement ({@code acks=all}).
     *
     * <p>The value is the codec's JSON; the key decides the partition with Kafka's own partitioner; a null key
     * goes round-robin over the partitions. An unknown topic is created with one partition.
     *
     * @return the record as stored, with its real partition, offset and timestamp, attempt 1
     * @throws IllegalStateException when the cluster does not take the record
     */
    @Override
    public Message publish(String topic, @Nullable String key, Object event) {
        Objects.requireNonNull(event, "event");
        String physical = names.topic(topic);
        topics.ensure(physical);
        Integer partition = key == null ? nextPartition(physical) : null;
        String id;
        synchronized (ids) {
            id = ids.nextString();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ProducerRecord<String, byte[]> record = records.encode(topic, partition, key, event, id, now);
        RecordMetadata stored = send(record);
        return records.decode(new ConsumerRecord<>(physical, stored.partition(), stored.offset(), stored.timestamp(),
                TimestampType.CREATE_TIME, -1, -1, key, record.value(), record.headers(), Optional.empty()), 1);
    }

    /**
     * Starts a consumer-group member on a thread of its own; the handler runs on that thread.
     *
     * <p>Each record is committed after the handler returns. A handler that throws is called again after the
     * configured backoffs; after the last attempt the record goes to the dead-letter topic
     * {@code <topic>.<group>.dlt} with the exception in its headers ({@link KafkaHeaders}), and is committed.
     *
     * @return the member; close it to leave the group
     */
    @Override
    public KafkaSubscription subscribe(String topic, String group, MessageHandler handler) {
        Objects.requireNonNull(handler, "handler");
        topics.ensure(names.topic(topic));
        int member = members.incrementAndGet();
        ConsumerLoop loop = new ConsumerLoop(new KafkaConsumer<>(configs.groupConsumer(names.group(group))), delivery,
                topic, group, handler, settings.seed() + member, seeksOf(topic, group));
        KafkaSubscription subscription = new KafkaSubscription(
                topic, group, loop, "eventtestkit-kafka-" + topic + "-" + group + "-" + member, subscriptions::remove);
        subscriptions.add(subscription);
        subscription.start();
        return subscription;
    }

    /**
     * {@inheritDoc}
     *
     * <p>On Kafka: when members of the group run in this broker, the member owning the partition seeks its
     * consumer there and commits the new position before this call returns (within the builder's
     * {@code idleTimeout}); otherwise the group's committed offset is set through the admin client.
     */
    @Override
    public void seek(String topic, String group, int partition, long offset) {
        String physical = names.topic(topic);
        int partitions = existingPartitions(topic, "seek(" + topic + ", " + group + ", " + partition + ", " + offset + ")");
        long end = partition >= 0 && partition < partitions
                ? topics.positions(physical, OffsetSpec.latest()).get(new TopicPartition(physical, partition))
                : 0;
        SeekChecks.check(topic, group, partition, offset, partitions, end);
        move(topic, group, Map.of(new TopicPartition(physical, partition), offset));
    }

    @Override
    public void seekToBeginning(String topic, String group) {
        existingPartitions(topic, "seekToBeginning(" + topic + ", " + group + ")");
        move(topic, group, topics.positions(names.topic(topic), OffsetSpec.earliest()));
    }

    @Override
    public void seekToTime(String topic, String group, Instant instant) {
        Objects.requireNonNull(instant, "seekToTime: the instant is null");
        existingPartitions(topic, "seekToTime(" + topic + ", " + group + ", " + instant + ")");
        move(topic, group, topics.positions(names.topic(topic), OffsetSpec.forTimestamp(instant.toEpochMilli())));
    }

    private int existingPartitions(String topic, String call) {
        Objects.requireNonNull(topic, "topic");
        int partitions = topics.partitions(names.topic(topic));
        if (partitions == 0) {
            throw SeekChecks.unknownTopic(call, topic);
        }
        return partitions;
    }

    private Map<Integer, Long> seeksOf(String topic, String group) {
        return seeks.computeIfAbsent(topic + "\n" + group, key -> new ConcurrentHashMap<>());
    }

    /** Hands the positions to the group's running members and waits until they took them, or commits them. */
    private void move(String topic, String group, Map<TopicPartition, Long> positions) {
        Objects.requireNonNull(group, "group");
        boolean running = subscriptions.stream()
                .anyMatch(subscription -> subscription.topic().equals(topic) && subscription.group().equals(group));
        if (!running) {
            topics.commit(names.group(group), positions);
            return;
        }
        Map<Integer, Long> asked = seeksOf(topic, group);
        positions.forEach((partition, offset) -> asked.put(partition.partition(), offset));
        try {
            Awaitility.await()
                    .atMost(settings.idleTimeout())
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(5))
                    .until(() -> positions.keySet().stream().noneMatch(partition -> asked.containsKey(partition.partition())));
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("seek on " + topic + " for group " + group + ": no member of the group "
                    + "took the new position within " + settings.idleTimeout() + " (still asked: " + asked + ")", e);
        }
    }

    /**
     * Reads the topic from the beginning with a fresh consumer outside any group.
     *
     * @return every record, ordered by timestamp, then partition and offset; empty for an unknown topic
     */
    @Override
    public List<Message> messages(String topic) {
        return new TopicReader(configs).readAll(topics.topicPartitions(names.topic(topic))).stream()
                .map(record -> records.decode(record, 1))
                .toList();
    }

    /**
     * Reads the dead-letter topic {@code <topic>.<group>.dlt}.
     *
     * @return the records the group gave up on, each with its original topic, partition and offset, the number
     *     of handler calls as its attempt, and the {@code dlt_} headers; empty when there are none
     */
    @Override
    public List<Message> deadLetters(String topic, String group) {
        return new TopicReader(configs).readAll(topics.topicPartitions(names.deadLetterTopic(topic, group))).stream()
                .map(records::decodeDeadLetter)
                .toList();
    }

    /** Waits up to the builder's {@code idleTimeout} (30 seconds by default); see {@link #awaitIdle(Duration)}. */
    @Override
    public void runUntilIdle() {
        awaitIdle(settings.idleTimeout());
    }

    /**
     * Waits until every subscribed group has committed every record of its topic and no handler is running.
     *
     * @throws AssertionFailedError listing what is still pending when the timeout passes
     */
    @Override
    public void awaitIdle(Duration timeout) {
        try {
            Awaitility.await()
                    .atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(25))
                    .until(() -> idle.pending(subscriptions).isEmpty());
        } catch (ConditionTimeoutException e) {
            // a last look, in case the timeout cut the final check short or the work finished just now
            List<String> last = idle.pending(subscriptions);
            if (last.isEmpty()) {
                return;
            }
            String actual = String.join("\n", last);
            throw new AssertionFailedError(
                    "Kafka not idle after " + timeout + ", still pending:\n" + actual.indent(2).stripTrailing(),
                    "idle", actual);
        }
    }

    /** @return the cluster's name for a topic of this broker, for code under test that talks to Kafka itself */
    public String kafkaTopic(String topic) {
        return names.topic(topic);
    }

    /** @return the cluster's name for a consumer group of this broker */
    public String kafkaGroup(String group) {
        return names.group(group);
    }

    /** @return the bootstrap servers this broker talks to */
    public String bootstrapServers() {
        return configs.bootstrapServers();
    }

    /** Stops every subscription, then the producer and the admin client. Topics stay on the cluster. */
    @Override
    public void close() {
        for (KafkaSubscription subscription : List.copyOf(subscriptions)) {
            subscription.close();
        }
        producer.close(Duration.ofSeconds(5));
        admin.close(Duration.ofSeconds(5));
    }

    private int nextPartition(String physicalTopic) {
        int counter = roundRobin.computeIfAbsent(physicalTopic, topic -> new AtomicInteger()).getAndIncrement();
        return Math.floorMod(counter, topics.partitions(physicalTopic));
    }

    private RecordMetadata send(ProducerRecord<String, byte[]> record) {
        try {
            return producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing to " + record.topic(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot publish to " + record.topic() + ": " + e.getCause(), e.getCause());
        }
    }
}
