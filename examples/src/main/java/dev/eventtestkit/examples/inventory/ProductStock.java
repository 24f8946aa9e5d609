package dev.eventtestkit.examples.inventory;

import dev.eventtestkit.examples.inventory.StockCommand.ReleaseStock;
import dev.eventtestkit.examples.inventory.StockCommand.ReserveStock;
import dev.eventtestkit.examples.inventory.StockEvent.OutOfStock;
import dev.eventtestkit.examples.inventory.StockEvent.StockReceived;
import dev.eventtestkit.examples.inventory.StockEvent.StockReleased;
import dev.eventtestkit.examples.inventory.StockEvent.StockReserved;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stock of one product, in object style: {@link #handle} decides, {@link #apply} mutates. Asking for more
 * than is available is not an error but a fact, {@link OutOfStock}; invalid requests are rejected.
 */
public final class ProductStock {

    private final Map<String, Integer> reservations = new HashMap<>();
    private int available;

    /**
     * Decides a command.
     *
     * @param command the command
     * @return the events it produces
     * @throws IllegalArgumentException when a quantity is not positive
     * @throws IllegalStateException when an order reserves twice or releases what it does not hold
     */
    public List<StockEvent> handle(StockCommand command) {
        if (command instanceof ReserveStock reserve) {
            return reserve(reserve);
        }
        ReleaseStock release = (ReleaseStock) command;
        Integer held = reservations.get(release.orderId());
        if (held == null) {
            throw new IllegalStateException(
                    "order " + release.orderId() + " holds no " + release.productId() + " to release");
        }
        return List.of(new StockReleased(release.orderId(), release.productId(), held));
    }

    private List<StockEvent> reserve(ReserveStock reserve) {
        if (reserve.quantity() <= 0) {
            throw new IllegalArgumentException("the quantity must be positive, was " + reserve.quantity());
        }
        if (reservations.containsKey(reserve.orderId())) {
            throw new IllegalStateException("order " + reserve.orderId() + " already holds "
                    + reservations.get(reserve.orderId()) + " of " + reserve.productId());
        }
        if (reserve.quantity() > available) {
            return List.of(new OutOfStock(reserve.orderId(), reserve.productId()));
        }
        return List.of(new StockReserved(reserve.orderId(), reserve.productId(), reserve.quantity()));
    }

    /**
     * Applies an event.
     *
     * @param event what happened
     */
    public void apply(StockEvent event) {
        if (event instanceof StockReceived received) {
            available += received.quantity();
        } else if (event instanceof StockReserved reserved) {
            available -= reserved.quantity();
            reservations.put(reserved.orderId(), reserved.quantity());
        } else if (event instanceof StockReleased released) {
            available += released.quantity();
            reservations.remove(released.orderId());
        }
    }

    /** @return the units not held by any order */
    public int available() {
        return available;
    }

    /**
     * @param orderId an order
     * @return the units it holds, 0 when none
     */
    public int heldBy(String orderId) {
        return reservations.getOrDefault(orderId, 0);
    }
}
