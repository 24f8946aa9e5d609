package dev.eventtestkit.explore;

import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;

/**
 * What an exploration found: how many schedules ran, how many distinct traces they gave, and the failure,
 * if one schedule failed (exploration stops at the first).
 *
 * <pre>{@code
 * Explorer.random(200).faults(faults).run(scenario).assertNoFailure();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ExplorationResult {

    private final Strategy strategy;
    private final String bound;
    private final int schedulesRun;
    private final int distinctTraces;
    private final boolean exhausted;
    private final @Nullable ExplorationFailure failure;

    ExplorationResult(Strategy strategy, int schedulesRun, int distinctTraces, boolean exhausted,
            @Nullable ExplorationFailure failure, String bound) {
        this.strategy = strategy;
        this.bound = bound;
        this.schedulesRun = schedulesRun;
        this.distinctTraces = distinctTraces;
        this.exhausted = exhausted;
        this.failure = failure;
    }

    /** @return the strategy that picked the schedules */
    public Strategy strategy() {
        return strategy;
    }

    /**
     * @return for {@link Strategy#pct(int)}, its guarantee with the chains and steps measured, e.g. {@code each
     *     schedule finds a bug of depth 3 with probability at least 1 in 5776 (...)}; empty for the others
     */
    public String bound() {
        return bound;
    }

    /** @return how many schedules ran, the failing one included */
    public int schedulesRun() {
        return schedulesRun;
    }

    /** @return how many different traces those schedules produced */
    public int distinctTraces() {
        return distinctTraces;
    }

    /** @return whether an exhaustive exploration walked every schedule (false when the bound stopped it) */
    public boolean exhausted() {
        return exhausted;
    }

    /** @return the failure, or empty when every schedule passed */
    public Optional<ExplorationFailure> failure() {
        return Optional.ofNullable(failure);
    }

    /** @return whether every schedule passed */
    public boolean passed() {
        return failure == null;
    }

    /**
     * @throws AssertionFailedError with the failure's {@link ExplorationFailure#report()} as message and the
     *     failing schedule's exception as cause, when a schedule failed
     */
    public void assertNoFailure() {
        if (failure != null) {
            throw new AssertionFailedError(failure.report(), failure.cause());
        }
    }

    @Override
    public String toString() {
        return strategy + ": " + schedulesRun + " schedule(s), " + distinctTraces + " distinct trace(s)"
                + (exhausted ? ", all of them" : "") + (failure == null ? ", no failure" : ", schedule "
                + failure.scheduleNumber() + " failed") + (bound.isEmpty() ? "" : "; " + bound);
    }
}
