package example.orders;

import java.time.Instant;

/** An order as the service stores it. */
public record Order(String id, int amount, Status status, Instant placedAt) {

    public enum Status { AWAITING_PAYMENT, PAID, CANCELLED }

    Order with(Status next) {
        return new Order(id, amount, next, placedAt);
    }
}
