package dev.eventtestkit.examples.payments;

import org.jspecify.annotations.Nullable;

/**
 * What the payments service did for an order; one per order in {@link ProcessedPayments}.
 *
 * @param orderId the order
 * @param status where its payment stands
 * @param paymentId the provider's payment id; null unless the order was charged
 * @param amount the amount charged, 0 unless the order was charged
 */
public record PaymentRecord(String orderId, Status status, @Nullable String paymentId, long amount) {

    /** Where an order's payment stands. */
    public enum Status {
        /** Charged; a cancellation refunds it. */
        CHARGED,
        /** Declined, or requested after the order was cancelled: nothing was charged. */
        FAILED,
        /** Charged, then given back because the order was cancelled. */
        REFUNDED,
        /** Cancelled before any payment was requested: a late request fails. */
        CANCELLED_UNPAID
    }

    /**
     * @param orderId the order
     * @param paymentId the provider's payment id
     * @param amount the amount charged
     * @return the record of a charged order
     */
    public static PaymentRecord charged(String orderId, String paymentId, long amount) {
        return new PaymentRecord(orderId, Status.CHARGED, paymentId, amount);
    }

    /** @return this record with another status, payment id and amount kept */
    PaymentRecord with(Status next) {
        return new PaymentRecord(orderId, next, paymentId, amount);
    }
}
