package dev.eventtestkit.examples.orders;

/** What an order can be asked to do. */
public sealed interface OrderCommand
        permits OrderCommand.CreateOrder, OrderCommand.RecordPayment, OrderCommand.ShipOrder, OrderCommand.CancelOrder {

    /** @return the order the command is for */
    String orderId();

    /**
     * Opens an order.
     *
     * @param orderId the order
     * @param amount the amount to pay, positive
     */
    record CreateOrder(String orderId, long amount) implements OrderCommand {}

    /**
     * Records the payment service's confirmation.
     *
     * @param orderId the order
     * @param paymentId the payment service's id
     */
    record RecordPayment(String orderId, String paymentId) implements OrderCommand {}

    /**
     * Ships a paid order.
     *
     * @param orderId the order
     */
    record ShipOrder(String orderId) implements OrderCommand {}

    /**
     * Cancels an unpaid order.
     *
     * @param orderId the order
     * @param reason why, e.g. {@code payment timeout}
     */
    record CancelOrder(String orderId, String reason) implements OrderCommand {}
}
