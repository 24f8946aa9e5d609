package dev.eventtestkit.examples.orders.store;

import dev.eventtestkit.examples.orders.OrderEvent;
import dev.eventtestkit.store.StoredEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * A read model: the revenue of paid orders, fed by a catch-up subscription to the whole log. It keeps its own
 * checkpoint (the position of the last event handled) and skips what the checkpoint covers, so duplicates and
 * redeliveries count once. Revenue is an order's amount once its payment is processed; a cancelled order
 * never pays.
 */
public final class Revenue {

    private final Map<String, Long> amounts = new HashMap<>();
    private long paid;
    private long checkpoint = -1;

    /** @param event the next event of the log */
    public void on(StoredEvent event) {
        if (event.position() <= checkpoint) {
            return;
        }
        OrderEvent order = StoredOrders.read(event);
        if (order instanceof OrderEvent.OrderCreated created) {
            amounts.put(created.orderId(), created.amount());
        } else if (order instanceof OrderEvent.PaymentProcessed payment) {
            paid += amounts.getOrDefault(payment.orderId(), 0L);
        }
        checkpoint = event.position();
    }

    /** @return the revenue of the paid orders handled so far */
    public long paid() {
        return paid;
    }

    /** @return the position of the last event handled; -1 before the first */
    public long checkpoint() {
        return checkpoint;
    }
}
