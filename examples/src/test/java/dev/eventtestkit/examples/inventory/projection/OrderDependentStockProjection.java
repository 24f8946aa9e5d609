package dev.eventtestkit.examples.inventory.projection;

import dev.eventtestkit.broker.Message;
import dev.eventtestkit.examples.inventory.StockEvent.StockReleased;
import dev.eventtestkit.examples.inventory.StockEvent.StockReserved;
import java.util.HashMap;
import java.util.Map;

/**
 * DELIBERATELY BROKEN: the stock read model as a running counter that trusts the delivery order. A release is
 * only subtracted when its reservation was seen first; one that overtakes it is dropped, and the reservation
 * that follows is counted for ever. The tests use it to show exploration catching that.
 */
final class OrderDependentStockProjection implements StockLevels {

    private final Map<String, Integer> onHand;
    private final Map<String, Integer> reserved = new HashMap<>();
    private final Map<String, Integer> heldByOrder = new HashMap<>();

    OrderDependentStockProjection(Map<String, Integer> onHand) {
        this.onHand = Map.copyOf(onHand);
    }

    @Override
    public synchronized void handle(Message message) {
        if ("StockReserved".equals(message.type())) {
            StockReserved event = message.payloadAs(StockReserved.class);
            reserved.merge(event.productId(), event.quantity(), Integer::sum);
            heldByOrder.put(event.orderId(), event.quantity());
        } else if ("StockReleased".equals(message.type())) {
            StockReleased event = message.payloadAs(StockReleased.class);
            if (heldByOrder.remove(event.orderId()) != null) {
                reserved.merge(event.productId(), -event.quantity(), Integer::sum);
            }
        }
    }

    @Override
    public synchronized int reserved(String productId) {
        return reserved.getOrDefault(productId, 0);
    }

    @Override
    public synchronized int available(String productId) {
        return onHand.getOrDefault(productId, 0) - reserved(productId);
    }
}
