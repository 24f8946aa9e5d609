package dev.eventtestkit.cucumber.shop;

import dev.eventtestkit.event.EventType;

/** The order's events, registered by scanning this package for {@code @EventType}. */
public sealed interface OrderEvent {

    String orderId();

    @EventType(name = "OrderPlaced")
    record OrderPlaced(String orderId, long amount) implements OrderEvent {}

    @EventType(name = "OrderPaid")
    record OrderPaid(String orderId) implements OrderEvent {}

    @EventType(name = "OrderShipped")
    record OrderShipped(String orderId) implements OrderEvent {}

    @EventType(name = "OrderCancelled")
    record OrderCancelled(String orderId, String reason) implements OrderEvent {}
}
