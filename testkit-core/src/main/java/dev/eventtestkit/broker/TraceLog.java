package dev.eventtestkit.broker;

import dev.eventtestkit.time.VirtualClock;
import java.math.BigDecimal;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The broker's running trace: appends entries with the clock's time and the current delivery step. */
final class TraceLog {

    private final VirtualClock clock;
    private final TraceRows rows = new TraceRows();
    private int step;

    TraceLog(VirtualClock clock) {
        this.clock = clock;
    }

    void enterStep(int number) {
        step = number;
    }

    void leaveStep() {
        step = 0;
    }

    /** The message's timestamp is the clock's instant: nothing moves the clock during a publish. */
    void publish(Message message) {
        rows.add(message.timestamp(), step, TraceKind.PUBLISH, null, message, null, 0, null);
    }

    void record(TraceKind kind, Delivery delivery, String detail) {
        add(kind, null, delivery, detail);
    }

    void fault(FaultKind fault, Delivery delivery, String detail) {
        add(TraceKind.FAULT, fault, delivery, "fault " + fault.label() + ": " + detail);
    }

    /** A queue event: the message as in its queue (or as sent), the consumer tag in the group column. */
    void queue(TraceKind kind, Message message, @Nullable String consumer, int attempt, String detail) {
        rows.add(clock.instant(), step, kind, null, message, consumer, attempt, detail);
    }

    void queueFault(FaultKind fault, Message message, @Nullable String consumer, int attempt, String detail) {
        rows.add(clock.instant(), step, TraceKind.FAULT, fault, message, consumer, attempt,
                "fault " + fault.label() + ": " + detail);
    }

    private void add(TraceKind kind, @Nullable FaultKind fault, Delivery delivery, String detail) {
        rows.add(clock.instant(), step, kind, fault, delivery.record.message(), delivery.cursor.group.name,
                delivery.attempt, detail);
    }

    /** A view of the rows so far: constant time, the entries are built when the trace is read. */
    Trace snapshot() {
        return new Trace(rows, rows.size());
    }

    /** @return e.g. {@code 250ms}, {@code 1s}, {@code 1.5s} */
    static String text(Duration duration) {
        if (duration.getSeconds() >= Long.MAX_VALUE / 1000) {
            return duration.getSeconds() + "s"; // beyond what milliseconds can count
        }
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + "ms";
        }
        return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + "s";
    }

    /** @return {@code SimpleName: message}, or the simple name alone when there is no message */
    static String describe(Throwable failure) {
        String message = failure.getMessage();
        String name = failure.getClass().getSimpleName();
        return message == null ? name : name + ": " + message;
    }
}
