package dev.eventtestkit.examples.orders.process;

/** Where the order process stands for one order. */
public enum ProcessStep {
    /** Never heard of the order. */
    UNKNOWN,
    /** Stock reserved and payment requested; the payment deadline runs. */
    AWAITING_PAYMENT,
    /** Paid; the shipment is requested. */
    AWAITING_SHIPMENT,
    /** The provider dispatched the parcel; {@code OrderShipped} is published. */
    SHIPPED,
    /** Cancelled (payment late or failed); the stock is released. */
    CANCELLED
}
