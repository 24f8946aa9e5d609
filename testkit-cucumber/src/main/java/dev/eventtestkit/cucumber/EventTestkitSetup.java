package dev.eventtestkit.cucumber;

import dev.eventtestkit.aggregate.AggregateFixture;
import dev.eventtestkit.aggregate.Decider;
import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.broker.ConsumeOptions;
import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.MessageHandler;
import dev.eventtestkit.broker.QueueBroker;
import dev.eventtestkit.broker.RetryPolicy;
import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.time.VirtualClock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * What one scenario's steps know: the event classes by type name, the aggregates and their commands, the
 * consumers, topics and retry policy of the broker. An {@link EventTestkitConfiguration} fills it in.
 *
 * <pre>{@code
 * setup.events(OrderPlaced.class, OrderShipped.class);          // or setup.eventsIn("com.acme.shop.events")
 * setup.aggregate("order", Order.DECIDER).commands(PlaceOrder.class, ShipOrder.class);
 * setup.consumer("payments", "billing", new Billing(setup.broker())::on);
 * }</pre>
 *
 * <p>Event types are named as the codec describes them ({@code @EventType}, else the simple class name);
 * commands by their simple class name. Every registration is checked when the scenario starts: a type name
 * used twice, or an aggregate registered twice, fails it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class EventTestkitSetup {

    private final Supplier<FakeBroker> broker;
    private final Supplier<VirtualClock> clock;
    private final Set<Class<?>> events = new LinkedHashSet<>();
    private final Map<String, Aggregate> aggregates = new LinkedHashMap<>();
    private final List<Consumer> consumers = new ArrayList<>();
    private final List<QueueConsumer> queueConsumers = new ArrayList<>();
    private final Map<String, Integer> topics = new LinkedHashMap<>();
    private EventCodec codec = EventCodec.jackson();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();

    EventTestkitSetup(Supplier<FakeBroker> broker, Supplier<VirtualClock> clock) {
        this.broker = broker;
        this.clock = clock;
    }

    /**
     * @param types event classes, each named by {@code @EventType} or its simple name
     * @return this setup
     */
    public EventTestkitSetup events(Class<?>... types) {
        for (Class<?> type : types) {
            events.add(Objects.requireNonNull(type, "type"));
        }
        return this;
    }

    /**
     * Registers every class annotated with {@code @EventType} in a package and its subpackages, nested
     * classes included (e.g. the records of a sealed event interface).
     *
     * @param packageName e.g. {@code com.acme.shop.events}
     * @return this setup
     * @throws IllegalArgumentException when the package holds no such class on the classpath
     */
    public EventTestkitSetup eventsIn(String packageName) {
        events.addAll(PackageScanner.eventTypes(packageName, Thread.currentThread().getContextClassLoader()));
        return this;
    }

    /**
     * Registers an aggregate in functional style.
     *
     * @param name the word scenarios use, e.g. {@code order} in {@code Given the order "o-1" has these events:}
     * @param decider the aggregate
     * @return the registration, to add the aggregate's commands to
     */
    public <C, E, S> Aggregate aggregate(String name, Decider<C, E, S> decider) {
        return aggregate(name, AggregateFixture.forDecider(decider));
    }

    /**
     * Registers an aggregate in object style: a class that applies events to itself and handles commands.
     *
     * @param name the word scenarios use
     * @param factory makes a fresh aggregate
     * @param apply applies one event
     * @param handle decides a command, returning the events or throwing to reject it
     * @return the registration, to add the aggregate's commands to
     */
    public <C, E, A> Aggregate aggregate(
            String name, Supplier<A> factory, BiConsumer<A, E> apply, BiFunction<A, C, List<E>> handle) {
        return aggregate(name, AggregateFixture.forAggregate(factory, apply, handle));
    }

    /**
     * Registers an aggregate through a configured fixture, for deadlines, ignored fields or a validator. The
     * steps run it on the scenario's clock.
     *
     * @param name the word scenarios use
     * @param fixture the fixture
     * @return the registration, to add the aggregate's commands to
     */
    public Aggregate aggregate(String name, AggregateFixture<?, ?, ?> fixture) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fixture, "fixture");
        if (!name.matches("\\S+")) {
            throw new IllegalArgumentException("an aggregate name is one word, was \"" + name + "\"");
        }
        if (aggregates.containsKey(name)) {
            throw new IllegalArgumentException("the aggregate \"" + name + "\" is registered twice");
        }
        Aggregate aggregate = new Aggregate(name, fixture);
        aggregates.put(name, aggregate);
        return aggregate;
    }

    /**
     * Subscribes a consumer to the scenario's broker when it starts (at the first publish or broker step).
     *
     * @param topic the topic
     * @param group the consumer group
     * @param handler the consumer; to publish, it uses {@link #broker()}
     * @return this setup
     */
    public EventTestkitSetup consumer(String topic, String group, MessageHandler handler) {
        consumers.add(new Consumer(
                Objects.requireNonNull(topic, "topic"), Objects.requireNonNull(group, "group"),
                Objects.requireNonNull(handler, "handler")));
        return this;
    }

    /**
     * Adds a consumer to a queue when a step declares that queue ({@code Given the queue "billing"}).
     *
     * @param queue the queue
     * @param handler the consumer; acked when it returns, retried when it throws
     * @return this setup
     */
    public EventTestkitSetup queueConsumer(String queue, MessageHandler handler) {
        return queueConsumer(queue, ConsumeOptions.defaults(), handler);
    }

    /**
     * Adds a consumer with a prefetch or manual acks to a queue when a step declares that queue.
     *
     * @param queue the queue
     * @param options prefetch and ack mode
     * @param handler the consumer; to send, it uses {@link #queues()}
     * @return this setup
     */
    public EventTestkitSetup queueConsumer(String queue, ConsumeOptions options, MessageHandler handler) {
        queueConsumers.add(new QueueConsumer(Objects.requireNonNull(queue, "queue"),
                Objects.requireNonNull(options, "options"), Objects.requireNonNull(handler, "handler")));
        return this;
    }

    /**
     * @param name a topic to create with more than one partition (others are created with one)
     * @param partitions its partition count
     * @return this setup
     */
    public EventTestkitSetup topic(String name, int partitions) {
        topics.put(Objects.requireNonNull(name, "name"), partitions);
        return this;
    }

    /**
     * @param codec how events and commands turn into JSON and back; default {@link EventCodec#jackson()}
     * @return this setup
     */
    public EventTestkitSetup codec(EventCodec codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
        return this;
    }

    /**
     * @param retryPolicy how the broker retries failing deliveries; default {@link RetryPolicy#defaults()}
     * @return this setup
     */
    public EventTestkitSetup retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        return this;
    }

    /**
     * The scenario's broker, for consumers that publish. It starts at its first use, with the faults and
     * seed the scenario gave by then, so call its methods from handlers, not from {@code configure}.
     *
     * @return a view of the scenario's {@code FakeBroker}
     */
    public Broker broker() {
        return new ScenarioBroker(broker);
    }

    /**
     * The scenario's broker as a {@link QueueBroker}, for queue consumers that send; it starts as
     * {@link #broker()} does.
     *
     * @return a view of the scenario's {@code FakeBroker}
     */
    public QueueBroker queues() {
        return new ScenarioBroker(broker);
    }

    /**
     * The scenario's clock, for code under test that reads time or schedules. Calling it starts the clock
     * (at 2026-01-01T00:00:00Z), so a later {@code Given the clock is ...} can only move it forward.
     *
     * @return the scenario's virtual clock
     */
    public VirtualClock clock() {
        return clock.get();
    }

    Set<Class<?>> events() {
        return events;
    }

    Map<String, Aggregate> aggregates() {
        return aggregates;
    }

    List<Consumer> consumers() {
        return consumers;
    }

    Map<String, Integer> topics() {
        return topics;
    }

    EventCodec codec() {
        return codec;
    }

    RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** One consumer group's handler on a topic. */
    record Consumer(String topic, String group, MessageHandler handler) {}

    List<QueueConsumer> queueConsumers() {
        return queueConsumers;
    }

    record QueueConsumer(String queue, ConsumeOptions options, MessageHandler handler) {}

    /** A registered aggregate, to which its commands are added. */
    public static final class Aggregate {

        private final String name;
        private final AggregateFixture<?, ?, ?> fixture;
        private final Set<Class<?>> commands = new LinkedHashSet<>();

        Aggregate(String name, AggregateFixture<?, ?, ?> fixture) {
            this.name = name;
            this.fixture = fixture;
        }

        /**
         * @param types command classes, named by their simple name in {@code When the command "..." is sent:}
         * @return this registration
         */
        public Aggregate commands(Class<?>... types) {
            for (Class<?> type : types) {
                commands.add(Objects.requireNonNull(type, "type"));
            }
            return this;
        }

        /** @return the word scenarios use for this aggregate */
        public String name() {
            return name;
        }

        AggregateFixture<?, ?, ?> fixture() {
            return fixture;
        }

        Set<Class<?>> commandTypes() {
            return commands;
        }
    }
}
