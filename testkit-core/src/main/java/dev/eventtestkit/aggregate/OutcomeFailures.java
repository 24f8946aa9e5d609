package dev.eventtestkit.aggregate;

import dev.eventtestkit.report.EventFormat;
import java.util.List;
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

    /** The user's own state assertions failed: the scenario's context above their message. */
    static AssertionFailedError stateAssertionFailed(
            EventFormat format, Trigger trigger, String state, AssertionError failed) {
        String message = "The state does not satisfy the assertions of thenState:"
                + "\n  " + trigger.line(format)
                + "\n  state: " + state
                + "\n  " + String.valueOf(failed.getMessage()).strip().replace("\n", "\n  ");
        if (failed instanceof AssertionFailedError carried && carried.isExpectedDefined()
                && carried.isActualDefined()) {
            return new AssertionFailedError(
                    message, carried.getExpected().getValue(), carried.getActual().getValue(), failed);
        }
        return new AssertionFailedError(message, failed);
    }

    private static String count(int events) {
        return events == 0 ? "no events" : events == 1 ? "1 event" : events + " events";
    }
}
