package dev.eventtestkit.broker;

import dev.eventtestkit.broker.internal.SeekChecks;
import dev.eventtestkit.event.DeterministicIds;
import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.EventDescriptor;
import dev.eventtestkit.event.EventValidator;
import dev.eventtestkit.event.Json;
import dev.eventtestkit.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The deterministic in-memory broker: topics with partitions, consumer groups, at-least-once delivery,
 * retries and dead letters on virtual time, and faults, all decided by one seed; and, as a {@link QueueBroker},
 * RabbitMQ's exchanges and queues in the same world (docs/queues.md).
 *
 * <pre>{@code
 * FakeBroker broker = FakeBroker.builder().seed(42L).faults(Faults.builder().duplicates(0.3).build()).build();
 * broker.createTopic("orders", 3);
 * broker.subscribe("orders", "billing", message -> billing.on(message.payloadAs(OrderCreated.class)));
 * broker.publish("orders", "o-1", new OrderCreated("o-1", 100));
 * broker.runUntilIdle();
 * }</pre>
 *
 * <p>Nothing is delivered until the test asks: {@link #runUntilIdle()}, or {@code clock().advance(...)},
 * which settles the broker at every instant on the way. Handlers run on the thread that asks. A FakeBroker
 * runs one call at a time: any thread may call it (a handler may publish, an application thread may publish
 * while the test thread waits), but two threads inside it at once fail the second with a message naming both.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class FakeBroker implements Broker, QueueBroker {

    private static final int ANY_PARTITION = -1;
    /** The most partitions one topic may have: far beyond any real topic, and small enough to allocate. */
    static final int MAX_PARTITIONS = 100_000;

    private final long seed;
    private final VirtualClock clock;
    private final Faults faults;
    private final EventCodec codec;
    private final EventValidator validator;
    private final DeterministicIds ids;
    private static final EventDescriptor TOMBSTONE = new EventDescriptor("tombstone", 1);

    private final Map<String, Topic> topics = new LinkedHashMap<>();
    /** The topics with a time retention, expired whenever the broker runs. */
    private final List<Topic> expiring = new ArrayList<>(0);
    /** Traces what retention and compaction delete; one instance, as every publish hands it over. */
    private final BiConsumer<Message, String> dropped = this::traceDropped;
    private final List<ConsumerGroup> groups = new ArrayList<>();
    private final TraceLog trace;
    private final DeliveryLoop loop;
    private final QueueWorld queues;
    private @Nullable Topic lastTopic;
    private long published;
    private final OneThreadAtATime oneThread = new OneThreadAtATime();
    /** The sometimes/reachable assertions of this run: name, and whether it held at least once. */
    private final Map<String, Boolean> sometimes = new LinkedHashMap<>();

    FakeBroker(FakeBrokerBuilder builder) {
        this.seed = builder.seed;
        this.clock = builder.clock == null ? VirtualClock.create() : builder.clock;
        this.faults = builder.faults;
        this.codec = builder.codec;
        this.validator = builder.validator;
        this.ids = DeterministicIds.seeded(seed);
        this.trace = new TraceLog(clock);
        Chooser chooser = builder.chooser == null ? Chooser.seeded(seed) : builder.chooser;
        this.queues = new QueueWorld(codec, validator, ids, clock, trace, chooser, faults, builder.retryPolicy);
        this.loop = new DeliveryLoop(groups, queues.steps, clock, chooser, faults, builder.retryPolicy, trace,
                builder.maxSteps);
        Object lock = builder.settleLock;
        if (lock == null) {
            clock.onEachInstant(this::runUntilIdle);
        } else {
            clock.onEachInstant(() -> {
                synchronized (lock) {
                    runUntilIdle();
                }
            });
        }
    }

    /** @return a broker with seed 0, a fresh {@link VirtualClock}, no faults and the default retry policy */
    public static FakeBroker create() {
        return builder().build();
    }

    /** @return a builder starting from the defaults of {@link #create()} */
    public static FakeBrokerBuilder builder() {
        return new FakeBrokerBuilder();
    }

    /**
     * Creates a topic; creating an existing topic with the same partition count does nothing.
     *
     * @param name the topic
     * @param partitions how many partitions, 1 to 100,000
     * @return this broker
     * @throws IllegalArgumentException when {@code partitions} is below 1 or above 100,000
     * @throws IllegalStateException when the topic exists with another partition count
     */
    public FakeBroker createTopic(String name, int partitions) {
        if (partitions < 1 || partitions > MAX_PARTITIONS) {
            throw new IllegalArgumentException("topic " + name + ": a topic has 1 to " + MAX_PARTITIONS
                    + " partitions, was " + partitions);
        }
        return createTopic(name, TopicOptions.partitions(partitions));
    }

    /**
     * Creates a topic with retention or compaction; creating an existing topic with the same options does nothing.
     *
     * <pre>{@code
     * broker.createTopic("prices", TopicOptions.partitions(1).compacted());
     * }</pre>
     *
     * @param name the topic
     * @param options its partitions, retention and compaction
     * @return this broker
     * @throws IllegalStateException when the topic exists with other options
     */
    public FakeBroker createTopic(String name, TopicOptions options) {
        oneThread.enter("createTopic");
        try {
            return createTopicInside(name, options);
        } finally {
            oneThread.exit();
        }
    }

    private FakeBroker createTopicInside(String name, TopicOptions options) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(options, "options");
        Topic existing = topics.get(name);
        if (existing == null) {
            Topic created = new Topic(name, options);
            topics.put(name, created);
            if (options.retention() != null) {
                expiring.add(created);
            }
        } else if (existing.partitions() != options.partitions()) {
            throw new IllegalStateException("topic " + name + " already exists with " + existing.partitions()
                    + " partition(s), cannot create it with " + options.partitions()
                    + " (publishing or subscribing to an unknown topic creates it with 1: create topics first)");
        } else if (!existing.options.equals(options)) {
            throw new IllegalStateException("topic " + name + " already exists with " + existing.options
                    + ", cannot create it with " + options);
        }
        return this;
    }

    /**
     * Publishes a tombstone: a record with a key and no value, which tells a compacted topic to forget the key
     * (after its delete retention). Handlers see it as {@link Message#isTombstone()}, its payload JSON null.
     *
     * @param topic the topic
     * @param key the key to delete
     * @return the record as stored
     */
    public Message publishTombstone(String topic, String key) {
        Objects.requireNonNull(key, "publishTombstone: a tombstone needs a key");
        oneThread.enter("publish");
        try {
            Topic target = topic(topic);
            return append(target, ANY_PARTITION, key, TOMBSTONE, Json.parse("null"), Map.of(), ids.next(), true);
        } finally {
            oneThread.exit();
        }
    }

    /**
     * Runs Kafka's log cleaner on a compacted topic now: each partition keeps only the last record of each key,
     * and a tombstone that is the last of its key goes too once it is older than the topic's delete retention.
     * Offsets do not change; groups and {@link #messages(String)} see the compacted log. Kafka's cleaner runs
     * when it likes and never touches the active segment; here the test says when, and it cleans everything.
     *
     * @param topic a compacted topic
     * @return how many records were removed
     * @throws IllegalArgumentException when the topic does not exist or is not compacted
     */
    public int compact(String topic) {
        oneThread.enter("compact");
        try {
            Topic target = existingTopic(topic, "compact(" + topic + ")");
            if (!target.options.isCompacted()) {
                throw new IllegalArgumentException("compact(" + topic + "): topic " + topic + " is not compacted; "
                        + "create it with TopicOptions.partitions(n).compacted()");
            }
            return target.compact(clock.instant(), dropped);
        } finally {
            oneThread.exit();
        }
    }

    @Override
    public Message publish(String topic, @Nullable String key, Object event) {
        return publish(topic, key, event, Map.of());
    }

    /**
     * Publishes with headers; see {@link #publish(String, String, Object)}.
     *
     * @param topic the topic
     * @param key the record key; null spreads records round-robin
     * @param event the event object
     * @param headers the record headers
     * @return the record as stored
     * @throws NullPointerException when the event, the headers, a header name or a header value is null (named)
     * @throws RuntimeException whatever the {@link EventValidator} throws; nothing is stored then
     */
    public Message publish(String topic, @Nullable String key, Object event, Map<String, String> headers) {
        oneThread.enter("publish");
        try {
            return publishInside(topic, ANY_PARTITION, key, event, headers);
        } finally {
            oneThread.exit();
        }
    }

    /**
     * Publishes to a chosen partition, as a Kafka producer record with an explicit partition does; see
     * {@link #publish(String, String, Object)}.
     *
     * @param topic the topic
     * @param partition the partition, from 0 to the topic's partition count - 1
     * @param key the record key, kept on the record; it does not choose the partition here
     * @param event the event object
     * @param headers the record headers
     * @return the record as stored
     * @throws IllegalArgumentException when the topic has no such partition; nothing is stored then
     */
    public Message publish(String topic, int partition, @Nullable String key, Object event,
            Map<String, String> headers) {
        if (partition < 0) {
            throw new IllegalArgumentException("topic " + topic + ": a partition is 0 or more, was " + partition);
        }
        oneThread.enter("publish");
        try {
            return publishInside(topic, partition, key, event, headers);
        } finally {
            oneThread.exit();
        }
    }

    private Message publishInside(String topic, int partition, @Nullable String key, Object event,
            Map<String, String> headers) {
        Objects.requireNonNull(event, "publish: the event is null");
        checkHeaders(headers);
        Topic target = topic(topic);
        if (key == null && target.options.isCompacted()) {
            throw new IllegalArgumentException("publish to " + topic + " refused: the topic is compacted, so a record "
                    + "needs a key (Kafka refuses keyless records on compacted topics)");
        }
        if (partition != ANY_PARTITION && (partition < 0 || partition >= target.partitions())) {
            throw new IllegalArgumentException("topic " + target.name + " has " + target.partitions()
                    + " partition(s) (0 to " + (target.partitions() - 1) + "), cannot publish to partition "
                    + partition + " (create the topic with more partitions first)");
        }
        EventDescriptor descriptor = codec.describe(event.getClass());
        Json payload = codec.toJson(event);
        validator.validate(event, descriptor, payload);
        return append(target, partition, key, descriptor, payload, headers, ids.next(), true);
    }

    /** Appends a record whose payload is serialized and validated already; {@link DeliveryModel}'s way in. */
    Message append(String topic, @Nullable String key, EventDescriptor descriptor, Json payload,
            Map<String, String> headers, UUID id, boolean traced) {
        return append(topic(topic), ANY_PARTITION, key, descriptor, payload, headers, id, traced);
    }

    private Message append(Topic target, int chosen, @Nullable String key, EventDescriptor descriptor,
            Json payload, Map<String, String> headers, UUID id, boolean traced) {
        int partition = chosen != ANY_PARTITION ? chosen
                : key == null ? target.nextRoundRobin() : target.partitionFor(key);
        Message message = new Message(id, target.name, partition, target.nextOffset(partition), key,
                descriptor.name(), descriptor.version(), clock.instant(), headers, payload, 1, codec);
        if (traced) {
            trace.publish(message);
        }
        target.append(new StoredRecord(message, published++, loop.isRunning()), dropped);
        return message;
    }

    private static void checkHeaders(@Nullable Map<String, String> headers) {
        Objects.requireNonNull(headers, "publish: the headers are null; pass Map.of() for none");
        for (Map.Entry<String, String> header : headers.entrySet()) {
            Objects.requireNonNull(header.getKey(), "publish: a header name is null");
            Objects.requireNonNull(header.getValue(), () -> "publish: the value of header \"" + header.getKey()
                    + "\" is null; expected a string (leave the header out instead)");
        }
    }

    @Override
    public Subscription subscribe(String topic, String group, MessageHandler handler) {
        oneThread.enter("subscribe");
        try {
            return subscribeInside(topic, group, handler);
        } finally {
            oneThread.exit();
        }
    }

    /**
     * Subscribes, saying where the group starts when it has no position on the topic yet (Kafka's
     * {@code auto.offset.reset}); a group that exists keeps its position.
     *
     * <pre>{@code
     * broker.subscribe("orders", "audit", OffsetReset.LATEST, audit::on);   // only what is published from now on
     * }</pre>
     *
     * @param topic the topic
     * @param group the consumer group
     * @param reset where a new group starts
     * @param handler the consumer under test
     * @return a handle that removes this instance when closed
     */
    public Subscription subscribe(String topic, String group, OffsetReset reset, MessageHandler handler) {
        Objects.requireNonNull(reset, "reset");
        oneThread.enter("subscribe");
        try {
            Topic target = topic(topic);
            if (reset == OffsetReset.LATEST && target.existingGroup(group) == null) {
                ConsumerGroup consumers = groupFor(target, group);
                for (int partition = 0; partition < target.partitions(); partition++) {
                    consumers.cursors[partition].seek(target.nextOffset(partition));
                }
            }
            return subscribeInside(topic, group, handler);
        } finally {
            oneThread.exit();
        }
    }

    private Subscription subscribeInside(String topic, String group, MessageHandler handler) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(handler, "handler");
        return groupFor(topic(topic), group).join(handler);
    }

    /**
     * A new group on a one-partition topic that starts at an offset and stops at a record its handler keeps
     * failing on; {@link DeliveryModel}'s catch-up subscriptions.
     */
    Subscription subscribeAt(String topic, String group, long offset, MessageHandler handler,
            Consumer<DeadLetter> onStop) {
        Topic target = topic(topic);
        if (target.existingGroup(group) != null) {
            throw new IllegalStateException("group " + group + " already exists on topic " + topic);
        }
        ConsumerGroup consumers = target.addGroup(group, groups.size());
        groups.add(consumers);
        consumers.stopOnFailure(onStop);
        for (Cursor cursor : consumers.cursors) {
            cursor.seek(offset);
        }
        return consumers.join(handler);
    }

    /** Removes a group and what it had in flight: a closed catch-up subscription is gone, not waiting. */
    void removeGroup(String topic, String group) {
        Topic target = topics.get(topic);
        ConsumerGroup consumers = target == null ? null : target.existingGroup(group);
        if (consumers != null) {
            target.groups.remove(consumers);
            groups.remove(consumers);
        }
    }

    @Override
    public void seek(String topic, String group, int partition, long offset) {
        oneThread.enter("seek");
        try {
            Topic target = existingTopic(topic, "seek(" + topic + ", " + group + ", " + partition + ", " + offset + ")");
            long end = partition >= 0 && partition < target.partitions() ? target.nextOffset(partition) : 0;
            SeekChecks.check(topic, group, partition, offset, target.partitions(), end);
            groupFor(target, group).cursors[partition].seek(offset);
        } finally {
            oneThread.exit();
        }
    }

    @Override
    public void seekToBeginning(String topic, String group) {
        oneThread.enter("seekToBeginning");
        try {
            Topic target = existingTopic(topic, "seekToBeginning(" + topic + ", " + group + ")");
            ConsumerGroup consumers = groupFor(target, group);
            for (int partition = 0; partition < target.partitions(); partition++) {
                consumers.cursors[partition].seek(target.startOffset(partition));
            }
        } finally {
            oneThread.exit();
        }
    }

    @Override
    public void seekToTime(String topic, String group, Instant instant) {
        Objects.requireNonNull(instant, "seekToTime: the instant is null");
        oneThread.enter("seekToTime");
        try {
            Topic target = existingTopic(topic, "seekToTime(" + topic + ", " + group + ", " + instant + ")");
            ConsumerGroup consumers = groupFor(target, group);
            for (int partition = 0; partition < target.partitions(); partition++) {
                consumers.cursors[partition].seek(target.offsetForTime(partition, instant));
            }
        } finally {
            oneThread.exit();
        }
    }

    /** A record retention or compaction deleted: a {@code drop} row, so a group that never got it can see why. */
    private void traceDropped(Message message, String why) {
        trace.queue(TraceKind.DROP, message, null, 0, why);
    }

    private Topic existingTopic(String topic, String call) {
        Objects.requireNonNull(topic, "topic");
        Topic target = topics.get(topic);
        if (target == null) {
            throw SeekChecks.unknownTopic(call, topic);
        }
        return target;
    }

    private ConsumerGroup groupFor(Topic target, String group) {
        Objects.requireNonNull(group, "group");
        ConsumerGroup consumers = target.existingGroup(group);
        if (consumers == null) {
            consumers = target.addGroup(group, groups.size());
            groups.add(consumers);
        }
        return consumers;
    }

    @Override
    public List<Message> messages(String topic) {
        oneThread.enter("messages");
        try {
            Topic target = topics.get(topic);
            return target == null ? List.of() : target.messages();
        } finally {
            oneThread.exit();
        }
    }

    /**
     * @return the names of the broker's topics, in the order they came to exist (created, or first published
     *     or subscribed to); the queue world's exchanges and queues are not topics
     */
    public List<String> topics() {
        oneThread.enter("topics");
        try {
            return List.copyOf(topics.keySet());
        } finally {
            oneThread.exit();
        }
    }

    @Override
    public List<Message> deadLetters(String topic, String group) {
        List<Message> messages = new ArrayList<>();
        for (DeadLetter letter : deadLetterDetails(topic, group)) {
            messages.add(letter.message());
        }
        return messages;
    }

    /**
     * @param topic the topic
     * @param group the consumer group
     * @return the dead letters with the last failure of each, in the order they were dead-lettered
     */
    public List<DeadLetter> deadLetterDetails(String topic, String group) {
        oneThread.enter("deadLetters");
        try {
            Topic target = topics.get(topic);
            ConsumerGroup consumers = target == null ? null : target.existingGroup(group);
            return consumers == null ? List.of() : List.copyOf(consumers.deadLetters);
        } finally {
            oneThread.exit();
        }
    }

    /**
     * Delivers until nothing is ready at the current instant, choosing among ready deliveries with the seeded
     * chooser. Retries and delays that fall due later wait for {@code clock().advance(...)}.
     *
     * @throws IllegalStateException when the run does not settle within the step bound (the message ends
     *     with the last trace entries), or when called from a handler
     */
    @Override
    public void runUntilIdle() {
        oneThread.enter("runUntilIdle");
        try {
            for (int i = 0; i < expiring.size(); i++) {
                expiring.get(i).expire(clock.instant(), dropped);
            }
            loop.runUntilIdle();
        } finally {
            oneThread.exit();
        }
    }

    /**
     * On the fake, runs to idle at once (there are no threads to wait for, so the timeout is not used), then
     * checks that nothing waits: a retry or delay due later on the virtual clock, or a group without
     * instances, makes it fail, because waiting in real time would never release them.
     *
     * @param timeout ignored by the fake; a real-broker implementation waits that long
     * @throws org.opentest4j.AssertionFailedError listing every delivery that still waits, and why
     */
    @Override
    public void awaitIdle(Duration timeout) {
        runUntilIdle();
        String waiting = PendingReport.render(groups, queues.steps, clock);
        if (!waiting.isEmpty()) {
            throw new org.opentest4j.AssertionFailedError(waiting);
        }
    }

    /**
     * The liveness check: settles the world the way a running system would, and fails when it never does.
     * Delivers what is ready, then moves the virtual clock to the next timer (a retry back-off, a delay, the
     * application's own timers) and delivers again, as long as deliveries wait on the clock, for at most
     * {@code within} of virtual time. Returns when nothing waits; timers that no delivery waits for are left
     * for the test to fire.
     *
     * <pre>{@code
     * broker.publish("payments", "o-1", new PaymentRequested("o-1", 100));
     * broker.settle(Duration.ofMinutes(10));   // fails if the charger retries for ever
     * }</pre>
     *
     * @param within the most virtual time to move the clock by, zero or more
     * @throws NotSettledException when deliveries still wait after {@code within} (its message lists them and
     *     the cycle the trace ends with, e.g. a retry loop), when deliveries keep causing deliveries at one
     *     instant (the step bound), or when a group stalls: records that wait for an instance of a group that has
     *     none, queue messages no consumer takes because their windows are full of deliveries never settled
     * @throws IllegalArgumentException when {@code within} is negative
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL)
    public void settle(Duration within) {
        Objects.requireNonNull(within, "within");
        if (within.isNegative()) {
            throw new IllegalArgumentException("settle(within): expected a duration of zero or more, was " + within);
        }
        Instant from = clock.instant();
        Instant until;
        try {
            until = from.plus(within);
        } catch (ArithmeticException | java.time.DateTimeException tooFar) {
            until = Instant.MAX;
        }
        while (true) {
            runUntilIdle();
            List<String> waiting = PendingReport.waiting(groups, queues.steps);
            if (waiting.isEmpty()) {
                List<String> stalled = PendingReport.stalled(groups, queues.steps);
                if (!stalled.isEmpty()) {
                    throw RunawayMessage.stalled(stalled, clock, trace());
                }
                return;
            }
            Optional<Instant> next = clock.nextTimer();
            if (next.isEmpty() || next.get().isAfter(until)) {
                throw RunawayMessage.horizon(within, from, waiting, clock, trace());
            }
            clock.advanceTo(next.get());
        }
    }

    /** @return the virtual clock this broker delivers on */
    public VirtualClock clock() {
        return clock;
    }

    /**
     * A coverage assertion, as Antithesis has them: notes whether {@code condition} holds here, in this run. An
     * explorer fails the exploration when a name passed here was never true in any schedule (the condition the
     * test was written to exercise never came about), and counts each name's schedules in its result. Call it
     * from handler code or the scenario; outside an exploration it only notes.
     *
     * <pre>{@code
     * broker.subscribe("payments", "billing", m -> {
     *     broker.sometimes("a payment before its order", !orders.contains(m.key()));
     *     ...
     * });
     * }</pre>
     *
     * @param name what the condition means, as the exploration reports it
     * @param condition whether it holds now
     */
    public void sometimes(String name, boolean condition) {
        Objects.requireNonNull(name, "name");
        synchronized (sometimes) {
            sometimes.merge(name, condition, Boolean::logicalOr);
        }
    }

    /**
     * A coverage assertion: this point of the code was reached in this run. Declare the names an exploration
     * must reach with {@code Explorer.reachable(...)}: a point never reached is never called.
     *
     * @param name the point, as the exploration reports it
     */
    public void reachable(String name) {
        sometimes(name, true);
    }

    /**
     * @return every name given to {@link #sometimes(String, boolean)} or {@link #reachable(String)} in this run,
     *     in the order first seen, with whether it held at least once
     */
    public Map<String, Boolean> coverageAssertions() {
        synchronized (sometimes) {
            if (sometimes.isEmpty()) {
                return Map.of();
            }
            return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sometimes));
        }
    }

    /** @return everything the broker did so far, as a value */
    public Trace trace() {
        oneThread.enter("trace");
        try {
            return trace.snapshot();
        } finally {
            oneThread.exit();
        }
    }

    /** @return the seed every choice and message id derives from */
    public long seed() {
        return seed;
    }

    /** @return the faults this broker injects */
    public Faults faults() {
        return faults;
    }

    /**
     * @param topic the topic
     * @return its partition count, or 0 when the topic does not exist
     */
    public int partitions(String topic) {
        Topic target = topics.get(topic);
        return target == null ? 0 : target.partitions();
    }

    private Topic topic(String name) {
        Objects.requireNonNull(name, "topic");
        Topic last = lastTopic;
        if (last != null && last.name == name) {
            return last; // the same constant as the last publish: skip hashing the name
        }
        Topic existing = topics.get(name);
        if (existing == null) {
            existing = new Topic(name, TopicOptions.partitions(1));
            topics.put(name, existing);
        }
        lastTopic = existing;
        return existing;
    }

    // ---- QueueBroker: exchanges and queues as RabbitMQ has them (QueueWorld, QueueSteps) ----

    @Override
    public void declareExchange(String name, ExchangeType type) {
        queues.declareExchange(name, type);
    }

    @Override
    public void declareQueue(String name, QueueOptions options) {
        queues.declareQueue(name, options);
    }

    @Override
    public void deleteQueue(String name) {
        queues.deleteQueue(name);
    }

    @Override
    public void bind(String queue, String exchange, String routingKey) {
        queues.bind(queue, exchange, routingKey, Map.of());
    }

    @Override
    public void bind(String queue, String exchange, String routingKey, Map<String, String> arguments) {
        queues.bind(queue, exchange, routingKey, arguments);
    }

    @Override
    public Message send(String exchange, String routingKey, Object event) {
        return queues.send(exchange, routingKey, event, SendOptions.defaults());
    }

    @Override
    public Message send(String exchange, String routingKey, Object event, Map<String, String> headers) {
        return queues.send(exchange, routingKey, event, SendOptions.defaults().headers(headers));
    }

    /**
     * {@inheritDoc}
     *
     * @throws RuntimeException whatever the {@link EventValidator} throws; nothing is sent then
     */
    @Override
    public Message send(String exchange, String routingKey, Object event, SendOptions options) {
        return queues.send(exchange, routingKey, event, options);
    }

    @Override
    public Subscription consume(String queue, MessageHandler handler) {
        return queues.consume(queue, ConsumeOptions.defaults(), handler);
    }

    @Override
    public Subscription consume(String queue, ConsumeOptions options, MessageHandler handler) {
        return queues.consume(queue, options, handler);
    }

    @Override
    public @Nullable Message get(String queue) {
        return queues.get(queue);
    }

    @Override
    public int messageCount(String queue) {
        return queues.messageCount(queue);
    }

    @Override
    public List<Message> returned() {
        return queues.returned();
    }

    @Override
    public String toString() {
        return "FakeBroker[seed=" + seed + ", " + faults + ", topics=" + topics.keySet() + ", at "
                + Trace.format(clock.instant()) + "]";
    }
}
