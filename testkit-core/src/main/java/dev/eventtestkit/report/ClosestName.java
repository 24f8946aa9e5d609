package dev.eventtestkit.report;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Finds the known name closest to a misspelt one, for "did you mean" hints in error messages.
 *
 * <pre>{@code
 * ClosestName.of("OrderCreatd", List.of("OrderCreated", "OrderShipped"));   // Optional[OrderCreated]
 * }</pre>
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ClosestName {

    private ClosestName() {}

    /**
     * Picks the name at the smallest edit distance (case-insensitive), the first one on ties, when it is
     * plausibly a misspelling: at most 2 edits, or a third of the wanted name's length when that is more.
     *
     * @param wanted the name as given
     * @param known the names that exist
     * @return the closest plausible name; empty when none is close enough or none is known
     */
    public static Optional<String> of(String wanted, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(wanted.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        boolean plausible = best != null && bestDistance <= Math.max(2, wanted.length() / 3);
        return plausible ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance with two rows. */
    static int distance(String a, String b) {
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
