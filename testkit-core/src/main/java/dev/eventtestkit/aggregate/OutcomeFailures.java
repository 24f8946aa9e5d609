package dev.eventtestkit.aggregate;

import dev.eventtestkit.event.EventWithMetadata;
import dev.eventtestkit.report.EventFormat;
import dev.eventtestkit.report.FieldDifference;
import dev.eventtestkit.report.Plural;
import java.util.List;
import java.util.Map;
import org.opentest4j.AssertionFailedError;

/** The failure messages of {@link Outcome}: a headline, then indented details, one per line. */
final class OutcomeFailures {

    private OutcomeFailures() {
    }

    static AssertionFailedError rejectedInsteadOfEvents(
            EventFormat format, Trigger trigger, List<?> expected, List<?> producedBefore, Rejection rejected) {
        StringBuilder message = new StringBuilder("Expected ").append(count(expected.size()))
                .append(", but ").append(trigger.subject()).append(" was rejected:");
        appendRejection(message, format, trigger, rejected);
        if (!producedBefore.isEmpty()) {
            message.append("\n  produced before the rejection:\n").append(format.numbered(producedBefore, "    "));
        }
        if (!expected.isEmpty()) {
            message.append("\n  expected:\n").append(format.numbered(expected, "    "));
        }
        return new AssertionFailedError(
                message.toString(), format.numbered(expected, ""), rejected.describe(), rejected.cause());
    }

    static AssertionFailedError acceptedInsteadOfRejected(
            EventFormat format, Trigger trigger, Class<?> type, MessageMatch match, List<?> events) {
        String expectation = type.getName() + match.describe();
        String message = "Expected " + trigger.subject() + " to be rejected with " + expectation
                + (trigger.timePasses() ? ", but none was:" : ", but it was accepted:")
                + "\n  " + trigger.line(format)
                + "\n  actual:\n" + format.numbered(events, "    ");
        return new AssertionFailedError(message, expectation, format.numbered(events, ""));
    }

    static AssertionFailedError rejectedOtherwise(EventFormat format, Trigger trigger, Class<?> type,
            MessageMatch match, Rejection rejected, String difference) {
        String expectation = type.getName() + match.describe();
        StringBuilder message = new StringBuilder("Expected ").append(trigger.subject())
                .append(" to be rejected with ").append(expectation).append(", but ").append(difference).append(':');
        appendRejection(message, format, trigger, rejected);
        return new AssertionFailedError(message.toString(), expectation, rejected.describe(), rejected.cause());
    }

    static AssertionFailedError rejectedBeforeState(EventFormat format, Trigger trigger, Rejection rejected) {
        StringBuilder message = new StringBuilder("Expected no rejection before checking the state, but ")
                .append(trigger.subject()).append(" was rejected:");
        appendRejection(message, format, trigger, rejected);
        return new AssertionFailedError(message.toString(), "no rejection", rejected.describe(), rejected.cause());
    }

    private static void appendRejection(
            StringBuilder message, EventFormat format, Trigger trigger, Rejection rejected) {
        message.append("\n  ").append(trigger.line(format));
        if (rejected.byDeadline()) {
            message.append("\n  deadline command ").append(format.render(rejected.command()));
        }
        message.append("\n  rejected with ").append(rejected.describe());
    }

    /** The user's own assertions failed: the scenario's context above their message. */
    static AssertionFailedError assertionsFailed(
            String headline, EventFormat format, Trigger trigger, String subject, AssertionError failed) {
        String message = headline
                + "\n  " + trigger.line(format)
                + "\n  " + subject
                + "\n  " + String.valueOf(failed.getMessage()).strip().replace("\n", "\n  ");
        if (failed instanceof AssertionFailedError carried && carried.isExpectedDefined()
                && carried.isActualDefined()) {
            return new AssertionFailedError(
                    message, carried.getExpected().getValue(), carried.getActual().getValue(), failed);
        }
        return new AssertionFailedError(message, failed);
    }

    static AssertionFailedError rejectedInsteadOfResult(
            EventFormat format, Trigger trigger, String expectation, Rejection rejected) {
        StringBuilder message = new StringBuilder("Expected ").append(expectation).append(", but ")
                .append(trigger.subject()).append(" was rejected:");
        appendRejection(message, format, trigger, rejected);
        return new AssertionFailedError(message.toString(), expectation, rejected.describe(), rejected.cause());
    }

    static AssertionFailedError noResult(EventFormat format, Trigger trigger, String expectation) {
        String message = "Expected " + expectation + ", but "
                + (trigger.timePasses() ? "time passed: only a command returns a result" : "the command returned none")
                + ":\n  " + trigger.line(format)
                + (trigger.timePasses() ? "" : "\n  (return a Decision with withResult(...) to give one)");
        return new AssertionFailedError(message, expectation, "no result");
    }

    static AssertionFailedError otherResult(EventFormat format, Trigger trigger, Object expected, Object actual) {
        String wanted = format.renderValue(expected);
        String got = format.renderValue(actual);
        String message = "Expected the result " + wanted + ", but it was " + got + ":\n  " + trigger.line(format);
        if (expected.getClass() != actual.getClass()) {
            message += "\n  (a " + expected.getClass().getName() + " was expected, the result is a "
                    + actual.getClass().getName() + ")";
        } else {
            for (FieldDifference difference : format.differences(expected, actual)) {
                message += "\n  " + difference;
            }
        }
        return new AssertionFailedError(message, expected, actual);
    }

    static AssertionFailedError resultOfOtherType(EventFormat format, Trigger trigger, Class<?> type, Object actual) {
        String message = "Expected a result of type " + type.getName() + ", but it was a "
                + actual.getClass().getName() + ", " + format.renderValue(actual) + ":\n  " + trigger.line(format);
        return new AssertionFailedError(message, type.getName(), actual.getClass().getName());
    }

    static AssertionFailedError metadataMissing(
            EventFormat format, Trigger trigger, Map<String, String> wanted, List<?> messages, int position) {
        String expectation = "every event to carry the metadata" + EventFormat.metadata(wanted);
        if (messages.isEmpty()) {
            return new AssertionFailedError("Expected " + expectation + ", but no event was produced:\n  "
                    + trigger.line(format), EventFormat.metadata(wanted).strip(), "(no events)");
        }
        StringBuilder message = new StringBuilder("Expected ").append(expectation).append(", but event ")
                .append(position + 1).append(" does not:\n  ").append(trigger.line(format)).append("\n  events:");
        for (int i = 0; i < messages.size(); i++) {
            message.append(i == position ? "\n  > " : "\n    ").append(i + 1).append(". ")
                    .append(format.render(messages.get(i)));
        }
        EventWithMetadata<?> missing = (EventWithMetadata<?>) messages.get(position);
        for (FieldDifference difference
                : format.differences(EventWithMetadata.of(missing.event(), wanted), missing)) {
            message.append("\n  ").append(difference);
        }
        return new AssertionFailedError(message.toString(), EventFormat.metadata(wanted).strip(),
                EventFormat.metadata(missing.metadata()).strip());
    }

    private static String count(int events) {
        return Plural.orNo(events, "event");
    }
}
