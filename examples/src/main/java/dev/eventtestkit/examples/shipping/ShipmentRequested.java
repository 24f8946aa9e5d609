package dev.eventtestkit.examples.shipping;

import dev.eventtestkit.event.EventType;

/**
 * The order process asks for a paid order to be shipped; published to {@value ShippingService#TOPIC}.
 *
 * @param orderId the order
 * @param address where to deliver it
 */
@EventType(name = "ShipmentRequested", version = 1)
public record ShipmentRequested(String orderId, String address) {}
