package dev.eventtestkit.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Compares an expected event sequence with an actual one and renders the difference: both sequences one
 * event per line, the first differing position marked with {@code >}, and for two events of the same type
 * at that position the fields that differ.
 *
 * <pre>{@code
 * EventSequenceDiff diff = EventSequenceDiff.compare(expected, actual, format);
 * if (!diff.matches()) {
 *     throw new AssertionFailedError(diff.message(List.of("when ShipOrder{orderId=\"o-1\"}")),
 *             diff.expectedText(), diff.actualText());
 * }
 * }</pre>
 *
 * The message reads:
 *
 * <pre>
 * Expected events differ at position 2 (of 2 expected, 2 actual):
 *   when ShipOrder{orderId="o-1"}
 *   expected:
 *     1. OrderCreated{orderId="o-1", amount=100}
 *   &gt; 2. OrderShipped{orderId="o-1"}
 *   actual:
 *     1. OrderCreated{orderId="o-1", amount=100}
 *   &gt; 2. OrderCancelled{orderId="o-1", reason="late"}
 * </pre>
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class EventSequenceDiff {

    private final List<?> expected;
    private final List<?> actual;
    private final EventFormat format;
    private final int position;
    private final String noun;

    private EventSequenceDiff(List<?> expected, List<?> actual, EventFormat format, int position, String noun) {
        this.expected = expected;
        this.actual = actual;
        this.format = format;
        this.position = position;
        this.noun = noun;
    }

    /**
     * @param expected the expected events, in order
     * @param actual the actual events, in order
     * @param format how to compare and show them
     * @return the comparison
     */
    public static EventSequenceDiff compare(List<?> expected, List<?> actual, EventFormat format) {
        return compare(expected, actual, format, "events");
    }

    /**
     * @param expected the expected items, in order
     * @param actual the actual items, in order
     * @param format how to compare and show them
     * @param noun what they are, plural and ending in s, for the message: {@code events}, {@code commands}
     * @return the comparison
     */
    public static EventSequenceDiff compare(List<?> expected, List<?> actual, EventFormat format, String noun) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(noun, "noun");
        int common = Math.min(expected.size(), actual.size());
        int index = 0;
        while (index < common && format.matches(expected.get(index), actual.get(index))) {
            index++;
        }
        boolean same = index == common && expected.size() == actual.size();
        return new EventSequenceDiff(
                Collections.unmodifiableList(new ArrayList<>(expected)),
                Collections.unmodifiableList(new ArrayList<>(actual)),
                format,
                same ? 0 : index + 1,
                noun);
    }

    /** @return whether the sequences match, event by event */
    public boolean matches() {
        return position == 0;
    }

    /** @return the first position (from 1) at which the sequences differ; 0 when they match */
    public int position() {
        return position;
    }

    /** @return the expected events, numbered, one per line, for an IDE's diff view */
    public String expectedText() {
        return format.numbered(expected, "", noun);
    }

    /** @return the actual events, numbered, one per line, for an IDE's diff view */
    public String actualText() {
        return format.numbered(actual, "", noun);
    }

    /**
     * @param context lines that say what produced the actual events, shown under the headline
     * @return the whole failure message; meaningful only when the sequences differ
     */
    public String message(List<String> context) {
        StringBuilder out = new StringBuilder()
                .append("Expected ").append(noun).append(" differ at position ").append(position)
                .append(" (of ").append(expected.size()).append(" expected, ")
                .append(actual.size()).append(" actual):");
        for (String line : context) {
            out.append("\n  ").append(line);
        }
        out.append("\n  expected:");
        appendMarked(out, expected);
        out.append("\n  actual:");
        appendMarked(out, actual);
        if (position <= expected.size() && position <= actual.size()) {
            appendFieldDifferences(out, expected.get(position - 1), actual.get(position - 1));
        }
        return out.toString();
    }

    private void appendMarked(StringBuilder out, List<?> events) {
        for (int i = 0; i < events.size(); i++) {
            out.append(i + 1 == position ? "\n  > " : "\n    ")
                    .append(i + 1).append(". ").append(format.render(events.get(i)));
        }
        if (position > events.size()) {
            out.append("\n  > ").append(position).append(". (no ").append(singular()).append(')');
        }
    }

    private String singular() {
        return noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
    }

    private void appendFieldDifferences(StringBuilder out, Object expectedEvent, Object actualEvent) {
        if (expectedEvent instanceof Expectation expectation && actualEvent != null) {
            for (String line : expectation.mismatches(actualEvent, format)) {
                out.append("\n  ").append(line);
            }
            return;
        }
        if (expectedEvent == null || actualEvent == null || expectedEvent.getClass() != actualEvent.getClass()) {
            return;
        }
        List<FieldDifference> differences = format.differences(expectedEvent, actualEvent);
        for (FieldDifference difference : differences) {
            out.append("\n  ").append(difference);
        }
        if (differences.isEmpty()) {
            out.append(EventFormat.definesEquals(expectedEvent.getClass())
                    ? "\n  (their JSON forms are equal, but equals() tells them apart)"
                    : "\n  (the codec sees no field of " + expectedEvent.getClass().getName()
                            + " and it does not define equals(): give it getters or equals())");
        }
    }
}
