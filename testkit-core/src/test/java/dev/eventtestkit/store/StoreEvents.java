package dev.eventtestkit.store;

import dev.eventtestkit.event.EventType;

/** The events the store tests append. */
final class StoreEvents {

    private StoreEvents() {}

    record OrderPlaced(String orderId, long amount) {}

    record OrderPaid(String orderId) {}

    @EventType(name = "OrderCreated", version = 1)
    record OrderCreatedV1(String orderId, long amount) {}

    @EventType(name = "OrderCreated", version = 2)
    record OrderCreatedV2(String orderId, long amount, String currency) {}
}
