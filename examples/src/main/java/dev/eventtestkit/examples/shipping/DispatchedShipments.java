package dev.eventtestkit.examples.shipping;

import java.util.Optional;

/** The shipping service's record of the orders it handed to the provider, which makes it idempotent. */
public interface DispatchedShipments {

    /**
     * @param orderId the order
     * @return the tracking id it was dispatched with, or empty when it was not
     */
    Optional<String> trackingId(String orderId);

    /**
     * @param orderId the order
     * @param trackingId the provider's tracking id
     */
    void save(String orderId, String trackingId);
}
