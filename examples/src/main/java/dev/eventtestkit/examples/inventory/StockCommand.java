package dev.eventtestkit.examples.inventory;

/** What a product's stock can be asked to do. */
public sealed interface StockCommand permits StockCommand.ReserveStock, StockCommand.ReleaseStock {

    /**
     * Holds units of the product for an order.
     *
     * @param orderId the order
     * @param productId the product
     * @param quantity how many units, positive
     */
    record ReserveStock(String orderId, String productId, int quantity) implements StockCommand {}

    /**
     * Gives back what an order held, e.g. when it was cancelled.
     *
     * @param orderId the order
     * @param productId the product
     */
    record ReleaseStock(String orderId, String productId) implements StockCommand {}
}
