package dev.eventtestkit.aggregate;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * An order book that numbers the orders it opens and returns each new id, remembers which tenant opened it
 * (from the metadata), and expires an order an hour after it was opened: the fixture's own tests of results
 * and metadata.
 */
final class OrderBook {

    interface BookCommand {}

    record OpenOrder(long amount) implements BookCommand {}

    record ExpireOrder(String orderId) implements BookCommand {}

    interface BookEvent {}

    record OrderOpened(String orderId, long amount) implements BookEvent {}

    record OrderExpired(String orderId) implements BookEvent {}

    record BookState(int opened, String lastTenant) {}

    static final MessageDecider<BookCommand, BookEvent, BookState> DECIDER = new MessageDecider<>() {
        @Override
        public BookState initialState() {
            return new BookState(0, "");
        }

        @Override
        public Decision<BookEvent> decide(BookCommand command, Map<String, String> metadata, BookState state) {
            if (command instanceof OpenOrder open) {
                if (open.amount() <= 0) {
                    throw new IllegalArgumentException("the amount must be positive, was " + open.amount());
                }
                String id = "o-" + (state.opened() + 1);
                return Decision.of(List.<BookEvent>of(new OrderOpened(id, open.amount()))).withResult(id);
            }
            ExpireOrder expire = (ExpireOrder) command;
            return Decision.of(List.<BookEvent>of(new OrderExpired(expire.orderId())))
                    .withMetadata(Map.of("reason", "expired"));
        }

        @Override
        public BookState evolve(BookState state, BookEvent event, Map<String, String> metadata) {
            if (event instanceof OrderOpened) {
                return new BookState(state.opened() + 1, metadata.getOrDefault("tenant", state.lastTenant()));
            }
            return state;
        }
    };

    /** Expires every order an hour after it was opened. */
    static List<Deadline<BookCommand>> expiry(BookEvent event) {
        return event instanceof OrderOpened opened
                ? List.of(Deadline.after(Duration.ofHours(1), new ExpireOrder(opened.orderId())))
                : List.of();
    }

    private OrderBook() {
    }
}
