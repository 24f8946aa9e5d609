package dev.eventtestkit.examples.payments;

/** What the {@link PaymentGateway} answered to a charge: approved with a payment id, or declined. */
public sealed interface Charge permits Charge.Approved, Charge.Declined {

    /**
     * @param paymentId the provider's id of the payment
     * @return an approval
     */
    static Charge approved(String paymentId) {
        return new Approved(paymentId);
    }

    /**
     * @param reason the provider's reason
     * @return a decline
     */
    static Charge declined(String reason) {
        return new Declined(reason);
    }

    /** @param paymentId the provider's id of the payment */
    record Approved(String paymentId) implements Charge {}

    /** @param reason the provider's reason, e.g. {@code insufficient funds} */
    record Declined(String reason) implements Charge {}
}
