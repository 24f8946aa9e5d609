package dev.eventtestkit.contract;

import java.util.Collection;
import java.util.Optional;

/** Finds the known name closest to a misspelt one, for "did you mean" hints. */
final class Names {

    private Names() {}

    static Optional<String> closest(String wanted, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(wanted.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        boolean plausible = best != null && bestDistance <= Math.max(2, wanted.length() / 3);
        return plausible ? Optional.of(best) : Optional.empty();
    }

    static String knownAndClosest(String wanted, Collection<String> known) {
        String list = known.isEmpty() ? "(none)" : String.join(", ", known);
        return "known: " + list + closest(wanted, known).map(c -> " (did you mean " + c + "?)").orElse("");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
