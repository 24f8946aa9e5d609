package dev.eventtestkit.aggregate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.eventtestkit.event.EventWithMetadata;
import dev.eventtestkit.store.EventStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An {@link AggregateFixture} on a stream of an {@link EventStore}: {@code given} appends to the stream,
 * {@code when} loads it, decides, and appends expecting the version it read, and
 * {@link StreamScenario#whenConcurrently} races two commands on it. Made by {@link AggregateFixture#onStream}.
 *
 * <pre>{@code
 * StreamFixture<OrderCommand, OrderEvent, OrderState> order1 =
 *         AggregateFixture.forDecider(Order.DECIDER).onStream(FakeEventStore::create, "order-1", OrderEvent.class);
 * order1.given(new OrderCreated("o-1", 100))
 *       .when(new RecordPayment("o-1", "p-1"))
 *       .thenEvents(new PaymentProcessed("o-1", "p-1"));
 * }</pre>
 *
 * <p>Immutable, like the fixture: every scenario (and every path of {@code whenConcurrently}) takes a fresh
 * store from the supplier, so scenarios never see each other's events.
 *
 * @param <C> the command type
 * @param <E> the event type
 * @param <S> the state type
 */
@API(status = EXPERIMENTAL)
public final class StreamFixture<C, E, S> {

    private final AggregateFixture<C, E, S> fixture;
    private final Supplier<? extends EventStore> stores;
    private final String stream;
    private final EventClasses classes;
    private final @Nullable Class<? extends S> snapshots;

    StreamFixture(AggregateFixture<C, E, S> fixture, Supplier<? extends EventStore> stores, String stream,
            EventClasses classes, @Nullable Class<? extends S> snapshots) {
        this.fixture = fixture;
        this.stores = stores;
        this.stream = stream;
        this.classes = classes;
        this.snapshots = snapshots;
    }

    /**
     * Checks, each time a scenario loads the stream, that snapshots would be right: for every version, the state
     * after it, written by the fixture's codec and read back as {@code stateType}, then folded with the later
     * events, must equal the state replayed from every event. A failure names the version and the fields that
     * differ.
     *
     * <pre>{@code
     * order1.withSnapshots(OrderState.class).given(created, paid).when(new ShipOrder("o-1"));
     * }</pre>
     *
     * @param stateType the class a snapshot is read back as
     * @return a copy with the check
     */
    public StreamFixture<C, E, S> withSnapshots(Class<? extends S> stateType) {
        Objects.requireNonNull(stateType, "stateType");
        return new StreamFixture<>(fixture, stores, stream, classes, stateType);
    }

    /**
     * @param events appended to the stream, in order, as its history
     * @return the scenario, ready for {@code when}
     */
    @SafeVarargs
    public final StreamScenario<C, E, S> given(E... events) {
        List<E> list = new ArrayList<>(events.length);
        for (E event : events) {
            list.add(event);
        }
        return given(list);
    }

    /**
     * @param events appended to the stream, in order, as its history; no null element
     * @return the scenario, ready for {@code when}
     */
    public StreamScenario<C, E, S> given(List<? extends E> events) {
        List<EventWithMetadata<E>> messages = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            E event = events.get(i);
            if (event == null) {
                throw new NullPointerException("given event " + (i + 1) + " is null");
            }
            messages.add(EventWithMetadata.of(event));
        }
        return new StreamScenario<>(this, List.copyOf(messages));
    }

    /**
     * @param events appended to the stream with their metadata, in order
     * @return the scenario, ready for {@code when}
     */
    @SafeVarargs
    public final StreamScenario<C, E, S> given(EventWithMetadata<? extends E>... events) {
        List<EventWithMetadata<E>> messages = new ArrayList<>(events.length);
        for (int i = 0; i < events.length; i++) {
            EventWithMetadata<? extends E> event = events[i];
            if (event == null) {
                throw new NullPointerException("given event " + (i + 1) + " is null");
            }
            messages.add(EventWithMetadata.of(event.event(), event.metadata()));
        }
        return new StreamScenario<>(this, List.copyOf(messages));
    }

    /** @return a scenario on a stream that does not exist yet */
    public StreamScenario<C, E, S> givenNothing() {
        return new StreamScenario<>(this, List.of());
    }

    /** @return the stream scenarios run on */
    public String stream() {
        return stream;
    }

    AggregateFixture<C, E, S> fixture() {
        return fixture;
    }

    StreamRun<C, E, S> start(List<EventWithMetadata<E>> given) {
        return StreamRun.start(fixture, stores, stream, classes, snapshots, given);
    }

    static <C, E, S> StreamFixture<C, E, S> of(AggregateFixture<C, E, S> fixture,
            Supplier<? extends EventStore> stores, String stream, Class<?>... eventTypes) {
        Objects.requireNonNull(stores, "stores");
        Objects.requireNonNull(stream, "stream");
        if (stream.isBlank() || stream.startsWith("$")) {
            throw new IllegalArgumentException("onStream(\"" + stream + "\"): an aggregate's stream has a name "
                    + "with a visible character that does not start with $ (reserved for system streams), "
                    + "e.g. order-1");
        }
        return new StreamFixture<>(fixture, stores, stream, EventClasses.of(fixture.codec(), eventTypes), null);
    }
}
