package dev.eventtestkit.examples.orders.process;

import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/** The process's memory of one order: its line, its step and its running payment deadline. */
final class ProcessInstance {

    private final OrderLine line;
    private ProcessStep step = ProcessStep.AWAITING_PAYMENT;
    private @Nullable Future<?> deadline;

    ProcessInstance(OrderLine line) {
        this.line = line;
    }

    OrderLine line() {
        return line;
    }

    ProcessStep step() {
        return step;
    }

    void deadline(Future<?> timer) {
        this.deadline = timer;
    }

    /** @return whether the order was at {@code expected}; only then it moves on to {@code next} */
    boolean moveFrom(ProcessStep expected, ProcessStep next) {
        if (step != expected) {
            return false;
        }
        step = next;
        return true;
    }

    void stopDeadline() {
        Future<?> timer = deadline;
        if (timer != null) {
            timer.cancel(false);
            deadline = null;
        }
    }
}
