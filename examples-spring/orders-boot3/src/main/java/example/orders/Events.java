package example.orders;

/** The events of the order service, as records its JSON serializer writes. */
public final class Events {

    private Events() {}

    public record OrderCreated(String orderId, int amount) {}

    public record PaymentRequested(String orderId, int amount) {}

    public record PaymentProcessed(String orderId, String paymentId) {}

    public record OrderCancelled(String orderId, String reason) {}
}
