package dev.eventtestkit.examples.shipping;

import dev.eventtestkit.event.EventType;

/**
 * The shipping provider took the parcel; published to {@value ShippingService#TOPIC}.
 *
 * @param orderId the order
 * @param trackingId the provider's tracking id
 */
@EventType(name = "ShipmentDispatched", version = 1)
public record ShipmentDispatched(String orderId, String trackingId) {}
