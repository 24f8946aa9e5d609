package dev.eventtestkit.examples.orders.process;

import org.jspecify.annotations.Nullable;

/**
 * Where the order saga stands for one order, and what the order holds once it is known.
 *
 * @param step the step
 * @param line the order's line, read from the order store when the order was created; null before
 */
public record OrderSagaState(ProcessStep step, @Nullable OrderLine line) {

    /** An order the saga has not heard of. */
    public static final OrderSagaState UNKNOWN = new OrderSagaState(ProcessStep.UNKNOWN, null);

    /**
     * @param next the step to move to
     * @return this state at that step
     */
    OrderSagaState at(ProcessStep next) {
        return new OrderSagaState(next, line);
    }

    /** @return the line, which every step after the order's creation has */
    OrderLine knownLine() {
        OrderLine known = line;
        if (known == null) {
            throw new IllegalStateException("the saga is at " + step + " without the order's line");
        }
        return known;
    }
}
