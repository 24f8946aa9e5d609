package dev.eventtestkit.broker;

import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.EventValidator;
import dev.eventtestkit.time.VirtualClock;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Configures a {@link FakeBroker}; every setting has the default of {@link FakeBroker#create()}.
 *
 * <pre>{@code
 * FakeBroker broker = FakeBroker.builder()
 *         .seed(42L)
 *         .clock(clock)
 *         .faults(Faults.builder().duplicates(0.3).crashBeforeAck(0.1).reorder(true).build())
 *         .retryPolicy(RetryPolicy.of(5, Duration.ofMillis(100)))
 *         .build();
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class FakeBrokerBuilder {

    long seed;
    @Nullable VirtualClock clock;
    Faults faults = Faults.none();
    RetryPolicy retryPolicy = RetryPolicy.defaults();
    EventCodec codec = EventCodec.jackson();
    EventValidator validator = EventValidator.ACCEPT_ALL;
    int maxSteps = 100_000;
    @Nullable Chooser chooser;
    /** The lock a {@link DeliveryModel} settles under when the clock moves; null: the broker settles bare. */
    @Nullable Object settleLock;

    FakeBrokerBuilder() {}

    /**
     * @param seed decides every choice (delivery order, faults, delays) and every message id; default 0
     * @return this builder
     */
    public FakeBrokerBuilder seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * @param clock the clock to deliver on, shared with the code under test; default a fresh
     *     {@link VirtualClock#create()}
     * @return this builder
     */
    public FakeBrokerBuilder clock(VirtualClock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * @param faults the faults to inject; default {@link Faults#none()}
     * @return this builder
     */
    public FakeBrokerBuilder faults(Faults faults) {
        this.faults = Objects.requireNonNull(faults, "faults");
        return this;
    }

    /**
     * @param retryPolicy how failing deliveries are retried; default {@link RetryPolicy#defaults()}
     * @return this builder
     */
    public FakeBrokerBuilder retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        return this;
    }

    /**
     * @param codec turns events into JSON and names their type; default {@link EventCodec#jackson()}
     * @return this builder
     */
    public FakeBrokerBuilder codec(EventCodec codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
        return this;
    }

    /**
     * @param validator checks every publish (contract validation plugs in here); default accepts all
     * @return this builder
     */
    public FakeBrokerBuilder validator(EventValidator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
        return this;
    }

    /**
     * Validates every publish against its JSON Schema contract; a violation fails the publish naming subject,
     * version, JSON pointer and schema file, and nothing is stored.
     *
     * @param contracts the loaded contracts
     * @return this builder; replaces any earlier validator
     */
    public FakeBrokerBuilder contracts(EventContracts contracts) {
        return validator(contracts.validator());
    }

    /**
     * @param maxSteps how many deliveries one run to idle may make before the broker reports a run that
     *     never settles; default 100,000
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public FakeBrokerBuilder maxSteps(int maxSteps) {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps must be 1 or more, was " + maxSteps);
        }
        this.maxSteps = maxSteps;
        return this;
    }

    /**
     * Replaces the seeded chooser; the schedule explorer uses this to replay recorded choices.
     *
     * @param chooser decides every choice point; default {@link Chooser#seeded(long)} with the seed
     * @return this builder
     */
    public FakeBrokerBuilder chooser(Chooser chooser) {
        this.chooser = Objects.requireNonNull(chooser, "chooser");
        return this;
    }

    /** @return a new broker; it registers with the clock so that advancing the clock settles it */
    public FakeBroker build() {
        return new FakeBroker(this);
    }
}
