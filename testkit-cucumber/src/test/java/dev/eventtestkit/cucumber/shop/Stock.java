package dev.eventtestkit.cucumber.shop;

import java.util.List;

/** An object-style aggregate: stock of one product, reserved while there is enough. */
public final class Stock {

    public record StockReceived(String sku, int quantity) {}

    public record StockReserved(String sku, int quantity) {}

    public record ReceiveStock(String sku, int quantity) {}

    public record ReserveStock(String sku, int quantity) {}

    private int available;

    public void apply(Object event) {
        if (event instanceof StockReceived received) {
            available += received.quantity();
        } else if (event instanceof StockReserved reserved) {
            available -= reserved.quantity();
        }
    }

    public List<Object> handle(Object command) {
        if (command instanceof ReceiveStock receive) {
            return List.of(new StockReceived(receive.sku(), receive.quantity()));
        }
        ReserveStock reserve = (ReserveStock) command;
        if (reserve.quantity() > available) {
            throw new IllegalStateException("only " + available + " left of " + reserve.sku());
        }
        return List.of(new StockReserved(reserve.sku(), reserve.quantity()));
    }
}
