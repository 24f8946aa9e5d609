package dev.eventtestkit.examples.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.aggregate.AggregateFixture;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCancelled;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCreated;
import dev.eventtestkit.examples.orders.OrderEvent.OrderShipped;
import dev.eventtestkit.examples.orders.OrderEvent.PaymentProcessed;
import dev.eventtestkit.examples.orders.OrderState.Status;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The 30-minute payment deadline, on the fixture's virtual clock. */
class OrderPaymentDeadlineTest {

    private final AggregateFixture<OrderCommand, OrderEvent, OrderState> orders =
            AggregateFixture.forDecider(Order.DECIDER).withDeadlines(Order::deadlines);

    @Test
    void cancelsAnOrderNotPaidWithinThirtyMinutes() {
        orders.given(new OrderCreated("o-1", 100))
                .whenTimePasses(Duration.ofMinutes(30))
                .thenEvents(new OrderCancelled("o-1", "payment timeout"))
                .thenState(state -> assertThat(state.status()).isEqualTo(Status.CANCELLED));
    }

    @Test
    void waitsTheFullThirtyMinutes() {
        orders.given(new OrderCreated("o-1", 100))
                .whenTimePasses(Duration.ofMinutes(29))
                .thenNoEvents();
    }

    @Test
    void keepsAPaidOrder() {
        orders.given(new OrderCreated("o-1", 100), new PaymentProcessed("o-1", "p-1"))
                .whenTimePasses(Duration.ofHours(2))
                .thenNoEvents()
                .thenState(state -> assertThat(state.status()).isEqualTo(Status.PAID));
    }

    @Test
    void runsOnTheFixturesVirtualClock() {
        Instant before = orders.clock().instant();

        orders.given(new OrderCreated("o-1", 100)).whenTimePasses(Duration.ofMinutes(45));

        assertThat(Duration.between(before, orders.clock().instant())).isEqualTo(Duration.ofMinutes(45));
        assertThat(orders.clock().pendingTimers()).isZero();
    }

    @Test
    void printsTheTimeThatPassedWhenTheDeadlineDidSomethingElse() {
        assertThatThrownBy(() -> orders
                .given(new OrderCreated("o-1", 100))
                .whenTimePasses(Duration.ofMinutes(30))
                .thenEvents(new OrderShipped("o-1")))
                .hasMessage("""
                        Expected events differ at position 1 (of 1 expected, 1 actual):
                          when 30 minutes pass
                          expected:
                          > 1. OrderShipped{orderId="o-1"}
                          actual:
                          > 1. OrderCancelled{orderId="o-1", reason="payment timeout"}""");
    }
}
