package dev.eventtestkit.explore;

import dev.eventtestkit.broker.Faults;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The text of a failed exploration: what failed, how to replay it, the shrunk trace, the original trace. */
final class FailureReport {

    private FailureReport() {}

    /**
     * @param shrunk what shrinking found; null when shrinking is off
     */
    static String render(String which, List<String> replay, Outcome original, Shrinker.@Nullable Shrunk shrunk,
            Faults faults) {
        StringBuilder text = new StringBuilder();
        text.append(which).append(" failed: ").append(Objects.requireNonNull(original.failure())).append("\n\n");
        text.append("Replay it:\n");
        for (String line : replay) {
            text.append("  ").append(line).append('\n');
        }
        text.append('\n');
        if (shrunk == null) {
            text.append("Not shrunk: shrinking is off (shrinking(false)); ").append(counts(original)).append(".\n");
            return text.append(original.trace().render()).toString();
        }
        Outcome outcome = shrunk.outcome();
        if (outcome == original) {
            text.append("Not shrunk: nothing can be removed (").append(counts(original)).append(").\n");
            minimality(text, shrunk);
            return text.append(original.trace().render()).toString();
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
        text.append(outcome.trace().render()).append('\n');
        text.append("Original schedule:\n");
        return text.append(original.trace().render()).toString();
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

    private static String counts(Outcome outcome) {
        return plural(outcome.faults(), "fault") + " and " + plural(outcome.departures(), "departure")
                + " from the default order";
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
