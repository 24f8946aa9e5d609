package dev.eventtestkit.aggregate;

import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.event.EventValidator;
import dev.eventtestkit.event.EventWithMetadata;
import dev.eventtestkit.report.EventFormat;
import dev.eventtestkit.report.IgnoredFields;
import dev.eventtestkit.store.EventStore;
import dev.eventtestkit.time.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * Tests an aggregate: given past events, when a command (or time passes), then the events it produced.
 *
 * <pre>{@code
 * AggregateFixture<OrderCommand, OrderEvent, OrderState> orders = AggregateFixture.forDecider(Order.DECIDER);
 *
 * orders.given(new OrderCreated("o-1", 100), new PaymentProcessed("o-1", "p-1"))
 *       .when(new ShipOrder("o-1"))
 *       .thenEvents(new OrderShipped("o-1"))
 *       .thenState(state -> assertThat(state.status()).isEqualTo(Status.SHIPPED));
 * }</pre>
 *
 * <p>A fixture is an immutable configuration: every {@code with...} and {@code ignoringFields} returns a new
 * one, and one fixture runs any number of scenarios, each from the initial state. Creating one costs
 * microseconds (nothing is scanned or built per fixture), so one per test is fine. Scenarios run on the
 * fixture's {@link #clock()}, which only moves forward; each scenario's pending deadlines are cancelled when
 * it ends, so scenarios never see each other's timers.
 *
 * @param <C> the command type
 * @param <E> the event type
 * @param <S> the state type (the aggregate itself in object style)
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class AggregateFixture<C, E, S> {

    private static final Function<Object, List<Deadline<Object>>> NO_DEADLINES = event -> List.of();

    private final FixtureSettings<C, E, S> settings;
    private final EventFormat format;

    private AggregateFixture(FixtureSettings<C, E, S> settings) {
        this.settings = settings;
        this.format = EventFormat.of(settings.codec, settings.ignored);
    }

    private AggregateFixture<C, E, S> with(Consumer<FixtureSettings.Builder<C, E, S>> change) {
        return new AggregateFixture<>(settings.with(change));
    }

    /**
     * A fixture for an aggregate in functional style.
     *
     * @param decider the aggregate
     * @return a fixture with the Jackson codec, no ignored fields, no validator, no deadlines, a fresh clock,
     *     the state-change and serialization checks on
     */
    public static <C, E, S> AggregateFixture<C, E, S> forDecider(Decider<C, E, S> decider) {
        Objects.requireNonNull(decider, "decider");
        return forModel(new PlainDecider<>(decider));
    }

    /**
     * A fixture for an aggregate in functional style that reads metadata and returns results
     * ({@link Decision}s), for {@link Outcome#thenResult} and {@link Outcome#thenMetadata}.
     *
     * @param decider the aggregate
     * @return a fixture with the Jackson codec, no ignored fields, no validator, no deadlines, a fresh clock,
     *     the state-change and serialization checks on
     */
    public static <C, E, S> AggregateFixture<C, E, S> forDecider(MessageDecider<C, E, S> decider) {
        return forModel(Objects.requireNonNull(decider, "decider"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <C, E, S> AggregateFixture<C, E, S> forModel(MessageDecider<C, E, S> model) {
        return new AggregateFixture<>(FixtureSettings.defaults(model, (Function) NO_DEADLINES));
    }

    /**
     * A fixture for an aggregate in object style: a class that applies events to itself and handles
     * commands by returning events. The fixture applies the returned events itself, through {@code apply}.
     *
     * <pre>{@code
     * AggregateFixture<StockCommand, StockEvent, ProductStock> stock =
     *         AggregateFixture.forAggregate(ProductStock::new, ProductStock::apply, ProductStock::handle);
     * }</pre>
     *
     * @param factory makes a fresh aggregate for each scenario; never returns null
     * @param apply mutates the aggregate with one event
     * @param handle decides a command: returns the events, or throws to reject it
     * @return a fixture whose state is the aggregate
     */
    public static <C, E, A> AggregateFixture<C, E, A> forAggregate(
            Supplier<A> factory, BiConsumer<A, E> apply, BiFunction<A, C, List<E>> handle) {
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(apply, "apply");
        Objects.requireNonNull(handle, "handle");
        return forModel(new ObjectAggregate<>(factory, apply, (aggregate, command) -> {
            List<E> events = handle.apply(aggregate, command);
            return events == null ? null : Decision.plain(events);
        }, true));
    }

    /**
     * A fixture for an object-style aggregate whose command handler returns a result besides its events,
     * such as the id it generated: {@code handle} returns a {@link Decision}.
     *
     * <pre>{@code
     * AggregateFixture<OrderCommand, OrderEvent, OrderBook> books =
     *         AggregateFixture.forAggregateWithResult(OrderBook::new, OrderBook::apply, OrderBook::handle);
     * books.givenNothing().when(new OpenOrder(100)).thenResult("o-1");
     * }</pre>
     *
     * @param factory makes a fresh aggregate for each scenario; never returns null
     * @param apply mutates the aggregate with one event
     * @param handle decides a command: returns the events and the result, or throws to reject it
     * @return a fixture whose state is the aggregate
     */
    public static <C, E, A> AggregateFixture<C, E, A> forAggregateWithResult(
            Supplier<A> factory, BiConsumer<A, E> apply, BiFunction<A, C, Decision<E>> handle) {
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(apply, "apply");
        Objects.requireNonNull(handle, "handle");
        return forModel(new ObjectAggregate<>(factory, apply, handle::apply, false));
    }

    /**
     * Starts a scenario from past events.
     *
     * @param events what happened before, applied in order
     * @return the scenario, ready for {@code when}
     */
    @SafeVarargs
    public final Scenario<C, E, S> given(E... events) {
        List<E> list = new ArrayList<>(events.length);
        for (E event : events) {
            list.add(event);
        }
        return given(list);
    }

    /**
     * @param events what happened before, applied in order; no null element
     * @return the scenario, ready for {@code when}
     */
    public Scenario<C, E, S> given(List<? extends E> events) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) == null) {
                throw new NullPointerException("given event " + (i + 1) + " is null");
            }
        }
        return new Scenario<>(this, List.copyOf(events), null);
    }

    /**
     * Starts a scenario from past events with their metadata, which a {@link MessageDecider}'s
     * {@code evolve} reads.
     *
     * <pre>{@code
     * orders.given(EventWithMetadata.of(new OrderCreated("o-1", 100), Map.of("tenant", "t-1")))
     *       .when(new ShipOrder("o-1"));
     * }</pre>
     *
     * @param events what happened before, applied in order
     * @return the scenario, ready for {@code when}
     */
    @SafeVarargs
    public final Scenario<C, E, S> given(EventWithMetadata<? extends E>... events) {
        List<E> plain = new ArrayList<>(events.length);
        List<Map<String, String>> metadata = new ArrayList<>(events.length);
        for (int i = 0; i < events.length; i++) {
            if (events[i] == null) {
                throw new NullPointerException("given event " + (i + 1) + " is null");
            }
            plain.add(events[i].event());
            metadata.add(events[i].metadata());
        }
        return new Scenario<>(this, List.copyOf(plain), List.copyOf(metadata));
    }

    /** @return a scenario that starts from the initial state */
    public Scenario<C, E, S> givenNothing() {
        return new Scenario<>(this, List.of(), null);
    }

    /**
     * Starts an aggregate that keeps running over several steps, its deadlines pending between them.
     *
     * @param given what happened before, applied now (their deadlines scheduled from the clock's instant)
     * @return the session; close it to cancel its pending deadlines
     * @throws RuntimeException what the validator throws, or an {@link IllegalStateException} when an event
     *     cannot be applied
     */
    public AggregateSession<C, E, S> session(List<? extends E> given) {
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                throw new NullPointerException("given event " + (i + 1) + " is null");
            }
        }
        return new AggregateSession<>(ScenarioRun.start(this, List.copyOf(given), null));
    }

    /**
     * Runs this fixture's scenarios on a stream of an event store: {@code given} appends to the stream,
     * {@code when} loads it, decides, and appends expecting the version it read; {@code whenConcurrently}
     * races two commands on it (see docs/aggregates.md, "On an event store").
     *
     * <pre>{@code
     * StreamFixture<OrderCommand, OrderEvent, OrderState> order1 =
     *         orders.onStream(FakeEventStore::create, "order-1", OrderEvent.class);
     * }</pre>
     *
     * @param stores gives a fresh store to each scenario and to each path of {@code whenConcurrently}, e.g.
     *     {@code FakeEventStore::create}
     * @param stream the aggregate's stream, e.g. {@code order-1}
     * @param eventTypes the classes the stream's events are read back as: a sealed event type stands for
     *     every class it permits
     * @return the fixture on the stream
     * @throws IllegalArgumentException when the stream name is blank or starts with {@code $}, when no class
     *     is given, a class given is an interface or abstract without being sealed, or two classes share a type
     *     name
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL)
    public StreamFixture<C, E, S> onStream(Supplier<? extends EventStore> stores, String stream,
            Class<?>... eventTypes) {
        return StreamFixture.of(this, stores, stream, eventTypes);
    }

    /**
     * @param codec the codec that renders events in failure messages and compares them by field
     * @return a copy using it
     */
    public AggregateFixture<C, E, S> withCodec(EventCodec codec) {
        Objects.requireNonNull(codec, "codec");
        return with(copy -> copy.codec = codec);
    }

    /**
     * Leaves fields out of event comparisons, such as generated ids and timestamps. Failure messages show
     * them as {@code (ignored)}. Naming an interface ignores the field on every event implementing it.
     *
     * @param eventType the event class (or a supertype)
     * @param fields JSON property names or dotted paths to nested fields, at least one
     * @return a copy that also ignores these fields
     */
    public AggregateFixture<C, E, S> ignoringFields(Class<?> eventType, String... fields) {
        IgnoredFields more = settings.ignored.with(eventType, fields);
        return with(copy -> copy.ignored = more);
    }

    /**
     * Leaves fields out of the comparisons of every event type, nested ones named by dotted paths: a path
     * through an array applies to each element.
     *
     * <pre>{@code
     * users.ignoringFields("at", "address.geo.lat");
     * }</pre>
     *
     * @param paths JSON property names or dotted paths, at least one
     * @return a copy that also ignores these fields, on every event
     */
    public AggregateFixture<C, E, S> ignoringFields(String... paths) {
        return ignoringFields(Object.class, paths);
    }

    /**
     * Leaves out of comparisons every field, at any depth of any event, declared with one of these types (or a
     * subtype): timestamps, generated ids. Failure messages show them as {@code (ignored)}.
     *
     * <pre>{@code
     * users.ignoringFieldsOfType(Instant.class, UUID.class);
     * }</pre>
     *
     * @param types Java types, at least one
     * @return a copy that also ignores the fields of these types
     */
    public AggregateFixture<C, E, S> ignoringFieldsOfType(Class<?>... types) {
        IgnoredFields more = settings.ignored.withFieldsOfType(types);
        return with(copy -> copy.ignored = more);
    }

    /**
     * Validates every given and every produced event against its JSON Schema contract: the event is
     * serialized with the fixture's codec, mapped to subject and version by its {@code @EventType}, and a
     * violation fails the test naming subject, version, JSON pointer and schema file.
     *
     * <pre>{@code
     * AggregateFixture<OrderCommand, OrderEvent, OrderState> orders =
     *         AggregateFixture.forDecider(Order.DECIDER).withContracts(EventContracts.load(Path.of("schemas")));
     * }</pre>
     *
     * @param contracts the loaded contracts
     * @return a copy validating against them too, after any earlier validator
     */
    public AggregateFixture<C, E, S> withContracts(EventContracts contracts) {
        return withValidator(contracts.validator());
    }

    /**
     * Passes every given and every produced event through a validator too, e.g. a check of your own beside
     * the contracts: validators add up and run in the order they were added. What one
     * throws propagates unchanged out of {@code when}/{@code whenTimePasses}; it is not a rejection.
     *
     * @param validator the check, added after any earlier one (contracts included)
     * @return a copy using it too
     */
    public AggregateFixture<C, E, S> withValidator(EventValidator validator) {
        Objects.requireNonNull(validator, "validator");
        List<EventValidator> more = new ArrayList<>(settings.validators);
        more.add(validator);
        List<EventValidator> all = List.copyOf(more);
        return with(copy -> copy.validators = all);
    }

    /**
     * Turns off the serialization check, which is on by default: every given and produced event, and every
     * command, is written to JSON by the fixture's codec and read back, and must come back equal (by
     * {@code equals} where its class defines it, else field by field), as it must when it crosses a broker, an
     * event store or a scheduler. A difference fails naming the class and each field lost or changed.
     *
     * @return a copy without the check
     */
    public AggregateFixture<C, E, S> withoutSerializationCheck() {
        return with(copy -> copy.serializationCheck = false);
    }

    /**
     * Schedules commands on the virtual clock after events: after each given or produced event the function
     * may return deadlines, each due its delay after the instant the event was applied. When time passes
     * ({@link Scenario#whenTimePasses}), each due deadline's command is decided against the state of that
     * moment and its events are recorded (and may schedule deadlines of their own).
     *
     * @param deadlines from an event to the deadlines it starts; an empty list for none
     * @return a copy using it, replacing any earlier function
     */
    public AggregateFixture<C, E, S> withDeadlines(
            Function<? super E, ? extends List<? extends Deadline<? extends C>>> deadlines) {
        Objects.requireNonNull(deadlines, "deadlines");
        return with(copy -> copy.deadlines = deadlines);
    }

    /**
     * @param clock the clock scenarios run on, for instance one the aggregate also reads
     * @return a copy using it
     */
    public AggregateFixture<C, E, S> withClock(VirtualClock clock) {
        Objects.requireNonNull(clock, "clock");
        return with(copy -> copy.clock = clock);
    }

    /**
     * Turns off the state-change check, which is on by default: after each command (and each deadline
     * command) the fixture compares the state the handler path reached with the state sourced from scratch
     * from all given and produced events, and checks that deciding left the state it was given as it found
     * it. Turn it off only for an aggregate whose state cannot be compared (see docs/aggregates.md).
     *
     * @return a copy without the check
     */
    public AggregateFixture<C, E, S> withoutStateChangeCheck() {
        return with(copy -> copy.stateChangeCheck = false);
    }

    /**
     * Turns off metadata propagation, which is on by default: each event a command produces carries the
     * command's {@code correlationId} (or, when it has none, its {@code messageId}) as {@code correlationId},
     * and its {@code messageId} as {@code causationId}; a deadline command carries the {@code correlationId}
     * of the event that scheduled it.
     *
     * @return a copy that propagates nothing: events carry only the metadata their decision gives them
     */
    public AggregateFixture<C, E, S> withoutMetadataPropagation() {
        return with(copy -> copy.metadataPropagation = false);
    }

    /** @return the virtual clock scenarios run on; deadlines are timers on it */
    public VirtualClock clock() {
        return settings.clock;
    }

    FixtureSettings<C, E, S> settings() {
        return settings;
    }

    MessageDecider<C, E, S> decider() {
        return settings.decider;
    }

    EventFormat format() {
        return format;
    }

    EventCodec codec() {
        return settings.codec;
    }

    List<EventValidator> validators() {
        return settings.validators;
    }

    List<? extends Deadline<? extends C>> deadlinesAfter(E event) {
        List<? extends Deadline<? extends C>> scheduled;
        try {
            scheduled = settings.deadlines.apply(event);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "the deadline function failed after " + format.render(event) + ": " + e.getMessage(), e);
        }
        if (scheduled == null) {
            throw new IllegalStateException(
                    "the deadline function returned null after " + format.render(event) + ": return an empty list");
        }
        return scheduled;
    }
}
