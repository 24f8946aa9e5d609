package dev.eventtestkit.explore;

import dev.eventtestkit.broker.Trace;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The schedule that failed, the shrunk schedule that still fails, and the report that prints both with the
 * way to replay them.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ExplorationFailure {

    private final int scheduleNumber;
    private final Outcome original;
    private final Outcome shrunk;
    private final String report;

    ExplorationFailure(int scheduleNumber, Outcome original, Outcome shrunk, String report) {
        this.scheduleNumber = scheduleNumber;
        this.original = original;
        this.shrunk = shrunk;
        this.report = report;
    }

    /** @return which schedule failed, counting from 1 */
    public int scheduleNumber() {
        return scheduleNumber;
    }

    /** @return the broker seed of the failing schedule: {@code Explorer.replay(seed)} runs it again */
    public long seed() {
        return original.seed();
    }

    /** @return the failing schedule as exact choices */
    public Schedule schedule() {
        return original.schedule();
    }

    /** @return the shrunk schedule; the same as {@link #schedule()} when nothing simpler fails */
    public Schedule shrunkSchedule() {
        return shrunk.schedule();
    }

    /** @return what the failing schedule threw */
    public Throwable cause() {
        return Objects.requireNonNull(original.failure());
    }

    /** @return what the shrunk schedule threw */
    public Throwable shrunkCause() {
        return Objects.requireNonNull(shrunk.failure());
    }

    /** @return the broker's trace under the failing schedule */
    public Trace trace() {
        return original.trace();
    }

    /** @return the broker's trace under the shrunk schedule */
    public Trace shrunkTrace() {
        return shrunk.trace();
    }

    /** @return how many faults struck under the failing and the shrunk schedule, e.g. {@code 3 -> 1} */
    public String faultCounts() {
        return original.faults() + " -> " + shrunk.faults();
    }

    /**
     * @return the report: which schedule failed and why, how to replay it, the shrunk trace, then the
     *     original trace
     */
    public String report() {
        return report;
    }

    @Override
    public String toString() {
        return report;
    }
}
