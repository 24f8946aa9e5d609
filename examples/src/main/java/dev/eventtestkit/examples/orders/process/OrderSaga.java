package dev.eventtestkit.examples.orders.process;

import dev.eventtestkit.aggregate.Deadline;
import dev.eventtestkit.examples.inventory.StockEvent.StockReleased;
import dev.eventtestkit.examples.inventory.StockEvent.StockReserved;
import dev.eventtestkit.examples.orders.Order;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCancelled;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCreated;
import dev.eventtestkit.examples.orders.OrderEvent.OrderShipped;
import dev.eventtestkit.examples.orders.OrderEvent.PaymentProcessed;
import dev.eventtestkit.examples.payments.PaymentFailed;
import dev.eventtestkit.examples.payments.PaymentRequested;
import dev.eventtestkit.examples.shipping.ShipmentDispatched;
import dev.eventtestkit.examples.shipping.ShipmentRequested;
import dev.eventtestkit.process.ProcessManager;
import dev.eventtestkit.process.Reaction;
import java.time.Duration;
import java.util.Objects;

/**
 * The order saga's decisions, free of any broker: on {@link OrderCreated} it reserves the stock, requests the
 * payment and starts the payment deadline; on {@link PaymentProcessed} it stops the deadline and requests the
 * shipment; on {@link ShipmentDispatched} it marks the order shipped. An order not paid within
 * {@link #PAYMENT_TIMEOUT} ({@link PaymentTimedOut}), or whose payment failed, is cancelled and its stock
 * released. Every step happens once: a redelivered event finds the order past it.
 *
 * <p>What it sends are the messages {@link OrderProcess} publishes, each to its topic. Tested with
 * {@code ProcessFixture} in {@code OrderSagaTest}; run on a broker by {@link OrderProcess}.
 */
public final class OrderSaga implements ProcessManager<Object, Object, OrderSagaState> {

    /** How long an order waits for its payment: the order aggregate's deadline. */
    public static final Duration PAYMENT_TIMEOUT = Order.PAYMENT_TIMEOUT;

    private final OrderLines lines;

    /** @param lines the order store's lines, read when an order is created */
    public OrderSaga(OrderLines lines) {
        this.lines = Objects.requireNonNull(lines, "lines");
    }

    @Override
    public String associationProperty() {
        return "orderId";
    }

    @Override
    public OrderSagaState initialState() {
        return OrderSagaState.UNKNOWN;
    }

    @Override
    public Reaction<Object, Object, OrderSagaState> react(OrderSagaState state, Object event) {
        if (event instanceof OrderCreated created && state.step() == ProcessStep.UNKNOWN) {
            OrderLine line = lines.of(created.orderId());
            return Reaction.<Object, Object, OrderSagaState>to(new OrderSagaState(ProcessStep.AWAITING_PAYMENT, line))
                    .send(new StockReserved(created.orderId(), line.productId(), line.quantity()))
                    .send(new PaymentRequested(created.orderId(), created.amount()))
                    .schedule(Deadline.after(PAYMENT_TIMEOUT, new PaymentTimedOut(created.orderId())));
        }
        if (event instanceof PaymentProcessed paid && state.step() == ProcessStep.AWAITING_PAYMENT) {
            return Reaction.<Object, Object, OrderSagaState>to(state.at(ProcessStep.AWAITING_SHIPMENT))
                    .cancelDeadlines()
                    .send(new ShipmentRequested(paid.orderId(), state.knownLine().address()));
        }
        if (event instanceof PaymentFailed failed && state.step() == ProcessStep.AWAITING_PAYMENT) {
            return cancel(state, failed.orderId(), "payment failed: " + failed.reason());
        }
        if (event instanceof PaymentTimedOut late && state.step() == ProcessStep.AWAITING_PAYMENT) {
            return cancel(state, late.orderId(), "payment timeout");
        }
        if (event instanceof ShipmentDispatched dispatched && state.step() == ProcessStep.AWAITING_SHIPMENT) {
            return Reaction.<Object, Object, OrderSagaState>to(state.at(ProcessStep.SHIPPED))
                    .send(new OrderShipped(dispatched.orderId()));
        }
        return Reaction.to(state);
    }

    private static Reaction<Object, Object, OrderSagaState> cancel(
            OrderSagaState state, String orderId, String reason) {
        OrderLine line = state.knownLine();
        return Reaction.<Object, Object, OrderSagaState>to(state.at(ProcessStep.CANCELLED))
                .cancelDeadlines()
                .send(new OrderCancelled(orderId, reason))
                .send(new StockReleased(orderId, line.productId(), line.quantity()));
    }
}
