package dev.eventtestkit.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.aggregate.Orders.CancelOrder;
import dev.eventtestkit.aggregate.Orders.CreateOrder;
import dev.eventtestkit.aggregate.Orders.OrderCommand;
import dev.eventtestkit.aggregate.Orders.OrderCreated;
import dev.eventtestkit.aggregate.Orders.OrderEvent;
import dev.eventtestkit.aggregate.Orders.OrderState;
import dev.eventtestkit.aggregate.Orders.PayOrder;
import dev.eventtestkit.aggregate.Orders.ShipOrder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** thenScheduledDeadline and thenNoScheduledDeadlines: what a step's events scheduled, without firing it. */
class ScheduledDeadlinesTest {

    private final AggregateFixture<OrderCommand, OrderEvent, OrderState> orders =
            AggregateFixture.forDecider(Orders.DECIDER).withDeadlines(Orders::paymentTimeout);

    @Test
    void assertsTheDeadlineTheProducedEventScheduled() {
        orders.givenNothing()
                .when(new CreateOrder("o-1", 100))
                .thenEvents(new OrderCreated("o-1", 100))
                .thenScheduledDeadline(Duration.ofMinutes(30), new CancelOrder("o-1", "payment timeout"));
    }

    @Test
    void namesTheScheduledDeadlinesAndTheDifferingFields() {
        Outcome<OrderCommand, OrderEvent, OrderState> outcome = orders.givenNothing().when(new CreateOrder("o-1", 100));

        AssertionFailedError failure = Caught.failure(() -> outcome.thenScheduledDeadline(
                Duration.ofMinutes(15), new CancelOrder("o-1", "too late")));

        assertThat(failure).hasMessage("""
                Expected the deadline CancelOrder{orderId="o-1", reason="too late"} after 15 minutes, but it is not \
                scheduled:
                  when CreateOrder{orderId="o-1", amount=100}
                  scheduled:
                    1. CancelOrder{orderId="o-1", reason="payment timeout"} after 30 minutes
                  delay: expected 15 minutes but was 30 minutes
                  field reason: expected "too late" but was "payment timeout\"""");
        assertThat(failure.getExpected().getStringRepresentation())
                .isEqualTo("CancelOrder{orderId=\"o-1\", reason=\"too late\"} after 15 minutes");
        assertThat(failure.getActual().getStringRepresentation())
                .isEqualTo("1. CancelOrder{orderId=\"o-1\", reason=\"payment timeout\"} after 30 minutes");
    }

    @Test
    void listsNoneWhenNothingWasScheduled() {
        Outcome<OrderCommand, OrderEvent, OrderState> outcome =
                orders.given(new OrderCreated("o-1", 100)).when(new PayOrder("o-1", "p-1"));

        assertThatThrownBy(() -> outcome.thenScheduledDeadline(
                Duration.ofMinutes(30), new CancelOrder("o-1", "payment timeout"))).hasMessage("""
                        Expected the deadline CancelOrder{orderId="o-1", reason="payment timeout"} after 30 minutes, \
                        but it is not scheduled:
                          when PayOrder{orderId="o-1", paymentId="p-1"}
                          scheduled:
                            (none)""");
    }

    @Test
    void leavesTheDeadlinesOfGivenEventsOut() {
        orders.given(new OrderCreated("o-1", 100))
                .when(new PayOrder("o-1", "p-1"))
                .thenNoScheduledDeadlines();
    }

    @Test
    void failsThenNoScheduledDeadlinesListingThem() {
        Outcome<OrderCommand, OrderEvent, OrderState> outcome = orders.givenNothing().when(new CreateOrder("o-1", 100));

        assertThatThrownBy(outcome::thenNoScheduledDeadlines).hasMessage("""
                Expected no deadline to be scheduled, but 1 is:
                  when CreateOrder{orderId="o-1", amount=100}
                  scheduled:
                    1. CancelOrder{orderId="o-1", reason="payment timeout"} after 30 minutes""");
        assertThat(outcome.scheduledDeadlines())
                .containsExactly(Deadline.after(Duration.ofMinutes(30), new CancelOrder("o-1", "payment timeout")));
    }

    @Test
    void listsOnlyWhatIsStillPendingAfterTimePassed() {
        AggregateFixture<OrderCommand, OrderEvent, OrderState> reminding = AggregateFixture
                .forDecider(Orders.DECIDER)
                .withDeadlines(event -> event instanceof OrderCreated created
                        ? List.of(Deadline.after(Duration.ofMinutes(10), new PayOrder(created.orderId(), "auto")))
                        : event instanceof Orders.PaymentReceived
                                ? List.of(Deadline.after(Duration.ofMinutes(10), new ShipOrder("o-1")))
                                : List.of());

        reminding.given(new OrderCreated("o-1", 100))
                .whenTimePasses(Duration.ofMinutes(15))
                .thenScheduledDeadline(Duration.ofMinutes(10), new ShipOrder("o-1"));
        reminding.given(new OrderCreated("o-1", 100))
                .whenTimePasses(Duration.ofMinutes(20))
                .thenNoScheduledDeadlines();
    }

    @Test
    void saysTheCommandWasRejectedWhenADeadlineWasExpected() {
        Outcome<OrderCommand, OrderEvent, OrderState> outcome = orders.givenNothing().when(new ShipOrder("o-1"));

        assertThatThrownBy(outcome::thenNoScheduledDeadlines).hasMessage("""
                Expected no deadline to be scheduled, but the command was rejected:
                  when ShipOrder{orderId="o-1"}
                  rejected with java.lang.IllegalStateException: order o-1 is not paid""");
        outcome.thenFails(IllegalStateException.class).thenNoScheduledDeadlines();
    }

    @Test
    void refusesANegativeDelay() {
        Outcome<OrderCommand, OrderEvent, OrderState> outcome = orders.givenNothing().when(new CreateOrder("o-1", 100));

        assertThatThrownBy(() -> outcome.thenScheduledDeadline(Duration.ofMinutes(-30), new ShipOrder("o-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a deadline is due zero or more after its event, not PT-30M: "
                        + "thenScheduledDeadline(PT-30M, ShipOrder{orderId=\"o-1\"})");
    }

    @Test
    void namesTheEventWhoseDeadlineHasANegativeDelay() {
        Scenario<OrderCommand, OrderEvent, OrderState> scenario = AggregateFixture.forDecider(Orders.DECIDER)
                .withDeadlines(event -> List.of(Deadline.after(Duration.ofMinutes(-5), new ShipOrder("o-1"))))
                .givenNothing();

        assertThatThrownBy(() -> scenario.when(new CreateOrder("o-1", 100)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the deadline function failed after OrderCreated{orderId=\"o-1\", amount=100}: "
                        + "a deadline's delay must be zero or more, was PT-5M for the deadline command "
                        + "ShipOrder[orderId=o-1]");
    }

    @Test
    void reportsEachSessionStepsOwnDeadlines() {
        AggregateSession<OrderCommand, OrderEvent, OrderState> order = orders.session(List.of());

        order.when(new CreateOrder("o-1", 100))
                .thenScheduledDeadline(Duration.ofMinutes(30), new CancelOrder("o-1", "payment timeout"));
        order.when(new PayOrder("o-1", "p-1")).thenNoScheduledDeadlines();
        order.close();
    }
}
