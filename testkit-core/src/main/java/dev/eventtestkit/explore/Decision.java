package dev.eventtestkit.explore;

import dev.eventtestkit.broker.FaultKind;
import org.jspecify.annotations.Nullable;

/**
 * One thing a schedule did that the default order would not, named by what it is about rather than by when
 * it was asked, so that removing one decision keeps every other exactly where it was: a fault on one
 * delivery, a delay of one delivery, or one delivery taken ahead of the oldest ready one.
 *
 * @param kind what kind of choice point
 * @param fault the fault, for a fault decision
 * @param what the delivery struck, held, or taken ahead
 * @param instead for a departure, the oldest ready delivery it went ahead of
 * @param value 1 for a fault or a departure, the delay in milliseconds
 */
record Decision(Choice.Kind kind, @Nullable FaultKind fault, String what, @Nullable String instead, int value) {

    static Decision fault(FaultKind fault, String delivery) {
        return new Decision(Choice.Kind.FAULT, fault, delivery, null, 1);
    }

    static Decision delay(String delivery, int millis) {
        return new Decision(Choice.Kind.DELAY, FaultKind.DELAY, delivery, null, millis);
    }

    static Decision departure(String taken, String oldest) {
        return new Decision(Choice.Kind.DELIVERY, null, taken, oldest, 1);
    }

    boolean isFault() {
        return kind != Choice.Kind.DELIVERY;
    }

    /** @return e.g. {@code fault duplicate: orders[0]@1 to billing, attempt 1} */
    @Override
    public String toString() {
        switch (kind) {
            case FAULT:
                return "fault " + java.util.Objects.requireNonNull(fault).label() + ": " + what;
            case DELAY:
                return "fault delay of " + value + " ms: " + what;
            default:
                return "departure: " + what + " before " + instead;
        }
    }
}
