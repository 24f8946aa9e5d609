package dev.eventtestkit.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.aggregate.Orders.CreateOrder;
import dev.eventtestkit.aggregate.Orders.OrderCancelled;
import dev.eventtestkit.aggregate.Orders.OrderCommand;
import dev.eventtestkit.aggregate.Orders.OrderCreated;
import dev.eventtestkit.aggregate.Orders.OrderEvent;
import dev.eventtestkit.aggregate.Orders.OrderShipped;
import dev.eventtestkit.aggregate.Orders.OrderState;
import dev.eventtestkit.aggregate.Orders.PayOrder;
import dev.eventtestkit.aggregate.Orders.PaymentReceived;
import dev.eventtestkit.aggregate.Orders.ShipOrder;
import dev.eventtestkit.aggregate.Orders.Status;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregateSessionTest {

    private final AggregateFixture<OrderCommand, OrderEvent, OrderState> orders =
            AggregateFixture.forDecider(Orders.DECIDER).withDeadlines(Orders::paymentTimeout);

    @Test
    void keepsDeadlinesPendingAcrossSteps() {
        AggregateSession<OrderCommand, OrderEvent, OrderState> order = orders.session(List.of());

        order.when(new CreateOrder("o-1", 100)).thenEvents(new OrderCreated("o-1", 100));
        order.whenTimePasses(Duration.ofMinutes(15)).thenNoEvents();
        order.whenTimePasses(Duration.ofMinutes(15)).thenEvents(new OrderCancelled("o-1", "payment timeout"));

        assertThat(order.state().status()).isEqualTo(Status.CANCELLED);
    }

    @Test
    void startsEachStepFromTheStateThePreviousOneLeft() {
        AggregateSession<OrderCommand, OrderEvent, OrderState> order =
                orders.session(List.of(new OrderCreated("o-1", 100)));

        order.when(new ShipOrder("o-1")).thenFails(IllegalStateException.class, "is not paid");
        order.when(new PayOrder("o-1", "p-1")).thenEvents(new PaymentReceived("o-1", "p-1"));
        order.when(new ShipOrder("o-1")).thenEvents(new OrderShipped("o-1"));

        assertThat(order.events()).containsExactly(new OrderCreated("o-1", 100), new PaymentReceived("o-1", "p-1"),
                new OrderShipped("o-1"));
        assertThat(order.recorded()).containsExactly(new PaymentReceived("o-1", "p-1"), new OrderShipped("o-1"));
    }

    @Test
    void decidesDeadlinesWhoeverAdvancesTheClock() {
        AggregateSession<OrderCommand, OrderEvent, OrderState> order =
                orders.session(List.of(new OrderCreated("o-1", 100)));

        orders.clock().advance(Duration.ofHours(1));

        assertThat(order.recorded()).containsExactly(new OrderCancelled("o-1", "payment timeout"));
        order.whenTimePasses(Duration.ofMinutes(1)).thenNoEvents();
    }

    @Test
    void schedulesTheDeadlinesOfLaterGivenEventsFromTheirOwnInstant() {
        AggregateSession<OrderCommand, OrderEvent, OrderState> order = orders.session(List.of());
        orders.clock().advance(Duration.ofMinutes(20));

        order.given(List.of(new OrderCreated("o-1", 100)));

        order.whenTimePasses(Duration.ofMinutes(29)).thenNoEvents();
        order.whenTimePasses(Duration.ofMinutes(1)).thenEvents(new OrderCancelled("o-1", "payment timeout"));
    }

    @Test
    void cancelsPendingDeadlinesWhenClosed() {
        AggregateSession<OrderCommand, OrderEvent, OrderState> order =
                orders.session(List.of(new OrderCreated("o-1", 100)));

        order.close();

        assertThat(orders.clock().pendingTimers()).isZero();
        orders.clock().advance(Duration.ofHours(1));
        assertThat(order.recorded()).isEmpty();
    }
}
