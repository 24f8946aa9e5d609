package dev.eventtestkit.explore;

import dev.eventtestkit.broker.Faults;
import java.util.List;
import java.util.Objects;

/** The text of a failed exploration: what failed, how to replay it, the shrunk trace, the original trace. */
final class FailureReport {

    private FailureReport() {}

    /**
     * @param about a line on the strategy (PCT's bound), or empty
     */
    static String render(String which, String about, List<String> replay, Outcome original, Outcome shrunk,
            Faults faults) {
        StringBuilder text = new StringBuilder();
        text.append(which).append(" failed: ").append(Objects.requireNonNull(original.failure())).append('\n');
        if (!about.isEmpty()) {
            text.append(about).append('\n');
        }
        text.append('\n');
        text.append("Replay it:\n");
        for (String line : replay) {
            text.append("  ").append(line).append('\n');
        }
        text.append('\n');
        if (shrunk == original) {
            text.append("Not shrunk: no schedule with fewer faults or departures from the default order fails"
                    + " this way (").append(counts(original)).append(").\n");
            return text.append(original.trace().render()).toString();
        }
        String withFaults = faults.equals(Faults.none()) ? "" : ".faults(" + faults + ")";
        text.append("Shrunk to ").append(counts(shrunk)).append(" (the original had ").append(counts(original))
                .append("):\n");
        text.append("  Explorer.replay(").append(shrunk.schedule()).append(')').append(withFaults)
                .append(".run(scenario)\n");
        text.append("  failed: ").append(shrunk.failure()).append('\n');
        text.append(shrunk.trace().render()).append('\n');
        text.append("Original schedule:\n");
        return text.append(original.trace().render()).toString();
    }

    private static String counts(Outcome outcome) {
        return plural(outcome.faults(), "fault") + " and " + plural(outcome.departures(), "departure")
                + " from the default order";
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
