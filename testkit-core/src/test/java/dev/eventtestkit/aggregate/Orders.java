package dev.eventtestkit.aggregate;

import java.time.Duration;
import java.util.List;

/** A small order aggregate for the fixture's own tests. */
final class Orders {

    interface OrderCommand {}

    record CreateOrder(String orderId, long amount) implements OrderCommand {}

    record PayOrder(String orderId, String paymentId) implements OrderCommand {}

    record ShipOrder(String orderId) implements OrderCommand {}

    record CancelOrder(String orderId, String reason) implements OrderCommand {}

    interface OrderEvent {}

    record OrderCreated(String orderId, long amount) implements OrderEvent {}

    record PaymentReceived(String orderId, String paymentId) implements OrderEvent {}

    record OrderShipped(String orderId) implements OrderEvent {}

    record OrderCancelled(String orderId, String reason) implements OrderEvent {}

    enum Status { NONE, CREATED, PAID, SHIPPED, CANCELLED }

    record OrderState(String orderId, Status status) {}

    static final Decider<OrderCommand, OrderEvent, OrderState> DECIDER = new Decider<>() {
        @Override
        public OrderState initialState() {
            return new OrderState("", Status.NONE);
        }

        @Override
        public List<OrderEvent> decide(OrderCommand command, OrderState state) {
            if (command instanceof CreateOrder create) {
                if (state.status() != Status.NONE) {
                    throw new IllegalStateException("order " + create.orderId() + " already exists");
                }
                return List.of(new OrderCreated(create.orderId(), create.amount()));
            }
            if (command instanceof PayOrder pay) {
                return List.of(new PaymentReceived(pay.orderId(), pay.paymentId()));
            }
            if (command instanceof ShipOrder ship) {
                if (state.status() != Status.PAID) {
                    throw new IllegalStateException("order " + ship.orderId() + " is not paid");
                }
                return List.of(new OrderShipped(ship.orderId()));
            }
            CancelOrder cancel = (CancelOrder) command;
            if (state.status() == Status.SHIPPED) {
                throw new IllegalStateException("order " + cancel.orderId() + " is already shipped");
            }
            return state.status() == Status.CREATED
                    ? List.of(new OrderCancelled(cancel.orderId(), cancel.reason()))
                    : List.of();
        }

        @Override
        public OrderState evolve(OrderState state, OrderEvent event) {
            if (event instanceof OrderCreated created) {
                return new OrderState(created.orderId(), Status.CREATED);
            }
            if (event instanceof PaymentReceived) {
                return new OrderState(state.orderId(), Status.PAID);
            }
            if (event instanceof OrderShipped) {
                return new OrderState(state.orderId(), Status.SHIPPED);
            }
            return new OrderState(state.orderId(), Status.CANCELLED);
        }
    };

    /** Cancels an order 30 minutes after its creation unless it was paid. */
    static List<Deadline<OrderCommand>> paymentTimeout(OrderEvent event) {
        return event instanceof OrderCreated created
                ? List.of(Deadline.after(Duration.ofMinutes(30), new CancelOrder(created.orderId(), "payment timeout")))
                : List.of();
    }

    private Orders() {
    }
}
