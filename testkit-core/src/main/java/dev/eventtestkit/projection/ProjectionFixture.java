package dev.eventtestkit.projection;

import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.store.StoredEvent;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Tests a read model (a projection): given events of some streams, then its state, in the given order, in
 * every order that keeps each stream's own order, with duplicate deliveries, and rebuilt from the log.
 *
 * <pre>{@code
 * ProjectionFixture<StockLevels> levels = ProjectionFixture.forEvents(StockLevels::new, StockLevels::on);
 *
 * levels.given("order-1", new StockReserved("o-1", "p-1", 2), new StockReleased("o-1", "p-1", 2))
 *       .given("order-2", new StockReserved("o-2", "p-1", 3))
 *       .underEveryOrder()
 *       .thenQuery(model -> model.reserved("p-1"), 3);
 * }</pre>
 *
 * <p>A read model is made fresh for every run by the supplier, and fed one of three ways: event objects
 * ({@link #forEvents}), the store's envelopes ({@link #forStoredEvents}) or a broker's messages
 * ({@link #forMessages}). Immutable: every {@code with...} returns a new fixture.
 *
 * @param <R> the read model
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ProjectionFixture<R> {

    private final Supplier<? extends R> readModel;
    private final Projection<R> projection;
    private final ProjectionSettings settings;

    private ProjectionFixture(Supplier<? extends R> readModel, Projection<R> projection, ProjectionSettings settings) {
        this.readModel = readModel;
        this.projection = projection;
        this.settings = settings;
    }

    /**
     * A read model fed event objects: each delivery is read back (through the codec, as a consumer reads it)
     * as the class its event was given as.
     *
     * @param readModel makes a fresh, empty read model; called once per run
     * @param on feeds it one event; every given event must be an {@code E}
     * @return a fixture with the Jackson codec, no contracts, no faults and seed 0
     */
    @SuppressWarnings("unchecked")
    public static <R, E> ProjectionFixture<R> forEvents(Supplier<? extends R> readModel, BiConsumer<? super R, E> on) {
        Objects.requireNonNull(readModel, "readModel");
        Objects.requireNonNull(on, "on");
        return new ProjectionFixture<>(readModel,
                (model, delivery, classes) -> on.accept(model, (E) classes.read(delivery)), ProjectionSettings.DEFAULTS);
    }

    /**
     * A read model fed the event store's envelopes: stream, version, position, id, metadata, payload. Under
     * {@link ProjectionScenario#underEveryOrder()} positions follow the order of that run (the order the log
     * would have had), versions each stream's order.
     *
     * @param readModel makes a fresh, empty read model
     * @param on feeds it one stored event
     * @return a fixture
     */
    public static <R> ProjectionFixture<R> forStoredEvents(
            Supplier<? extends R> readModel, BiConsumer<? super R, StoredEvent> on) {
        Objects.requireNonNull(readModel, "readModel");
        Objects.requireNonNull(on, "on");
        return new ProjectionFixture<>(readModel, (model, delivery, classes) -> on.accept(model, delivery.stored()),
                ProjectionSettings.DEFAULTS);
    }

    /**
     * A read model fed a broker's messages, such as a Kafka consumer's handler: each stream is a topic of one
     * partition, keyed by the stream, and a message's offset is the event's version in its stream.
     *
     * @param readModel makes a fresh, empty read model
     * @param on feeds it one message
     * @return a fixture
     */
    public static <R> ProjectionFixture<R> forMessages(Supplier<? extends R> readModel, BiConsumer<? super R, Message> on) {
        Objects.requireNonNull(readModel, "readModel");
        Objects.requireNonNull(on, "on");
        return new ProjectionFixture<>(readModel, (model, delivery, classes) -> on.accept(model, delivery.message()),
                ProjectionSettings.DEFAULTS);
    }

    /**
     * Starts a scenario with events of one stream, in order.
     *
     * @param stream the stream, e.g. {@code order-1}
     * @param events its events, in order
     * @return the scenario; give events of more streams with its {@code given}
     */
    public ProjectionScenario<R> given(String stream, Object... events) {
        return new ProjectionScenario<R>(this, List.of(), Orders.GIVEN).given(stream, events);
    }

    /**
     * @param rate the chance, from 0 to 1, that a delivered event is delivered again after it was handled
     * @return a copy that injects duplicate deliveries (under the fixture's seed)
     */
    public ProjectionFixture<R> withDuplicates(double rate) {
        return withFaults(Faults.builder().duplicates(rate).crashBeforeAck(settings.faults().crashBeforeAck()).build());
    }

    /**
     * @param faults the faults deliveries meet: duplicates and lost checkpoints ({@code crashBeforeAck});
     *     reordering within a stream is refused, a stream keeps its order
     * @return a copy that injects them
     * @throws IllegalArgumentException when {@code faults} reorder or delay
     */
    public ProjectionFixture<R> withFaults(Faults faults) {
        Objects.requireNonNull(faults, "faults");
        if (faults.reorder() || !faults.delay().isZero()) {
            throw new IllegalArgumentException("ProjectionFixture.withFaults(" + faults + "): a stream keeps its order"
                    + " and every order of the streams is explored already; use duplicates or crashBeforeAck");
        }
        return new ProjectionFixture<>(readModel, projection, settings.withFaults(faults));
    }

    /**
     * @param seed decides the faults, event ids, and the random orders of {@link ProjectionScenario#underRandomOrders}
     * @return a copy using it
     */
    public ProjectionFixture<R> withSeed(long seed) {
        return new ProjectionFixture<>(readModel, projection, settings.withSeed(seed));
    }

    /**
     * @param codec serializes the given events and reads them back; default {@link EventCodec#jackson()}
     * @return a copy using it
     */
    public ProjectionFixture<R> withCodec(EventCodec codec) {
        return new ProjectionFixture<>(readModel, projection, settings.withCodec(Objects.requireNonNull(codec, "codec")));
    }

    /**
     * @param contracts validates every given event against its contract, and upcasts what the read model reads
     * @return a copy using them
     */
    public ProjectionFixture<R> withContracts(EventContracts contracts) {
        return new ProjectionFixture<>(readModel, projection,
                settings.withContracts(Objects.requireNonNull(contracts, "contracts")));
    }

    R newReadModel() {
        R model = readModel.get();
        if (model == null) {
            throw new IllegalStateException("the read model supplier returned null: return a fresh, empty read model");
        }
        return model;
    }

    Projection<R> projection() {
        return projection;
    }

    ProjectionSettings settings() {
        return settings;
    }

    @Override
    public String toString() {
        return "ProjectionFixture[" + settings + "]";
    }

    /** @return the contracts, or null */
    @Nullable EventContracts contracts() {
        return settings.contracts();
    }
}
