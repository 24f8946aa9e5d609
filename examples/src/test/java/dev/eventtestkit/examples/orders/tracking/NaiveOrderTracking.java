package dev.eventtestkit.examples.orders.tracking;

import dev.eventtestkit.examples.orders.OrderEvent.OrderCreated;
import dev.eventtestkit.examples.orders.OrderEvent.PaymentProcessed;
import dev.eventtestkit.examples.shipping.ShipmentDispatched;
import java.util.Map;
import java.util.TreeMap;

/**
 * DELIBERATELY BROKEN: the tracking read model as it is often first written. It assumes an order's creation
 * comes before its shipment, but they are events of two streams: a dispatch that arrives first finds no order
 * and is dropped. The tests use it to show the projection fixture catching that.
 */
final class NaiveOrderTracking {

    final Map<String, String> status = new TreeMap<>();

    void on(Object event) {
        if (event instanceof OrderCreated created) {
            status.put(created.orderId(), "CREATED");
        } else if (event instanceof PaymentProcessed paid) {
            status.replace(paid.orderId(), "PAID");
        } else if (event instanceof ShipmentDispatched dispatched) {
            status.replace(dispatched.orderId(), "DISPATCHED");   // nothing to replace when it comes first
        }
    }
}
