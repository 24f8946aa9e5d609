package dev.eventtestkit.examples.payments;

import dev.eventtestkit.event.EventType;

/**
 * The order's money could not be taken; published to {@value PaymentService#EVENTS}.
 *
 * @param orderId the order
 * @param reason why, e.g. the gateway's decline reason
 */
@EventType(name = "PaymentFailed", version = 1)
public record PaymentFailed(String orderId, String reason) {}
