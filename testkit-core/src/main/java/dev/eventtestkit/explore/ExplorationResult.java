package dev.eventtestkit.explore;

import dev.eventtestkit.broker.FaultKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;

/**
 * What an exploration found and what it reached: how many schedules ran, how many distinct ones (by
 * happens-before class) and distinct traces they gave, the faults fired, dead letters and retries, the
 * {@code sometimes}/{@code reachable} assertions, warnings when the exploration proved little, and the failure,
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
    private final int distinctSchedules;
    private final boolean exhausted;
    private final @Nullable ExplorationFailure failure;
    private final Map<FaultKind, Integer> faultsFired;
    private final int deadLetters;
    private final int retries;
    private final Map<String, Integer> sometimes;
    private final List<String> warnings;
    private final List<String> neverTrue;
    private final String faultCounts;

    ExplorationResult(Strategy strategy, int schedulesRun, int distinctTraces, boolean exhausted,
            @Nullable ExplorationFailure failure, String bound, Coverage coverage, List<String> warnings) {
        this.strategy = strategy;
        this.bound = bound;
        this.schedulesRun = schedulesRun;
        this.distinctTraces = distinctTraces;
        this.distinctSchedules = coverage.distinctSchedules();
        this.exhausted = exhausted;
        this.failure = failure;
        this.faultsFired = coverage.faults();
        this.deadLetters = coverage.deadLetters();
        this.retries = coverage.retries();
        this.sometimes = coverage.sometimes();
        this.warnings = List.copyOf(warnings);
        List<String> never = new ArrayList<>();
        if (failure == null) {
            sometimes.forEach((name, count) -> {
                if (count == 0) {
                    never.add(name);
                }
            });
        }
        this.neverTrue = List.copyOf(never);
        this.faultCounts = coverage.faultCounts();
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

    /**
     * @return how many distinct schedules ran by happens-before class: schedules that differ only in the order
     *     of independent deliveries (to different groups) count once
     */
    public int distinctSchedules() {
        return distinctSchedules;
    }

    /** @return whether an exhaustive exploration walked every schedule (false when the bound stopped it) */
    public boolean exhausted() {
        return exhausted;
    }

    /** @return how many times each fault fired, over all schedules; kinds that never fired are absent */
    public Map<FaultKind, Integer> faultsFired() {
        return faultsFired;
    }

    /** @return how many dead letters the schedules reached, all together */
    public int deadLetters() {
        return deadLetters;
    }

    /** @return how many retries the schedules took, all together */
    public int retries() {
        return retries;
    }

    /**
     * @return each {@code sometimes}/{@code reachable} name with the number of schedules in which it held,
     *     declared {@code reachable} names included (0 when never reached)
     */
    public Map<String, Integer> sometimes() {
        return sometimes;
    }

    /**
     * @return what makes this exploration weaker than it looks: a configured fault that never fired, fewer
     *     distinct schedules than schedules run
     */
    public List<String> warnings() {
        return warnings;
    }

    /** @return the failure, or empty when every schedule passed */
    public Optional<ExplorationFailure> failure() {
        return Optional.ofNullable(failure);
    }

    /** @return whether every schedule passed and every {@code sometimes}/{@code reachable} name held in one */
    public boolean passed() {
        return failure == null && neverTrue.isEmpty();
    }

    /**
     * When a schedule failed, writes its schedule report (HTML, see {@link ExplorationFailure#toHtml}) under
     * {@code target/eventtestkit-reports/<test>/}, named after the calling test method, and fails.
     *
     * @throws AssertionFailedError with the failure's {@link ExplorationFailure#report()} and the report's path
     *     as message and the failing schedule's exception as cause, when a schedule failed; or naming each
     *     {@code sometimes} or {@code reachable} name that never held
     */
    public void assertNoFailure() {
        if (failure != null) {
            String written = failure.writeReport(caller());
            throw new AssertionFailedError(failure.report() + "\n" + written, failure.cause());
        }
        if (!neverTrue.isEmpty()) {
            StringBuilder text = new StringBuilder();
            for (String name : neverTrue) {
                text.append("sometimes(\"").append(name).append("\") never held in ").append(schedulesRun)
                        .append(schedulesRun == 1 ? " schedule" : " schedules").append(" (").append(strategy)
                        .append("): the exploration never brought it about\n");
            }
            throw new AssertionFailedError(text.append(this).toString());
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

    /**
     * @return e.g. {@code random: 200 schedule(s), 6 distinct by happens-before, 9 distinct trace(s), faults
     *     fired: duplicate 57, no failure}, then PCT's bound and the warnings
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        text.append(strategy).append(": ").append(schedulesRun).append(" schedule(s), ").append(distinctSchedules)
                .append(" distinct by happens-before, ").append(distinctTraces).append(" distinct trace(s)");
        if (exhausted) {
            text.append(", all of them");
        }
        if (!faultCounts.isEmpty()) {
            text.append(", faults fired: ").append(faultCounts);
        }
        if (deadLetters > 0) {
            text.append(", ").append(deadLetters).append(" dead letter(s)");
        }
        if (retries > 0) {
            text.append(", ").append(retries).append(" retr").append(retries == 1 ? "y" : "ies");
        }
        sometimes.forEach((name, count) -> text.append(", sometimes(\"").append(name).append("\") in ").append(count));
        text.append(failure == null ? ", no failure" : ", schedule " + failure.scheduleNumber() + " failed");
        if (!bound.isEmpty()) {
            text.append("; ").append(bound);
        }
        for (String warning : warnings) {
            text.append("; warning: ").append(warning);
        }
        return text.toString();
    }
}
