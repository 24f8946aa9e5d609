package dev.eventtestkit.examples.orders.process;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The order store's lines, which the order process reads when an order is created: {@code OrderCreated}
 * carries only the id and the amount. Production reads the order service's database.
 */
public final class OrderLines {

    private final Map<String, OrderLine> lines = new ConcurrentHashMap<>();

    /**
     * @param orderId the order
     * @param line what it holds
     * @return this store
     */
    public OrderLines put(String orderId, OrderLine line) {
        lines.put(Objects.requireNonNull(orderId, "orderId"), Objects.requireNonNull(line, "line"));
        return this;
    }

    /**
     * @param orderId the order
     * @return what it holds
     * @throws IllegalStateException when the store has no line for it (the broker retries, then dead-letters)
     */
    public OrderLine of(String orderId) {
        OrderLine line = lines.get(orderId);
        if (line == null) {
            throw new IllegalStateException("order " + orderId + " has no line in the order store");
        }
        return line;
    }
}
