package dev.eventtestkit.examples.payments;

/**
 * The payment provider: takes and gives back money. Production talks to a card processor; tests use a fake
 * that counts charges.
 */
public interface PaymentGateway {

    /**
     * Charges an order.
     *
     * @param orderId the order, for the provider's records
     * @param amount the amount in minor units, positive
     * @return the approval with the provider's payment id, or the decline with its reason
     * @throws RuntimeException when the provider cannot be reached; the broker redelivers the request then
     */
    Charge charge(String orderId, long amount);

    /**
     * Gives back a payment.
     *
     * @param paymentId the provider's id of the payment
     * @param amount the amount in minor units
     * @throws RuntimeException when the provider cannot be reached
     */
    void refund(String paymentId, long amount);
}
