package dev.eventtestkit.aggregate;

import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.event.EventValidator;
import dev.eventtestkit.report.EventFormat;
import dev.eventtestkit.report.IgnoredFields;
import dev.eventtestkit.time.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

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
public final class AggregateFixture<C, E, S> {

    private static final Function<Object, List<Deadline<Object>>> NO_DEADLINES = event -> List.of();

    private final Decider<C, E, S> decider;
    private final EventCodec codec;
    private final IgnoredFields ignored;
    private final @Nullable EventValidator validator;
    private final Function<? super E, ? extends List<? extends Deadline<? extends C>>> deadlines;
    private final VirtualClock clock;
    private final EventFormat format;

    private AggregateFixture(
            Decider<C, E, S> decider,
            EventCodec codec,
            IgnoredFields ignored,
            @Nullable EventValidator validator,
            Function<? super E, ? extends List<? extends Deadline<? extends C>>> deadlines,
            VirtualClock clock) {
        this.decider = decider;
        this.codec = codec;
        this.ignored = ignored;
        this.validator = validator;
        this.deadlines = deadlines;
        this.clock = clock;
        this.format = EventFormat.of(codec, ignored);
    }

    /**
     * A fixture for an aggregate in functional style.
     *
     * @param decider the aggregate
     * @return a fixture with the Jackson codec, no ignored fields, no validator, no deadlines, a fresh clock
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <C, E, S> AggregateFixture<C, E, S> forDecider(Decider<C, E, S> decider) {
        Objects.requireNonNull(decider, "decider");
        return new AggregateFixture<>(
                decider, EventCodec.jackson(), IgnoredFields.none(), null, (Function) NO_DEADLINES,
                VirtualClock.create());
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
        return forDecider(new ObjectAggregate<>(factory, apply, handle));
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
        return new Scenario<>(this, List.copyOf(events));
    }

    /** @return a scenario that starts from the initial state */
    public Scenario<C, E, S> givenNothing() {
        return new Scenario<>(this, List.of());
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
        return new AggregateSession<>(ScenarioRun.start(this, List.copyOf(given)));
    }

    /**
     * @param codec the codec that renders events in failure messages and compares them by field
     * @return a copy using it
     */
    public AggregateFixture<C, E, S> withCodec(EventCodec codec) {
        return new AggregateFixture<>(
                decider, Objects.requireNonNull(codec, "codec"), ignored, validator, deadlines, clock);
    }

    /**
     * Leaves fields out of event comparisons, such as generated ids and timestamps. Failure messages show
     * them as {@code (ignored)}. Naming an interface ignores the field on every event implementing it.
     *
     * @param eventType the event class (or a supertype)
     * @param fields JSON property names, at least one
     * @return a copy that also ignores these fields
     */
    public AggregateFixture<C, E, S> ignoringFields(Class<?> eventType, String... fields) {
        return new AggregateFixture<>(
                decider, codec, ignored.with(eventType, fields), validator, deadlines, clock);
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
     * @return a copy validating against them; replaces any earlier validator
     */
    public AggregateFixture<C, E, S> withContracts(EventContracts contracts) {
        return withValidator(contracts.validator());
    }

    /**
     * Passes every given and every produced event through a validator, e.g. a contract check. What it
     * throws propagates unchanged out of {@code when}/{@code whenTimePasses}; it is not a rejection.
     *
     * @param validator the check; replaces any earlier one
     * @return a copy using it
     */
    public AggregateFixture<C, E, S> withValidator(EventValidator validator) {
        return new AggregateFixture<>(
                decider, codec, ignored, Objects.requireNonNull(validator, "validator"), deadlines, clock);
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
        return new AggregateFixture<>(
                decider, codec, ignored, validator, Objects.requireNonNull(deadlines, "deadlines"), clock);
    }

    /**
     * @param clock the clock scenarios run on, for instance one the aggregate also reads
     * @return a copy using it
     */
    public AggregateFixture<C, E, S> withClock(VirtualClock clock) {
        return new AggregateFixture<>(
                decider, codec, ignored, validator, deadlines, Objects.requireNonNull(clock, "clock"));
    }

    /** @return the virtual clock scenarios run on; deadlines are timers on it */
    public VirtualClock clock() {
        return clock;
    }

    Decider<C, E, S> decider() {
        return decider;
    }

    EventFormat format() {
        return format;
    }

    EventCodec codec() {
        return codec;
    }

    @Nullable EventValidator validator() {
        return validator;
    }

    List<? extends Deadline<? extends C>> deadlinesAfter(E event) {
        List<? extends Deadline<? extends C>> scheduled = deadlines.apply(event);
        if (scheduled == null) {
            throw new IllegalStateException(
                    "the deadline function returned null after " + format.render(event) + ": return an empty list");
        }
        return scheduled;
    }
}
