package dev.eventtestkit.examples.orders.process;

/**
 * What an order holds beyond its {@code OrderCreated} event: the one product, how many, and where it goes.
 *
 * @param productId the product
 * @param quantity how many units, positive
 * @param address the delivery address
 */
public record OrderLine(String productId, int quantity, String address) {

    public OrderLine {
        if (quantity <= 0) {
            throw new IllegalArgumentException("the quantity must be positive, was " + quantity);
        }
    }
}
