package dev.eventtestkit.examples.orders;

import dev.eventtestkit.event.EventType;

/** What happened to an order; each type is a versioned contract subject. */
public sealed interface OrderEvent
        permits OrderEvent.OrderCreated, OrderEvent.PaymentProcessed, OrderEvent.OrderShipped,
                OrderEvent.OrderCancelled {

    /** @return the order the event is about */
    String orderId();

    /**
     * @param orderId the order
     * @param amount the amount to pay
     */
    @EventType(name = "OrderCreated", version = 1)
    record OrderCreated(String orderId, long amount) implements OrderEvent {}

    /**
     * The payment service took the money; an input event from the payments context.
     *
     * @param orderId the order
     * @param paymentId the payment service's id
     */
    @EventType(name = "PaymentProcessed", version = 1)
    record PaymentProcessed(String orderId, String paymentId) implements OrderEvent {}

    /** @param orderId the order */
    @EventType(name = "OrderShipped", version = 1)
    record OrderShipped(String orderId) implements OrderEvent {}

    /**
     * @param orderId the order
     * @param reason why it was cancelled
     */
    @EventType(name = "OrderCancelled", version = 1)
    record OrderCancelled(String orderId, String reason) implements OrderEvent {}
}
