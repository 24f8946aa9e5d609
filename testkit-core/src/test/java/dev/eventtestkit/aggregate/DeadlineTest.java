package dev.eventtestkit.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.aggregate.Orders.CancelOrder;
import dev.eventtestkit.aggregate.Orders.OrderCancelled;
import dev.eventtestkit.aggregate.Orders.OrderCommand;
import dev.eventtestkit.aggregate.Orders.OrderCreated;
import dev.eventtestkit.aggregate.Orders.OrderEvent;
import dev.eventtestkit.aggregate.Orders.OrderShipped;
import dev.eventtestkit.aggregate.Orders.OrderState;
import dev.eventtestkit.aggregate.Orders.PaymentReceived;
import dev.eventtestkit.aggregate.Orders.ShipOrder;
import dev.eventtestkit.aggregate.Orders.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    private final AggregateFixture<OrderCommand, OrderEvent, OrderState> orders =
            AggregateFixture.forDecider(Orders.DECIDER).withDeadlines(Orders::paymentTimeout);

    @Test
    void decidesTheDeadlineCommandWhenItsTimeComes() {
        orders.given(new OrderCreated("o-1", 100))
                .whenTimePasses(Duration.ofMinutes(30))
                .thenEvents(new OrderCancelled("o-1", "payment timeout"))
                .thenState(state -> assertThat(state.status()).isEqualTo(Status.CANCELLED));
    }

    @Test
    void firesNothingBeforeTheDeadline() {
        orders.given(new OrderCreated("o-1", 100))
                .whenTimePasses(Duration.ofMinutes(29).plusSeconds(59))
                .thenNoEvents();
    }

    @Test
    void yieldsNothingWhenTheDeadlineCommandDecidesNoEvents() {
        orders.given(new OrderCreated("o-1", 100), new PaymentReceived("o-1", "p-1"))
                .whenTimePasses(Duration.ofHours(1))
                .thenNoEvents();
    }

    @Test
    void doesNotFireDeadlinesWhenNoTimePasses() {
        orders.given(new OrderCreated("o-1", 100))
                .when(new CancelOrder("o-1", "by hand"))
                .thenEvents(new OrderCancelled("o-1", "by hand"));
    }

    @Test
    void cancelsTheScenariosPendingDeadlinesWhenItEnds() {
        orders.given(new OrderCreated("o-1", 100)).whenTimePasses(Duration.ofMinutes(10)).thenNoEvents();
        orders.given(new OrderCreated("o-2", 100)).when(new CancelOrder("o-2", "by hand"));

        assertThat(orders.clock().pendingTimers()).isZero();
        orders.givenNothing().whenTimePasses(Duration.ofHours(1)).thenNoEvents();
    }

    @Test
    void movesTheFixturesClockForward() {
        Instant start = orders.clock().instant();

        orders.givenNothing().whenTimePasses(Duration.ofMinutes(30));

        assertThat(orders.clock().instant()).isEqualTo(start.plus(Duration.ofMinutes(30)));
    }

    @Test
    void schedulesDeadlinesOfEventsThatDeadlinesProducedFromTheirOwnInstant() {
        List<Instant> firedAt = new ArrayList<>();
        AggregateFixture<OrderCommand, OrderEvent, OrderState> escalating = orders.withDeadlines(event -> {
            firedAt.add(orders.clock().instant());
            if (event instanceof OrderCreated created) {
                return List.of(Deadline.after(Duration.ofMinutes(30), new CancelOrder(created.orderId(), "timeout")));
            }
            return event instanceof OrderCancelled cancelled
                    ? List.of(Deadline.after(Duration.ofMinutes(30), new ShipOrder(cancelled.orderId())))
                    : List.of();
        });
        Instant start = orders.clock().instant();

        escalating.given(new OrderCreated("o-1", 100))
                .whenTimePasses(Duration.ofMinutes(59))
                .thenEvents(new OrderCancelled("o-1", "timeout"));

        assertThat(firedAt).containsExactly(start, start.plus(Duration.ofMinutes(30)));
    }

    @Test
    void reportsARejectedDeadlineCommandWithWhatCameBefore() {
        AggregateFixture<OrderCommand, OrderEvent, OrderState> shipping = orders.withDeadlines(event ->
                event instanceof PaymentReceived paid
                        ? List.of(Deadline.after(Duration.ofMinutes(5), new ShipOrder(paid.orderId())),
                                Deadline.after(Duration.ofMinutes(10), new CancelOrder(paid.orderId(), "late")))
                        : List.of());
        Outcome<OrderCommand, OrderEvent, OrderState> outcome = shipping
                .given(new OrderCreated("o-1", 100), new PaymentReceived("o-1", "p-1"))
                .whenTimePasses(Duration.ofMinutes(15));

        assertThatThrownBy(() -> outcome.thenEvents(new OrderShipped("o-1"))).hasMessage("""
                Expected 1 event, but a deadline command was rejected:
                  when 15 minutes pass
                  deadline command CancelOrder{orderId="o-1", reason="late"}
                  rejected with java.lang.IllegalStateException: order o-1 is already shipped
                  produced before the rejection:
                    1. OrderShipped{orderId="o-1"}
                  expected:
                    1. OrderShipped{orderId="o-1"}""");
        outcome.thenFails(IllegalStateException.class, "already shipped")
                .thenState(state -> assertThat(state.status()).isEqualTo(Status.SHIPPED));
    }

    @Test
    void saysNoDeadlineCommandWasRejectedWhenOneWasExpected() {
        Outcome<OrderCommand, OrderEvent, OrderState> outcome =
                orders.given(new OrderCreated("o-1", 100)).whenTimePasses(Duration.ofHours(1).plusMinutes(30));

        assertThatThrownBy(() -> outcome.thenFails(IllegalStateException.class)).hasMessage("""
                Expected a deadline command to be rejected with java.lang.IllegalStateException, but none was:
                  when 1 hour 30 minutes pass
                  actual:
                    1. OrderCancelled{orderId="o-1", reason="payment timeout"}""");
    }

    @Test
    void namesTheDurationThatPassedWhenTheEventsDiffer() {
        Outcome<OrderCommand, OrderEvent, OrderState> outcome =
                orders.given(new OrderCreated("o-1", 100)).whenTimePasses(Duration.ofMinutes(1));

        assertThatThrownBy(() -> outcome.thenEvents(new OrderCancelled("o-1", "payment timeout"))).hasMessage("""
                Expected events differ at position 1 (of 1 expected, 0 actual):
                  when 1 minute passes
                  expected:
                  > 1. OrderCancelled{orderId="o-1", reason="payment timeout"}
                  actual:
                  > 1. (no event)""");
    }

    @Test
    void rethrowsWhatTheValidatorThrowsInsideADeadline() {
        AggregateFixture<OrderCommand, OrderEvent, OrderState> validating = orders.withValidator((event, descriptor, payload) -> {
            if (event instanceof OrderCancelled) {
                throw new IllegalArgumentException("OrderCancelled: #/reason: not allowed");
            }
        });
        Scenario<OrderCommand, OrderEvent, OrderState> scenario = validating.given(new OrderCreated("o-1", 100));

        assertThatThrownBy(() -> scenario.whenTimePasses(Duration.ofMinutes(30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("OrderCancelled: #/reason: not allowed");
        assertThat(validating.clock().pendingTimers()).isZero();
    }

    @Test
    void refusesToLetTimeRunBackwards() {
        Scenario<OrderCommand, OrderEvent, OrderState> scenario = orders.givenNothing();

        assertThatThrownBy(() -> scenario.whenTimePasses(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("time never goes backwards: cannot let PT-1S pass");
        assertThatThrownBy(() -> Deadline.after(Duration.ofSeconds(-1), "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a deadline's delay must be zero or more, was PT-1S for the deadline command x");
    }
}
