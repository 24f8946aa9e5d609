package dev.eventtestkit.cucumber.shop;

import dev.eventtestkit.aggregate.Deadline;
import dev.eventtestkit.aggregate.Decider;
import dev.eventtestkit.cucumber.shop.OrderCommand.CancelOrder;
import dev.eventtestkit.cucumber.shop.OrderCommand.PayOrder;
import dev.eventtestkit.cucumber.shop.OrderCommand.PlaceOrder;
import dev.eventtestkit.cucumber.shop.OrderCommand.ShipOrder;
import dev.eventtestkit.cucumber.shop.OrderEvent.OrderCancelled;
import dev.eventtestkit.cucumber.shop.OrderEvent.OrderPaid;
import dev.eventtestkit.cucumber.shop.OrderEvent.OrderPlaced;
import dev.eventtestkit.cucumber.shop.OrderEvent.OrderShipped;
import java.time.Duration;
import java.util.List;

/** A tiny order decider: placed, paid within 30 minutes or cancelled, then shipped. */
public final class Order {

    /** The order's life. */
    public enum Status { NONE, PLACED, PAID, SHIPPED, CANCELLED }

    /** Unpaid orders are cancelled this long after they are placed. */
    public static final Duration PAYMENT_DEADLINE = Duration.ofMinutes(30);

    public static final Decider<OrderCommand, OrderEvent, Status> DECIDER = new Decider<>() {
        @Override
        public Status initialState() {
            return Status.NONE;
        }

        @Override
        public List<OrderEvent> decide(OrderCommand command, Status status) {
            if (command instanceof PlaceOrder place) {
                require(status == Status.NONE, "already placed");
                return List.of(new OrderPlaced(place.orderId(), place.amount()));
            }
            if (command instanceof PayOrder pay) {
                require(status == Status.PLACED, "not placed");
                return List.of(new OrderPaid(pay.orderId()));
            }
            if (command instanceof ShipOrder ship) {
                require(status == Status.PAID, "not paid");
                return List.of(new OrderShipped(ship.orderId()));
            }
            CancelOrder cancel = (CancelOrder) command;
            if (status != Status.PLACED) {
                return List.of();
            }
            return List.of(new OrderCancelled(cancel.orderId(), cancel.reason()));
        }

        @Override
        public Status evolve(Status status, OrderEvent event) {
            if (event instanceof OrderPlaced) {
                return Status.PLACED;
            }
            if (event instanceof OrderPaid) {
                return Status.PAID;
            }
            return event instanceof OrderShipped ? Status.SHIPPED : Status.CANCELLED;
        }
    };

    private Order() {}

    /** @return the payment deadline an order's placement starts */
    public static List<Deadline<OrderCommand>> deadlines(OrderEvent event) {
        if (event instanceof OrderPlaced placed) {
            return List.of(Deadline.after(PAYMENT_DEADLINE, new CancelOrder(placed.orderId(), "payment timeout")));
        }
        return List.of();
    }

    private static void require(boolean condition, String otherwise) {
        if (!condition) {
            throw new IllegalStateException(otherwise);
        }
    }
}
