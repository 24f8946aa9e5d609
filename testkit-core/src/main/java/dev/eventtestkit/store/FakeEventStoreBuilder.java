package dev.eventtestkit.store;

import dev.eventtestkit.broker.Chooser;
import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.broker.RetryPolicy;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.time.VirtualClock;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Configures a {@link FakeEventStore}; every setting has the default of {@link FakeEventStore#create()}.
 *
 * <pre>{@code
 * FakeEventStore store = FakeEventStore.builder()
 *         .seed(42L)
 *         .clock(clock)
 *         .codec(EventCodec.jackson())
 *         .contracts(contracts)
 *         .faults(Faults.builder().duplicates(0.3).crashBeforeAck(0.1).delay(Duration.ofMillis(200)).build())
 *         .build();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FakeEventStoreBuilder {

    long seed;
    @Nullable VirtualClock clock;
    EventCodec codec = EventCodec.jackson();
    @Nullable EventContracts contracts;
    Faults faults = Faults.none();
    RetryPolicy retryPolicy = RetryPolicy.noRetries();
    @Nullable Chooser chooser;

    FakeEventStoreBuilder() {}

    /**
     * @param seed decides every delivery choice, every fault and every event id; default 0
     * @return this builder
     */
    public FakeEventStoreBuilder seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * @param clock stamps appended events and runs delays and retries; default a fresh {@link VirtualClock#create()}
     * @return this builder
     */
    public FakeEventStoreBuilder clock(VirtualClock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * @param codec turns events into JSON and back, and names their types; default {@link EventCodec#jackson()}
     * @return this builder
     */
    public FakeEventStoreBuilder codec(EventCodec codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
        return this;
    }

    /**
     * Validates every appended event against its JSON Schema contract (a batch with one invalid event appends
     * nothing), and upcasts every event read or delivered to the latest version of its contract through the
     * contracts' upcasters.
     *
     * @param contracts the loaded contracts, with their upcasters
     * @return this builder
     */
    public FakeEventStoreBuilder contracts(EventContracts contracts) {
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        return this;
    }

    /**
     * The faults catch-up subscriptions meet: {@code duplicates} (an event delivered again after it was
     * handled), {@code crashBeforeAck} (the handler ran but its checkpoint was lost: the event comes again) and
     * {@code delay} (an event reaches a subscription after a virtual delay). Subscriptions keep position order,
     * so {@code reorder} is refused.
     *
     * @param faults the faults; default {@link Faults#none()}
     * @return this builder
     * @throws IllegalArgumentException when {@code faults} reorder
     */
    public FakeEventStoreBuilder faults(Faults faults) {
        Objects.requireNonNull(faults, "faults");
        if (faults.reorder()) {
            throw new IllegalArgumentException("FakeEventStore faults: " + faults + " reorders, but a catch-up"
                    + " subscription delivers in position order; use duplicates, crashBeforeAck or delay");
        }
        this.faults = faults;
        return this;
    }

    /**
     * @param retryPolicy how often a subscription's handler is tried on an event, on virtual time, before the
     *     subscription is dropped; default {@link RetryPolicy#noRetries()}: dropped at the first failure, as
     *     EventStoreDB drops a subscription whose handler throws
     * @return this builder
     */
    public FakeEventStoreBuilder retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        return this;
    }

    /**
     * Replaces the seeded chooser; for exploring delivery schedules.
     *
     * @param chooser decides every choice point; default {@link Chooser#seeded(long)} with the seed
     * @return this builder
     */
    public FakeEventStoreBuilder chooser(Chooser chooser) {
        this.chooser = Objects.requireNonNull(chooser, "chooser");
        return this;
    }

    /** @return a new store; it registers with the clock so that advancing the clock delivers */
    public FakeEventStore build() {
        return new FakeEventStore(this);
    }
}
