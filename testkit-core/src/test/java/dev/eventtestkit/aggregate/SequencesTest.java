package dev.eventtestkit.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.aggregate.Orders.CancelOrder;
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
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Several commands in a row: andWhen, andWhenTimePasses, each step's failure naming the step. */
class SequencesTest {

    private final AggregateFixture<OrderCommand, OrderEvent, OrderState> orders =
            AggregateFixture.forDecider(Orders.DECIDER).withDeadlines(Orders::paymentTimeout);

    @Test
    void decidesEachCommandAgainstTheStateTheStepBeforeLeft() {
        orders.givenNothing()
                .when(new CreateOrder("o-1", 100))
                .thenEvents(new OrderCreated("o-1", 100))
                .andWhen(new PayOrder("o-1", "p-1"))
                .thenEvents(new PaymentReceived("o-1", "p-1"))
                .andWhen(new ShipOrder("o-1"))
                .thenEvents(new OrderShipped("o-1"))
                .thenState(state -> assertThat(state.status()).isEqualTo(Status.SHIPPED));
    }

    @Test
    void namesTheStepThatFailed() {
        Outcome<OrderCommand, OrderEvent, OrderState> second = orders.givenNothing()
                .when(new CreateOrder("o-1", 100))
                .andWhen(new ShipOrder("o-1"));

        assertThatThrownBy(() -> second.thenEvents(new OrderShipped("o-1"))).hasMessage("""
                Expected 1 event, but the command was rejected:
                  step 2: when ShipOrder{orderId="o-1"}
                  rejected with java.lang.IllegalStateException: order o-1 is not paid
                  expected:
                    1. OrderShipped{orderId="o-1"}""");
        assertThatThrownBy(() -> second.andWhen(new CancelOrder("o-1", "late")).thenNoEvents())
                .hasMessageStartingWith("""
                        Expected events differ at position 1 (of 0 expected, 1 actual):
                          step 3: when CancelOrder{orderId="o-1", reason="late"}""");
    }

    @Test
    void keepsTheDeadlinesOfEarlierStepsPending() {
        orders.givenNothing()
                .when(new CreateOrder("o-1", 100))
                .thenScheduledDeadline(Duration.ofMinutes(30), new CancelOrder("o-1", "payment timeout"))
                .andWhenTimePasses(Duration.ofMinutes(29))
                .thenNoEvents()
                .andWhenTimePasses(Duration.ofMinutes(1))
                .thenEvents(new OrderCancelled("o-1", "payment timeout"));
        assertThat(orders.clock().pendingTimers()).isZero();
    }

    @Test
    void continuesOneOutcomeMoreThanOnceFromTheSamePast() {
        Outcome<OrderCommand, OrderEvent, OrderState> created =
                orders.givenNothing().when(new CreateOrder("o-1", 100));

        created.andWhen(new PayOrder("o-1", "p-1")).andWhenTimePasses(Duration.ofHours(1)).thenNoEvents();
        created.andWhenTimePasses(Duration.ofHours(1)).thenEvents(new OrderCancelled("o-1", "payment timeout"));
        created.andWhen(new CancelOrder("o-1", "changed my mind"), Map.of("correlationId", "c-1"))
                .thenEvents(new OrderCancelled("o-1", "changed my mind"))
                .thenMetadata(Map.of("correlationId", "c-1"));
    }

    @Test
    void refusesAndWhenOnASessionStep() {
        AggregateSession<OrderCommand, OrderEvent, OrderState> session = orders.session(List.of());
        Outcome<OrderCommand, OrderEvent, OrderState> step = session.when(new CreateOrder("o-1", 100));

        assertThatThrownBy(() -> step.andWhen(new PayOrder("o-1", "p-1")))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("a session's step goes on with the session's own when/whenTimePasses, not andWhen");
        session.close();
    }
}
