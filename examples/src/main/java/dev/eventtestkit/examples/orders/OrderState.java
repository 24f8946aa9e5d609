package dev.eventtestkit.examples.orders;

/**
 * An order as its events left it.
 *
 * @param orderId the order, empty before it exists
 * @param status where it stands
 * @param amount the amount to pay
 */
public record OrderState(String orderId, Status status, long amount) {

    /** The state before the first event. */
    public static final OrderState NONE = new OrderState("", Status.NONE, 0);

    /** Where an order stands. */
    public enum Status { NONE, CREATED, PAID, SHIPPED, CANCELLED }

    OrderState with(Status next) {
        return new OrderState(orderId, next, amount);
    }
}
