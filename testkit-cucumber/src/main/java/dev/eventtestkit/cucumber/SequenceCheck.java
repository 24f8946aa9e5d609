package dev.eventtestkit.cucumber;

import dev.eventtestkit.report.JsonSubset;
import dev.eventtestkit.report.Plural;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.opentest4j.AssertionFailedError;

/**
 * Compares the events a step expects (partial JSON, in order) with the actual ones, and words the failure:
 * both sequences, then one line per difference naming the event and the JSON pointer.
 */
final class SequenceCheck {

    private SequenceCheck() {}

    /**
     * @param expected the rows of the step
     * @param actual the events that happened, in order
     * @param expectation the headline's start, e.g. {@code Expected these events recorded by the order "o-1"}
     * @param holder how the actual side is introduced, e.g. {@code but it recorded}
     * @param footer appended after the differences (e.g. the broker seed); empty for none
     * @throws AssertionFailedError when a type, key or listed field differs, or the counts differ
     */
    static void assertMatches(List<EventRow> expected, List<ActualEvent> actual, String expectation, String holder,
            String footer) {
        boolean withKey = expected.stream().anyMatch(row -> row.key() != null);
        List<String> differences = differences(expected, actual, withKey);
        if (differences.isEmpty()) {
            return;
        }
        String expectedText = expectedLines(expected, withKey);
        String actualText = actualLines(actual, withKey);
        String message = expectation + ", in order (fields not listed are ignored):\n" + indent(expectedText)
                + "\n" + holder + " " + count(actual.size()) + ":\n" + indent(actualText)
                + "\ndifferences:\n" + indent(String.join("\n", differences)) + footer;
        throw new AssertionFailedError(message, expectedText, actualText);
    }

    private static List<String> differences(List<EventRow> expected, List<ActualEvent> actual, boolean withKey) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String event = "event " + (i + 1);
            if (i >= actual.size()) {
                found.add(event + ": expected " + expected.get(i).type() + " but there is none");
                continue;
            }
            ActualEvent happened = actual.get(i);
            if (i >= expected.size()) {
                found.add(event + ": unexpected " + happened.type());
                continue;
            }
            EventRow row = expected.get(i);
            if (!row.type().equals(happened.type())) {
                found.add(event + ": expected " + row.type() + " but was " + happened.type());
                continue;
            }
            if (withKey && !happened.sameKey(row.key())) {
                found.add(event + " " + row.type() + " key: expected " + row.key() + " but was " + happened.key());
            }
            for (JsonSubset.Mismatch mismatch : JsonSubset.compare(row.data(), happened.data())) {
                found.add(event + " " + row.type() + " " + mismatch);
            }
        }
        return found;
    }

    static String expectedLines(List<EventRow> rows, boolean withKey) {
        if (rows.isEmpty()) {
            return "(no events)";
        }
        StringJoiner lines = new StringJoiner("\n");
        for (int i = 0; i < rows.size(); i++) {
            EventRow row = rows.get(i);
            lines.add((i + 1) + ". " + row.type() + (withKey ? " key=" + row.key() : "") + " " + row.data());
        }
        return lines.toString();
    }

    static String actualLines(List<ActualEvent> events, boolean withKey) {
        if (events.isEmpty()) {
            return "(no events)";
        }
        StringJoiner lines = new StringJoiner("\n");
        for (int i = 0; i < events.size(); i++) {
            lines.add((i + 1) + ". " + events.get(i).render(withKey));
        }
        return lines.toString();
    }

    static String indent(String lines) {
        return "  " + lines.replace("\n", "\n  ");
    }

    static String count(int events) {
        return Plural.of(events, "event");
    }
}
