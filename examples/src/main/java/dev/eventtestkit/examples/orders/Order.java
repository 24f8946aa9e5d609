package dev.eventtestkit.examples.orders;

import dev.eventtestkit.aggregate.Deadline;
import dev.eventtestkit.aggregate.Decider;
import dev.eventtestkit.examples.orders.OrderCommand.CancelOrder;
import dev.eventtestkit.examples.orders.OrderCommand.CreateOrder;
import dev.eventtestkit.examples.orders.OrderCommand.RecordPayment;
import dev.eventtestkit.examples.orders.OrderCommand.ShipOrder;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCancelled;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCreated;
import dev.eventtestkit.examples.orders.OrderEvent.OrderShipped;
import dev.eventtestkit.examples.orders.OrderEvent.PaymentProcessed;
import dev.eventtestkit.examples.orders.OrderState.Status;
import java.time.Duration;
import java.util.List;

/**
 * The order aggregate as a decider. An order is created, paid, then shipped; one not paid within
 * {@link #PAYMENT_TIMEOUT} is cancelled by a deadline.
 */
public final class Order implements Decider<OrderCommand, OrderEvent, OrderState> {

    /** The aggregate; stateless, so one instance serves every test. */
    public static final Order DECIDER = new Order();

    /** How long an order waits for its payment. */
    public static final Duration PAYMENT_TIMEOUT = Duration.ofMinutes(30);

    private Order() {
    }

    @Override
    public OrderState initialState() {
        return OrderState.NONE;
    }

    @Override
    public List<OrderEvent> decide(OrderCommand command, OrderState state) {
        if (command instanceof CreateOrder create) {
            return create(create, state);
        }
        if (state.status() == Status.NONE) {
            throw new IllegalStateException("order " + command.orderId() + " does not exist");
        }
        if (command instanceof RecordPayment payment) {
            return pay(payment, state);
        }
        if (command instanceof ShipOrder ship) {
            return ship(ship, state);
        }
        return cancel((CancelOrder) command, state);
    }

    private static List<OrderEvent> create(CreateOrder create, OrderState state) {
        if (state.status() != Status.NONE) {
            throw new IllegalStateException("order " + create.orderId() + " already exists");
        }
        if (create.amount() <= 0) {
            throw new IllegalArgumentException(
                    "order " + create.orderId() + ": the amount must be positive, was " + create.amount());
        }
        return List.of(new OrderCreated(create.orderId(), create.amount()));
    }

    private static List<OrderEvent> pay(RecordPayment payment, OrderState state) {
        if (state.status() == Status.PAID || state.status() == Status.SHIPPED) {
            return List.of(); // the payment service redelivers: a second confirmation changes nothing
        }
        if (state.status() == Status.CANCELLED) {
            throw new IllegalStateException(
                    "order " + payment.orderId() + " is cancelled: refund " + payment.paymentId());
        }
        return List.of(new PaymentProcessed(payment.orderId(), payment.paymentId()));
    }

    private static List<OrderEvent> ship(ShipOrder ship, OrderState state) {
        if (state.status() == Status.SHIPPED) {
            return List.of();
        }
        if (state.status() != Status.PAID) {
            throw new IllegalStateException("order " + ship.orderId() + " is not paid");
        }
        return List.of(new OrderShipped(ship.orderId()));
    }

    private static List<OrderEvent> cancel(CancelOrder cancel, OrderState state) {
        if (state.status() == Status.SHIPPED) {
            throw new IllegalStateException("order " + cancel.orderId() + " is already shipped");
        }
        // A paid order outlives its payment deadline; a cancelled one stays cancelled.
        return state.status() == Status.CREATED
                ? List.of(new OrderCancelled(cancel.orderId(), cancel.reason()))
                : List.of();
    }

    @Override
    public OrderState evolve(OrderState state, OrderEvent event) {
        if (event instanceof OrderCreated created) {
            return new OrderState(created.orderId(), Status.CREATED, created.amount());
        }
        if (event instanceof PaymentProcessed) {
            return state.with(Status.PAID);
        }
        if (event instanceof OrderShipped) {
            return state.with(Status.SHIPPED);
        }
        return state.with(Status.CANCELLED);
    }

    /**
     * The order's timers, for {@code AggregateFixture.withDeadlines}: a created order is cancelled
     * {@link #PAYMENT_TIMEOUT} later unless it was paid by then.
     *
     * @param event an event of the order
     * @return the deadlines it starts
     */
    public static List<Deadline<OrderCommand>> deadlines(OrderEvent event) {
        if (event instanceof OrderCreated created) {
            return List.of(Deadline.after(PAYMENT_TIMEOUT, new CancelOrder(created.orderId(), "payment timeout")));
        }
        return List.of();
    }
}
