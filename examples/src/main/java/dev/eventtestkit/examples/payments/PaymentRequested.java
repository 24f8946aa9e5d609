package dev.eventtestkit.examples.payments;

import dev.eventtestkit.event.EventType;

/**
 * The order process asks for an order's money; published to {@value PaymentService#REQUESTS}.
 *
 * @param orderId the order
 * @param amount the amount to charge, in minor units
 */
@EventType(name = "PaymentRequested", version = 1)
public record PaymentRequested(String orderId, long amount) {}
