package dev.eventtestkit.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Shrinks a failing schedule to a 1-minimal one: a set of {@link Decision}s (faults, delays, departures from
 * the default order) that still fails the same way, and passes, or fails another way, without any one of
 * them. Decisions are named by what they strike (see {@link DecisionChooser}), so removing one keeps every
 * other where it was. First all defaults, then no faults, then no departures; then one decision at a time,
 * faults first, keeping each removal that still fails the same way, until a whole pass removes nothing: that
 * pass is the proof of 1-minimality. Bounded by {@link #MAX_RUNS} re-runs; a shrink cut short says so.
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

    static Shrunk shrink(ScheduleRunner runner, Outcome failing) {
        return new Shrinker(runner, failing).shrink();
    }

    private Shrunk shrink() {
        DecisionChooser learning = DecisionChooser.values(original.values());
        Outcome relearned = runner.described(original.seed(), learning);
        runs++;
        if (!failsTheSameWay(relearned)) {
            return Shrunk.notShrunk(original); // cannot happen for a deterministic scenario; claim nothing
        }
        List<Decision> start = List.copyOf(learning.taken());
        Attempt best = new Attempt(relearned, start);
        for (List<Decision> bulk : List.of(List.<Decision>of(), only(start, false), only(start, true))) {
            if (bulk.size() < best.decisions.size()) {
                Attempt tried = attempt(bulk);
                if (tried != null) {
                    best = tried;
                }
            }
        }
        while (true) {
            Map<Decision, Optional<Throwable>> without = new LinkedHashMap<>();
            Attempt smaller = null;
            for (Decision decision : faultsFirst(best.decisions)) {
                if (runs >= MAX_RUNS) {
                    return shrunk(best, start, null);
                }
                List<Decision> rest = new ArrayList<>(best.decisions);
                rest.remove(decision);
                DecisionChooser chooser = DecisionChooser.decisions(rest);
                Outcome outcome = runner.described(original.seed(), chooser);
                runs++;
                if (failsTheSameWay(outcome)) {
                    smaller = new Attempt(outcome, List.copyOf(chooser.taken()));
                    break;
                }
                without.put(decision, Optional.ofNullable(outcome.failure()));
            }
            if (smaller == null) {
                return shrunk(best, start, without);
            }
            best = smaller;
        }
    }

    private Shrunk shrunk(Attempt best, List<Decision> start, @Nullable Map<Decision, Optional<Throwable>> without) {
        List<Decision> removed = new ArrayList<>(start);
        removed.removeAll(best.decisions);
        Outcome outcome = removed.isEmpty() ? original : best.outcome;
        return new Shrunk(outcome, best.decisions, removed, without);
    }

    /** @return the run without the other decisions when it still fails the same way, else null */
    private @Nullable Attempt attempt(List<Decision> decisions) {
        DecisionChooser chooser = DecisionChooser.decisions(decisions);
        Outcome outcome = runner.described(original.seed(), chooser);
        runs++;
        return failsTheSameWay(outcome) ? new Attempt(outcome, List.copyOf(chooser.taken())) : null;
    }

    private boolean failsTheSameWay(Outcome outcome) {
        Throwable failure = outcome.failure();
        Throwable expected = original.failure();
        return failure != null && expected != null && failure.getClass() == expected.getClass();
    }

    private static List<Decision> only(List<Decision> decisions, boolean faults) {
        List<Decision> kept = new ArrayList<>();
        for (Decision decision : decisions) {
            if (decision.isFault() == faults) {
                kept.add(decision);
            }
        }
        return kept;
    }

    private static List<Decision> faultsFirst(List<Decision> decisions) {
        List<Decision> ordered = only(decisions, true);
        ordered.addAll(only(decisions, false));
        return ordered;
    }

    private record Attempt(Outcome outcome, List<Decision> decisions) {}

    /**
     * What shrinking found.
     *
     * @param outcome the shrunk run; the original itself when nothing was removed
     * @param kept the decisions the shrunk run takes
     * @param removed the original's decisions it does not take
     * @param without for each kept decision, what the run without it threw (empty: it passed); null when
     *     shrinking stopped at its bound or did not run, so 1-minimality is not proven
     */
    record Shrunk(Outcome outcome, List<Decision> kept, List<Decision> removed,
            @Nullable Map<Decision, Optional<Throwable>> without) {

        static Shrunk notShrunk(Outcome original) {
            return new Shrunk(original, List.of(), List.of(), null);
        }

        boolean minimal() {
            return without != null;
        }
    }
}
