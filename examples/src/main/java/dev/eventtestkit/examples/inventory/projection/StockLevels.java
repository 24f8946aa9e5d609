package dev.eventtestkit.examples.inventory.projection;

import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.MessageHandler;

/** The stock read model: what the shop shows as reserved and available per product. */
public interface StockLevels extends MessageHandler {

    /**
     * Applies a record of the inventory topic; types other than {@code StockReserved} and {@code StockReleased}
     * are ignored.
     *
     * @param message the delivered record
     */
    @Override
    void handle(Message message);

    /**
     * @param productId a product
     * @return the units orders hold now; 0 for an unknown product
     */
    int reserved(String productId);

    /**
     * @param productId a product
     * @return the units on hand that no order holds
     */
    int available(String productId);
}
