package dev.eventtestkit.examples.payments;

import dev.eventtestkit.event.EventType;

/**
 * A cancelled order's payment was given back; published to {@value PaymentService#EVENTS}.
 *
 * @param orderId the order
 * @param paymentId the payment refunded
 * @param amount the amount refunded, in minor units
 */
@EventType(name = "RefundIssued", version = 1)
public record RefundIssued(String orderId, String paymentId, long amount) {}
