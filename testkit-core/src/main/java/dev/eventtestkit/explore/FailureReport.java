package dev.eventtestkit.explore;

import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.broker.NotSettledException;
import dev.eventtestkit.broker.Trace;
import dev.eventtestkit.broker.TraceEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The text of a failed exploration: what failed, how to replay it, the shrunk trace, the original trace. */
final class FailureReport {

    private FailureReport() {}

    /**
     * @param about a line on the strategy (PCT's bound), or empty
     * @param shrunk what shrinking found; null when shrinking is off
     */
    static String render(String which, String about, List<String> replay, Outcome original,
            Shrinker.@Nullable Shrunk shrunk, Faults faults) {
        StringBuilder text = new StringBuilder();
        Throwable failure = Objects.requireNonNull(original.failure());
        text.append(which).append(failure instanceof NotSettledException ? " never settles (a liveness failure): "
                : " failed: ").append(String.valueOf(failure).stripTrailing()).append('\n');
        if (!about.isEmpty()) {
            text.append(about).append('\n');
        }
        text.append('\n');
        text.append("Replay it:\n");
        for (String line : replay) {
            text.append("  ").append(line).append('\n');
        }
        text.append('\n');
        if (shrunk == null) {
            text.append("Not shrunk: shrinking is off (shrinking(false)); ").append(counts(original)).append(".\n");
            return text.append(timeline(original)).toString();
        }
        Outcome outcome = shrunk.outcome();
        if (outcome == original) {
            text.append("Not shrunk: nothing can be removed (").append(counts(original)).append(").\n");
            minimality(text, shrunk);
            return text.append(timeline(original)).toString();
        }
        String withFaults = faults.equals(Faults.none()) ? "" : ".faults(" + faults + ")";
        text.append("Shrunk to ").append(counts(outcome)).append(" (the original had ").append(counts(original))
                .append("):\n");
        text.append("  Explorer.replay(").append(outcome.schedule()).append(')').append(withFaults)
                .append(".run(scenario)\n");
        text.append("  failed: ").append(outcome.failure()).append('\n');
        minimality(text, shrunk);
        text.append("Removed:\n");
        for (Decision decision : shrunk.removed()) {
            text.append("  ").append(decision).append('\n');
        }
        text.append(timeline(outcome)).append('\n');
        text.append("Original schedule:\n");
        return text.append(timeline(original)).toString();
    }

    /** Says which decisions the failure needs, and whether each one was shown to be needed. */
    private static void minimality(StringBuilder text, Shrinker.Shrunk shrunk) {
        Map<Decision, Optional<Throwable>> without = shrunk.without();
        if (shrunk.kept().isEmpty()) {
            text.append(without == null
                    ? "Shrinking stopped at its bound of " + Shrinker.MAX_RUNS + " re-runs.\n"
                    : "It fails in the default order with no fault: the scenario fails whatever the schedule.\n");
            return;
        }
        if (without == null) {
            text.append("Not shown to be 1-minimal: shrinking stopped at its bound of ").append(Shrinker.MAX_RUNS)
                    .append(" re-runs. It keeps:\n");
            for (Decision decision : shrunk.kept()) {
                text.append("  ").append(decision).append('\n');
            }
            return;
        }
        boolean allPass = without.values().stream().allMatch(Optional::isEmpty);
        text.append(allPass
                ? "1-minimal: without any one of these it passes:\n"
                : "1-minimal: without any one of these it passes or fails another way:\n");
        for (Decision decision : shrunk.kept()) {
            text.append("  ").append(decision);
            Optional<Throwable> failure = without.get(decision);
            if (failure != null && failure.isPresent()) {
                text.append("  (without it: ").append(failure.get().getClass().getName()).append(')');
            }
            text.append('\n');
        }
    }

    /**
     * The trace; for a run that never settles, the turns of its cycle between the first and the last one are
     * left out, in one line that counts them.
     */
    static String timeline(Outcome outcome) {
        Trace trace = outcome.trace();
        NotSettledException loop = notSettled(outcome.failure());
        if (loop == null || loop.cycle().isEmpty()) {
            return trace.render();
        }
        int period = loop.cycle().get().size();
        int span = loop.cycleSpan();
        int size = trace.size();
        int turns = span / period;
        if (turns <= 3 || span > size) {
            return trace.render();
        }
        List<TraceEntry> entries = trace.entries();
        int head = size - span + period;
        List<TraceEntry> kept = new ArrayList<>(entries.subList(0, head));
        kept.addAll(entries.subList(size - period, size));
        List<String> lines = new ArrayList<>(List.of(new Trace(kept).render().split("\n", -1)));
        lines.add(1 + head, "... " + (turns - 2) + " more turns of the cycle (" + (span - 2 * period)
                + " trace entries) ...");
        return String.join("\n", lines);
    }

    private static @Nullable NotSettledException notSettled(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotSettledException loop) {
                return loop;
            }
        }
        return null;
    }

    private static String counts(Outcome outcome) {
        return plural(outcome.faults(), "fault") + " and " + plural(outcome.departures(), "departure")
                + " from the default order";
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
