package dev.eventtestkit.cucumber.shop;

/** What the order is asked to do. */
public sealed interface OrderCommand {

    record PlaceOrder(String orderId, long amount) implements OrderCommand {}

    record PayOrder(String orderId) implements OrderCommand {}

    record ShipOrder(String orderId) implements OrderCommand {}

    record CancelOrder(String orderId, String reason) implements OrderCommand {}
}
