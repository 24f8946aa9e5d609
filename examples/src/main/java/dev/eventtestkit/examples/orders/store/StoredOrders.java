package dev.eventtestkit.examples.orders.store;

import dev.eventtestkit.examples.orders.Order;
import dev.eventtestkit.examples.orders.OrderCommand;
import dev.eventtestkit.examples.orders.OrderEvent;
import dev.eventtestkit.examples.orders.OrderState;
import dev.eventtestkit.store.EventStore;
import dev.eventtestkit.store.ExpectedVersion;
import dev.eventtestkit.store.StoredEvent;
import dev.eventtestkit.store.WrongExpectedVersionException;
import java.util.List;

/**
 * The order service's command side on an event store: an order is the stream {@code order-<id>}. A command
 * loads the stream, the {@link Order} decider decides, and the events are appended expecting the version that
 * was loaded; when another writer came first the append is refused, and the command is decided again on the
 * stream as it is now (up to {@link #ATTEMPTS} times).
 */
public final class StoredOrders {

    /** How many times a command is decided before a conflict is given up on. */
    public static final int ATTEMPTS = 3;

    private final EventStore store;

    /** @param store where the orders live */
    public StoredOrders(EventStore store) {
        this.store = store;
    }

    /**
     * @param orderId an order id
     * @return its stream, {@code order-<id>}
     */
    public static String stream(String orderId) {
        return "order-" + orderId;
    }

    /**
     * Handles a command.
     *
     * @param command the command
     * @return the events appended; empty when the command changed nothing
     * @throws RuntimeException what the decider rejects the command with, nothing appended
     * @throws WrongExpectedVersionException when every attempt lost to another writer
     */
    public List<OrderEvent> handle(OrderCommand command) {
        String stream = stream(command.orderId());
        for (int attempt = 1; ; attempt++) {
            List<StoredEvent> history = store.readStream(stream);
            OrderState state = fold(history);
            List<OrderEvent> events = Order.DECIDER.decide(command, state);
            if (events.isEmpty()) {
                return events;
            }
            ExpectedVersion loaded = history.isEmpty()
                    ? ExpectedVersion.noStream()
                    : ExpectedVersion.exactly(history.get(history.size() - 1).version());
            try {
                store.append(stream, loaded, events.toArray());
                return events;
            } catch (WrongExpectedVersionException conflict) {
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }

    /**
     * @param orderId an order id
     * @return the order as its stream leaves it
     */
    public OrderState load(String orderId) {
        return fold(store.readStream(stream(orderId)));
    }

    private static OrderState fold(List<StoredEvent> history) {
        OrderState state = Order.DECIDER.initialState();
        for (StoredEvent event : history) {
            state = Order.DECIDER.evolve(state, read(event));
        }
        return state;
    }

    /**
     * @param event an event of an order stream
     * @return it as the order event its type names
     */
    static OrderEvent read(StoredEvent event) {
        return switch (event.type()) {
            case "OrderCreated" -> event.payloadAs(OrderEvent.OrderCreated.class);
            case "PaymentProcessed" -> event.payloadAs(OrderEvent.PaymentProcessed.class);
            case "OrderShipped" -> event.payloadAs(OrderEvent.OrderShipped.class);
            case "OrderCancelled" -> event.payloadAs(OrderEvent.OrderCancelled.class);
            default -> throw new IllegalStateException(
                    "stream " + event.stream() + " holds " + event.type() + " at version " + event.version()
                            + ", which is not an order event");
        };
    }
}
