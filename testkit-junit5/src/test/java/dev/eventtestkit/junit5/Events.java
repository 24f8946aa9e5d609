package dev.eventtestkit.junit5;

import dev.eventtestkit.event.EventType;

/** The events the scenarios publish; their contracts are in src/test/resources/contracts/shop. */
final class Events {

    private Events() {}

    @EventType(name = "OrderPlaced", version = 1)
    record OrderPlaced(String orderId, long amount) {}

    @EventType(name = "OrderPlaced", version = 2)
    record OrderPlacedV2(String orderId, long amount, String currency) {}

    @EventType(name = "PaymentCharged", version = 1)
    record PaymentCharged(String orderId, long amount) {}

    static final String SHOP = "src/test/resources/contracts/shop";
}
