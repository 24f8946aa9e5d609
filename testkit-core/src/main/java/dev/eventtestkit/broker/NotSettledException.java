package dev.eventtestkit.broker;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A liveness failure: the {@link FakeBroker} never settles. Deliveries keep causing deliveries at one instant
 * (the step bound of {@code runUntilIdle}), deliveries keep coming back on the virtual clock past the horizon of
 * {@link FakeBroker#settle(java.time.Duration)} (a retry loop that never ends), or a group stalls with records
 * nothing will ever deliver. The message names what keeps running, the virtual time, and the cycle the trace
 * ends with, when it ends with one.
 */
@API(status = EXPERIMENTAL)
public final class NotSettledException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient Instant at;
    private final transient List<String> pending;
    private final transient @Nullable Trace cycle;
    private final int cycleSpan;

    NotSettledException(String message, Instant at, List<String> pending, @Nullable Trace cycle, int cycleSpan) {
        super(message);
        this.at = at;
        this.pending = List.copyOf(pending);
        this.cycle = cycle;
        this.cycleSpan = cycleSpan;
    }

    /** @return the virtual time when the broker gave up */
    public Instant at() {
        return at;
    }

    /** @return what keeps running or waiting, one line each, e.g. {@code payments[0]@0  charger  attempt 21  retry at ...} */
    public List<String> pending() {
        return pending;
    }

    /** @return one turn of the cycle the trace ends with, when it ends with one */
    public Optional<Trace> cycle() {
        return Optional.ofNullable(cycle);
    }

    /**
     * @return how many entries at the end of the broker's trace the back-to-back turns of the cycle cover (a
     *     report may print the first and the last turn only); 0 without a cycle
     */
    public int cycleSpan() {
        return cycleSpan;
    }
}
