package dev.eventtestkit.examples.payments;

import java.util.Optional;

/**
 * The processed-id store that makes the payments service idempotent: it remembers, per order, what was done,
 * so that a redelivered request charges nothing. Production keeps it in the service's database.
 */
public interface ProcessedPayments {

    /**
     * @param orderId the order
     * @return what was done for it, or empty when nothing was
     */
    Optional<PaymentRecord> find(String orderId);

    /**
     * Stores the record of an order, replacing any earlier one.
     *
     * @param record what was done
     */
    void save(PaymentRecord record);
}
