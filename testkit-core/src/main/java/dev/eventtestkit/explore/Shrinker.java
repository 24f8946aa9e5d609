package dev.eventtestkit.explore;

import java.util.ArrayList;
import java.util.List;

/**
 * Shrinks a failing schedule: sets one choice at a time back to its default and keeps the change when the
 * scenario still fails with the same kind of failure and the schedule has fewer faults, or as many faults
 * and fewer departures from the default order. Bounded by {@link #MAX_RUNS} re-runs.
 */
final class Shrinker {

    static final int MAX_RUNS = 1_000;

    private final ScheduleRunner runner;
    private final Outcome original;
    private int runs;

    private Shrinker(ScheduleRunner runner, Outcome original) {
        this.runner = runner;
        this.original = original;
    }

    static Outcome shrink(ScheduleRunner runner, Outcome failing) {
        return new Shrinker(runner, failing).shrink();
    }

    private Outcome shrink() {
        Outcome best = original;
        Outcome allDefaults = attempt(List.of());
        if (allDefaults != null && allDefaults.isSimplerThan(best)) {
            return allDefaults;
        }
        boolean improved = true;
        while (improved && runs < MAX_RUNS) {
            improved = false;
            List<Integer> values = best.values();
            for (int i = 0; i < values.size() && runs < MAX_RUNS; i++) {
                if (values.get(i) == 0) {
                    continue;
                }
                List<Integer> tried = new ArrayList<>(values);
                tried.set(i, 0);
                Outcome outcome = attempt(tried);
                if (outcome != null && outcome.isSimplerThan(best)) {
                    best = outcome;
                    improved = true;
                    break;
                }
            }
        }
        return best;
    }

    /** @return the outcome when it fails the way the original did, else null */
    private @org.jspecify.annotations.Nullable Outcome attempt(List<Integer> values) {
        runs++;
        Outcome outcome = runner.replay(original.seed(), values, false);
        Throwable failure = outcome.failure();
        Throwable expected = original.failure();
        boolean same = failure != null && expected != null && failure.getClass() == expected.getClass();
        return same ? outcome : null;
    }
}
