package dev.eventtestkit.examples.features;

import dev.eventtestkit.examples.payments.Charge;
import dev.eventtestkit.examples.payments.PaymentGateway;
import java.util.HashSet;
import java.util.Set;

/**
 * The payment provider the features run against. It approves every charge as {@code pay-<orderId>}, except
 * for three orders named after what goes wrong with them, so a scenario says which case it is in its data.
 */
final class FeaturePaymentGateway implements PaymentGateway {

    /** Declined with {@code insufficient funds}. */
    static final String DECLINED = "o-declined";

    /** The provider cannot be reached for this order, however often it is tried. */
    static final String UNREACHABLE = "o-unreachable";

    /** The provider cannot be reached at the first charge of this order; the next one is approved. */
    static final String UNREACHABLE_ONCE = "o-retried";

    private final Set<String> tried = new HashSet<>();

    @Override
    public Charge charge(String orderId, long amount) {
        boolean firstTry = tried.add(orderId);
        if (UNREACHABLE.equals(orderId) || (UNREACHABLE_ONCE.equals(orderId) && firstTry)) {
            throw new IllegalStateException("payment gateway unreachable while charging " + orderId);
        }
        return DECLINED.equals(orderId) ? Charge.declined("insufficient funds") : Charge.approved("pay-" + orderId);
    }

    @Override
    public void refund(String paymentId, long amount) {
        // Refunds publish RefundIssued from the service; the provider's side of them has nothing to check here.
    }
}
