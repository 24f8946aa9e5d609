package dev.eventtestkit.examples.orders.tracking;

import dev.eventtestkit.examples.orders.OrderEvent.OrderCancelled;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCreated;
import dev.eventtestkit.examples.orders.OrderEvent.OrderShipped;
import dev.eventtestkit.examples.orders.OrderEvent.PaymentProcessed;
import dev.eventtestkit.examples.shipping.ShipmentDispatched;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The order-tracking page's read model: each order's amount and status, joined from two kinds of streams, the
 * orders' ({@code order-<id>}) and the shipments' ({@code shipment-<id>}). Streams interleave in any order, so a
 * dispatch can arrive before the order it ships: it is kept, not dropped. Every fact is set, never counted, so a
 * duplicate changes nothing.
 *
 * <pre>{@code
 * OrderTracking tracking = new OrderTracking();
 * store.subscribeToAll(From.start(), event -> tracking.on(event.payloadAs(...)));
 * tracking.status("o-1");   // DISPATCHED
 * }</pre>
 */
public final class OrderTracking {

    /** What the page shows for an order. */
    public enum Status {
        /** Nothing known about it. */
        UNKNOWN,
        /** Placed, not paid. */
        CREATED,
        /** Paid, not dispatched. */
        PAID,
        /** Handed to the carrier. */
        DISPATCHED,
        /** Cancelled before it was paid. */
        CANCELLED
    }

    private final Map<String, Entry> orders = new TreeMap<>();

    /**
     * Applies one event of an order's or a shipment's stream; other events are ignored.
     *
     * @param event the event
     */
    public void on(Object event) {
        if (event instanceof OrderCreated created) {
            entry(created.orderId()).amount = created.amount();
        } else if (event instanceof PaymentProcessed paid) {
            entry(paid.orderId()).paid = true;
        } else if (event instanceof OrderCancelled cancelled) {
            entry(cancelled.orderId()).cancelled = true;
        } else if (event instanceof ShipmentDispatched dispatched) {
            entry(dispatched.orderId()).trackingId = dispatched.trackingId();
        } else if (event instanceof OrderShipped shipped) {
            entry(shipped.orderId()).shipped = true;
        }
    }

    /**
     * @param orderId an order
     * @return its status; {@link Status#UNKNOWN} for an order never seen
     */
    public Status status(String orderId) {
        Entry entry = orders.get(orderId);
        return entry == null ? Status.UNKNOWN : entry.status();
    }

    /** @return every order's line on the page, e.g. {@code o-1 -> "DISPATCHED 100 track-7"}, by order id */
    public Map<String, String> snapshot() {
        Map<String, String> lines = new TreeMap<>();
        orders.forEach((id, entry) -> lines.put(id, entry.status() + " " + entry.amount
                + (entry.trackingId == null ? "" : " " + entry.trackingId)));
        return lines;
    }

    private Entry entry(String orderId) {
        return orders.computeIfAbsent(orderId, id -> new Entry());
    }

    /** The facts about one order, from whichever stream they came. */
    private static final class Entry {
        long amount;
        boolean paid;
        boolean cancelled;
        boolean shipped;
        @Nullable String trackingId;

        Status status() {
            if (trackingId != null || shipped) {
                return Status.DISPATCHED;
            }
            if (cancelled) {
                return Status.CANCELLED;
            }
            if (paid) {
                return Status.PAID;
            }
            return amount > 0 ? Status.CREATED : Status.UNKNOWN;
        }
    }
}
