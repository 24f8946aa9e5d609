package dev.eventtestkit.aggregate.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.eventtestkit.aggregate.Deadline;
import dev.eventtestkit.report.DurationText;
import dev.eventtestkit.report.EventFormat;
import dev.eventtestkit.report.FieldDifference;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;

/**
 * The failures of deadline expectations, for the aggregate and the process fixture alike: the expected
 * deadline, what the step did, and the deadlines it scheduled (or cancelled), one per line.
 */
@API(status = INTERNAL)
public final class DeadlineFailures {

    private DeadlineFailures() {
    }

    /**
     * @param format renders the command
     * @param delay the delay a test expects
     * @param command the deadline command (or message) it expects
     * @throws IllegalArgumentException when the delay is negative, quoting the assertion
     */
    public static void refuseNegative(EventFormat format, Duration delay, Object command) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a deadline is due zero or more after its event, not " + delay
                    + ": thenScheduledDeadline(" + delay + ", " + format.render(command) + ")");
        }
    }

    /**
     * @param deadlines what a step scheduled that is still pending
     * @param delay the expected delay after the scheduling event
     * @param command the expected deadline command (or message), by {@code equals}
     * @return whether one of them is it
     */
    public static boolean contains(List<? extends Deadline<?>> deadlines, Duration delay, Object command) {
        for (Deadline<?> deadline : deadlines) {
            if (deadline.delay().equals(delay) && Objects.equals(deadline.command(), command)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param format renders the commands
     * @param context what the step did, e.g. {@code when CreateOrder{...}}
     * @param delay the expected delay
     * @param command the expected deadline command
     * @param scheduled what the step scheduled that is still pending
     * @return the failure: headline, context, the scheduled deadlines, and for the one scheduled deadline of the
     *     expected command's class, its differing fields
     */
    public static AssertionFailedError notScheduled(EventFormat format, List<String> context, Duration delay,
            Object command, List<? extends Deadline<?>> scheduled) {
        String expected = line(format, delay, command);
        StringBuilder message = new StringBuilder("Expected the deadline ").append(expected)
                .append(", but it is not scheduled:");
        for (String line : context) {
            message.append("\n  ").append(line);
        }
        message.append("\n  scheduled:").append(listing(format, scheduled));
        Deadline<?> sameClass = onlyOfClass(scheduled, command.getClass());
        if (sameClass != null) {
            if (!sameClass.delay().equals(delay)) {
                message.append("\n  delay: expected ").append(DurationText.of(delay)).append(" but was ")
                        .append(DurationText.of(sameClass.delay()));
            }
            for (FieldDifference difference : format.differences(command, sameClass.command())) {
                message.append("\n  ").append(difference);
            }
        }
        return new AssertionFailedError(message.toString(), expected, numbered(format, scheduled));
    }

    /**
     * @param format renders the commands
     * @param context what the step did
     * @param scheduled what the step scheduled that is still pending; not empty
     * @return the failure of {@code thenNoScheduledDeadlines}
     */
    public static AssertionFailedError scheduledUnexpectedly(
            EventFormat format, List<String> context, List<? extends Deadline<?>> scheduled) {
        StringBuilder message = new StringBuilder("Expected no deadline to be scheduled, but ")
                .append(scheduled.size() == 1 ? "1 is" : scheduled.size() + " are").append(':');
        for (String line : context) {
            message.append("\n  ").append(line);
        }
        message.append("\n  scheduled:").append(listing(format, scheduled));
        return new AssertionFailedError(message.toString(), "(no deadlines)", numbered(format, scheduled));
    }

    /**
     * @param format renders the commands
     * @param context what the step did
     * @param command the deadline command expected to be cancelled
     * @param cancelled what the step cancelled
     * @return the failure of an expected cancellation
     */
    public static AssertionFailedError notCancelled(EventFormat format, List<String> context, Object command,
            List<? extends Deadline<?>> cancelled) {
        String expected = format.render(command);
        StringBuilder message = new StringBuilder("Expected the deadline ").append(expected)
                .append(" to be cancelled, but it was not:");
        for (String line : context) {
            message.append("\n  ").append(line);
        }
        message.append("\n  cancelled:").append(listing(format, cancelled));
        return new AssertionFailedError(message.toString(), expected, numbered(format, cancelled));
    }

    /**
     * @param format renders the command
     * @param delay after the scheduling event
     * @param command the deadline command
     * @return e.g. {@code CancelOrder{orderId="o-1"} after 30 minutes}
     */
    public static String line(EventFormat format, Duration delay, Object command) {
        return format.render(command) + " after " + DurationText.of(delay);
    }

    private static String listing(EventFormat format, List<? extends Deadline<?>> deadlines) {
        if (deadlines.isEmpty()) {
            return "\n    (none)";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < deadlines.size(); i++) {
            Deadline<?> deadline = deadlines.get(i);
            out.append("\n    ").append(i + 1).append(". ").append(line(format, deadline.delay(), deadline.command()));
        }
        return out.toString();
    }

    private static String numbered(EventFormat format, List<? extends Deadline<?>> deadlines) {
        return listing(format, deadlines).replace("\n    ", "\n").strip();
    }

    private static @Nullable Deadline<?> onlyOfClass(List<? extends Deadline<?>> deadlines, Class<?> type) {
        @Nullable Deadline<?> found = null;
        for (Deadline<?> deadline : deadlines) {
            if (deadline.command().getClass() == type) {
                if (found != null) {
                    return null;
                }
                found = deadline;
            }
        }
        return found;
    }
}
