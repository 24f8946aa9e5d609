package dev.eventtestkit.cucumber.shop;

import dev.eventtestkit.event.EventType;

/** What the payment side publishes and consumes. */
public sealed interface PaymentEvent {

    @EventType(name = "PaymentRequested")
    record PaymentRequested(String orderId, long amount) implements PaymentEvent {}

    @EventType(name = "PaymentProcessed")
    record PaymentProcessed(String orderId, long amount) implements PaymentEvent {}

    @EventType(name = "ReceiptSent")
    record ReceiptSent(String orderId) implements PaymentEvent {}
}
