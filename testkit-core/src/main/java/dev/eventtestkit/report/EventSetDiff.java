package dev.eventtestkit.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Compares expected events with actual ones in any order: each expected event must match a different actual
 * event (as {@link EventFormat#matches} says, so ignored fields and {@link Expectation}s apply), and no actual
 * event may be left over. The pairing is a maximum matching, so an expected event that fits several actual
 * ones never takes the only one another needs.
 *
 * <pre>
 * Expected events in any order, but 1 is missing and 1 was not expected (of 2 expected, 2 actual):
 *   when ShipOrder{orderId="o-1"}
 *   missing:
 *     OrderCancelled{orderId="o-1", reason="late"}
 *   not expected:
 *     2. OrderShipped{orderId="o-1"}
 *   expected (any order):
 *     ...
 *   actual:
 *     ...
 * </pre>
 */
@API(status = INTERNAL)
public final class EventSetDiff {

    private final List<?> expected;
    private final List<?> actual;
    private final EventFormat format;
    private final String noun;
    private final int[] partnerOfExpected;
    private final int[] partnerOfActual;

    private EventSetDiff(List<?> expected, List<?> actual, EventFormat format, String noun) {
        this.expected = List.copyOf(expected);
        this.actual = List.copyOf(actual);
        this.format = format;
        this.noun = noun;
        this.partnerOfExpected = new int[expected.size()];
        this.partnerOfActual = new int[actual.size()];
        Arrays.fill(partnerOfExpected, -1);
        Arrays.fill(partnerOfActual, -1);
        boolean[][] fits = new boolean[expected.size()][actual.size()];
        for (int e = 0; e < expected.size(); e++) {
            for (int a = 0; a < actual.size(); a++) {
                fits[e][a] = format.matches(expected.get(e), actual.get(a));
            }
        }
        for (int e = 0; e < expected.size(); e++) {
            augment(e, fits, new boolean[actual.size()]);
        }
    }

    /**
     * @param expected the expected events (or {@link Expectation}s), in any order
     * @param actual the actual events
     * @param format how to compare and show them
     * @param noun what they are, plural, for the headline: {@code events}, {@code commands}
     * @return the comparison
     */
    public static EventSetDiff compare(List<?> expected, List<?> actual, EventFormat format, String noun) {
        return new EventSetDiff(expected, actual, Objects.requireNonNull(format, "format"), noun);
    }

    /** Kuhn's augmenting path: tries to give expected event e an actual partner, moving others if need be. */
    private boolean augment(int e, boolean[][] fits, boolean[] seen) {
        for (int a = 0; a < actual.size(); a++) {
            if (fits[e][a] && !seen[a]) {
                seen[a] = true;
                if (partnerOfActual[a] < 0 || augment(partnerOfActual[a], fits, seen)) {
                    partnerOfExpected[e] = a;
                    partnerOfActual[a] = e;
                    return true;
                }
            }
        }
        return false;
    }

    /** @return whether every expected event has its own actual partner and no actual event is left over */
    public boolean matches() {
        return missing().isEmpty() && unexpected().isEmpty();
    }

    /** @return the expected events no actual event matches, in the expected order */
    public List<Object> missing() {
        List<Object> missing = new ArrayList<>();
        for (int e = 0; e < expected.size(); e++) {
            if (partnerOfExpected[e] < 0) {
                missing.add(expected.get(e));
            }
        }
        return missing;
    }

    /** @return the positions (from 1) of the actual events no expected event matches */
    public List<Integer> unexpected() {
        List<Integer> unexpected = new ArrayList<>();
        for (int a = 0; a < actual.size(); a++) {
            if (partnerOfActual[a] < 0) {
                unexpected.add(a + 1);
            }
        }
        return unexpected;
    }

    /**
     * @param context lines that say what produced the actual events
     * @return the whole failure message; meaningful only when they do not match
     */
    public String message(List<String> context) {
        List<Object> missing = missing();
        List<Integer> unexpected = unexpected();
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add(missing.size() + (missing.size() == 1 ? " is" : " are") + " missing");
        }
        if (!unexpected.isEmpty()) {
            problems.add(unexpected.size() + (unexpected.size() == 1 ? " was" : " were") + " not expected");
        }
        StringBuilder out = new StringBuilder("Expected ").append(noun).append(" in any order, but ")
                .append(String.join(" and ", problems)).append(" (of ").append(expected.size())
                .append(" expected, ").append(actual.size()).append(" actual):");
        for (String line : context) {
            out.append("\n  ").append(line);
        }
        if (!missing.isEmpty()) {
            out.append("\n  missing:");
            for (Object event : missing) {
                out.append("\n    ").append(format.render(event));
            }
        }
        if (!unexpected.isEmpty()) {
            out.append("\n  not expected:");
            for (int position : unexpected) {
                out.append("\n    ").append(position).append(". ").append(format.render(actual.get(position - 1)));
            }
        }
        out.append("\n  expected (any order):\n").append(format.numbered(expected, "    ", noun))
                .append("\n  actual:\n").append(format.numbered(actual, "    ", noun));
        return out.toString();
    }

    /** @return the expected events, numbered, for an IDE's diff view */
    public String expectedText() {
        return format.numbered(expected, "", noun);
    }

    /** @return the actual events, numbered, for an IDE's diff view */
    public String actualText() {
        return format.numbered(actual, "", noun);
    }
}
