package example.orders;

/** The topics the order service reads and writes. */
public final class Topics {

    public static final String ORDERS = "orders";
    public static final String PAYMENTS = "payments";
    public static final String PAYMENT_RESULTS = "payment-results";
    public static final String CANCELLATIONS = "order-cancellations";

    private Topics() {}
}
