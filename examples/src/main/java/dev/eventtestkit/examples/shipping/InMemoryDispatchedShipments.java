package dev.eventtestkit.examples.shipping;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link DispatchedShipments} in a map; safe to use from consumer threads. */
public final class InMemoryDispatchedShipments implements DispatchedShipments {

    private final Map<String, String> trackingIds = new ConcurrentHashMap<>();

    @Override
    public Optional<String> trackingId(String orderId) {
        return Optional.ofNullable(trackingIds.get(orderId));
    }

    @Override
    public void save(String orderId, String trackingId) {
        trackingIds.put(orderId, trackingId);
    }
}
