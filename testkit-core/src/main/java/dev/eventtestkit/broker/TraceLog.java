package dev.eventtestkit.broker;

import dev.eventtestkit.time.VirtualClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The broker's running trace: appends entries with the clock's time and the current delivery step. */
final class TraceLog {

    private final VirtualClock clock;
    private final List<TraceEntry> entries = new ArrayList<>();
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

    void publish(Message message) {
        entries.add(new TraceEntry(
                clock.instant(),
                step,
                TraceKind.PUBLISH,
                null,
                message.topic(),
                message.partition(),
                message.offset(),
                null,
                0,
                "publish " + message.type() + " v" + message.version() + " key=" + message.key()));
    }

    void record(TraceKind kind, Delivery delivery, String detail) {
        add(kind, null, delivery, detail);
    }

    void fault(FaultKind fault, Delivery delivery, String detail) {
        add(TraceKind.FAULT, fault, delivery, "fault " + fault.label() + ": " + detail);
    }

    private void add(TraceKind kind, @Nullable FaultKind fault, Delivery delivery, String detail) {
        Message message = delivery.record.message();
        entries.add(new TraceEntry(
                clock.instant(),
                step,
                kind,
                fault,
                message.topic(),
                message.partition(),
                message.offset(),
                delivery.cursor.group.name,
                delivery.attempt,
                detail));
    }

    Trace snapshot() {
        return new Trace(entries);
    }

    /** @return e.g. {@code 250ms}, {@code 1s}, {@code 1.5s} */
    static String text(Duration duration) {
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
