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

    private final int schedulesRun;
    private final int distinctTraces;
    private final boolean exhausted;
    private final @Nullable ExplorationFailure failure;

    ExplorationResult(int schedulesRun, int distinctTraces, boolean exhausted, @Nullable ExplorationFailure failure) {
        this.schedulesRun = schedulesRun;
        this.distinctTraces = distinctTraces;
        this.exhausted = exhausted;
        this.failure = failure;
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
        return schedulesRun + " schedule(s), " + distinctTraces + " distinct trace(s)"
                + (exhausted ? ", all of them" : "") + (failure == null ? ", no failure" : ", schedule "
                + failure.scheduleNumber() + " failed");
    }
}
