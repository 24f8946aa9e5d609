package dev.eventtestkit.examples.inventory.projection;

import dev.eventtestkit.broker.Message;
import dev.eventtestkit.examples.inventory.StockEvent.StockReleased;
import dev.eventtestkit.examples.inventory.StockEvent.StockReserved;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link StockLevels} read model, right in any delivery order: it keeps one {@link Holding} per product and
 * order and adds up the open ones, so a release that overtakes its reservation (another partition, a
 * redelivery) still cancels it, and a duplicate changes nothing.
 *
 * <pre>{@code
 * StockLevelProjection levels = new StockLevelProjection(Map.of("p-1", 10));
 * broker.subscribe(OrderProcess.INVENTORY, StockLevelProjection.GROUP, levels);
 * levels.available("p-1");
 * }</pre>
 *
 * <p>Synchronized: on a real broker, several consumer threads may apply records.
 */
public final class StockLevelProjection implements StockLevels {

    /** The consumer group of the projection. */
    public static final String GROUP = "stock-levels";

    private final Map<String, Integer> onHand;
    private final Map<String, Map<String, Holding>> holdings = new HashMap<>();

    /** @param onHand the units in the warehouse per product; products not named have none */
    public StockLevelProjection(Map<String, Integer> onHand) {
        this.onHand = Map.copyOf(Objects.requireNonNull(onHand, "onHand"));
    }

    @Override
    public synchronized void handle(Message message) {
        if ("StockReserved".equals(message.type())) {
            StockReserved reserved = message.payloadAs(StockReserved.class);
            holding(reserved.productId(), reserved.orderId()).reserve(reserved.quantity());
        } else if ("StockReleased".equals(message.type())) {
            StockReleased released = message.payloadAs(StockReleased.class);
            holding(released.productId(), released.orderId()).release();
        }
    }

    @Override
    public synchronized int reserved(String productId) {
        int units = 0;
        for (Holding holding : holdings.getOrDefault(productId, Map.of()).values()) {
            units += holding.units();
        }
        return units;
    }

    @Override
    public synchronized int available(String productId) {
        return onHand.getOrDefault(productId, 0) - reserved(productId);
    }

    private Holding holding(String productId, String orderId) {
        return holdings.computeIfAbsent(productId, product -> new HashMap<>())
                .computeIfAbsent(orderId, order -> new Holding());
    }

    /** One order's hold on one product; its two facts can arrive in either order, or more than once. */
    private static final class Holding {
        private int quantity;
        private boolean released;

        void reserve(int units) {
            quantity = units;
        }

        void release() {
            released = true;
        }

        int units() {
            return released ? 0 : quantity;
        }
    }
}
