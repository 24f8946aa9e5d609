package dev.eventtestkit.examples.inventory;

import dev.eventtestkit.event.EventType;

/** What happened to a product's stock. */
public sealed interface StockEvent
        permits StockEvent.StockReceived, StockEvent.StockReserved, StockEvent.StockReleased, StockEvent.OutOfStock {

    /** @return the product */
    String productId();

    /**
     * Units arrived at the warehouse; an input event from purchasing.
     *
     * @param productId the product
     * @param quantity how many units
     */
    @EventType(name = "StockReceived", version = 1)
    record StockReceived(String productId, int quantity) implements StockEvent {}

    /**
     * @param orderId the order holding the units
     * @param productId the product
     * @param quantity how many units
     */
    @EventType(name = "StockReserved", version = 1)
    record StockReserved(String orderId, String productId, int quantity) implements StockEvent {}

    /**
     * @param orderId the order that held the units
     * @param productId the product
     * @param quantity how many units came back
     */
    @EventType(name = "StockReleased", version = 1)
    record StockReleased(String orderId, String productId, int quantity) implements StockEvent {}

    /**
     * An order asked for more than is available; nothing was reserved.
     *
     * @param orderId the order
     * @param productId the product
     */
    @EventType(name = "OutOfStock", version = 1)
    record OutOfStock(String orderId, String productId) implements StockEvent {}
}
