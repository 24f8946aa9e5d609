package dev.eventtestkit.explore;

import java.util.List;
import java.util.Optional;
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
     * When a schedule failed, writes its schedule report (HTML, see {@link ExplorationFailure#toHtml}) under
     * {@code target/eventtestkit-reports/<test>/}, named after the calling test method, and fails.
     *
     * @throws AssertionFailedError with the failure's {@link ExplorationFailure#report()} and the report's path
     *     as message and the failing schedule's exception as cause, when a schedule failed
     */
    public void assertNoFailure() {
        if (failure != null) {
            String written = failure.writeReport(caller());
            throw new AssertionFailedError(failure.report() + "\n" + written, failure.cause());
        }
    }

    /**
     * @return {@code Class.method} of the first frame outside this class and the JDK, JUnit and AssertJ: the
     *     test that asserted (a lambda's frame counts as its method's)
     */
    private static String caller() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(frame -> !isMachinery(frame.getClassName()))
                .findFirst()
                .map(frame -> frame.getClassName() + "." + method(frame.getMethodName()))
                .orElse("exploration"));
    }

    private static boolean isMachinery(String className) {
        if (className.equals(ExplorationResult.class.getName())) {
            return true;
        }
        for (String prefix : List.of("java.", "jdk.", "sun.", "org.junit.", "org.assertj.", "org.opentest4j.")) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** @return {@code places} for {@code lambda$places$0}, else the name itself */
    private static String method(String name) {
        if (name.startsWith("lambda$")) {
            int end = name.indexOf('$', "lambda$".length());
            return end < 0 ? name : name.substring("lambda$".length(), end);
        }
        return name;
    }

    @Override
    public String toString() {
        return strategy + ": " + schedulesRun + " schedule(s), " + distinctTraces + " distinct trace(s)"
                + (exhausted ? ", all of them" : "") + (failure == null ? ", no failure" : ", schedule "
                + failure.scheduleNumber() + " failed") + (bound.isEmpty() ? "" : "; " + bound);
    }
}
