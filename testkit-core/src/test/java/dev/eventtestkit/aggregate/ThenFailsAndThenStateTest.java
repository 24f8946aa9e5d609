package dev.eventtestkit.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventtestkit.aggregate.Orders.CreateOrder;
import dev.eventtestkit.aggregate.Orders.OrderCommand;
import dev.eventtestkit.aggregate.Orders.OrderCreated;
import dev.eventtestkit.aggregate.Orders.OrderEvent;
import dev.eventtestkit.aggregate.Orders.OrderState;
import dev.eventtestkit.aggregate.Orders.ShipOrder;
import dev.eventtestkit.aggregate.Orders.Status;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** thenFailsWithMessage, thenFails with a pattern, and thenState failures that say what the scenario did. */
class ThenFailsAndThenStateTest {

    private final AggregateFixture<OrderCommand, OrderEvent, OrderState> orders =
            AggregateFixture.forDecider(Orders.DECIDER);

    @Test
    void passesOnTheExactMessageOrAMatchingPattern() {
        orders.given(new OrderCreated("o-1", 100))
                .when(new ShipOrder("o-1"))
                .thenFailsWithMessage(IllegalStateException.class, "order o-1 is not paid")
                .thenFails(IllegalStateException.class, Pattern.compile("order o-\\d+ is not paid"))
                .thenState(state -> assertThat(state.status()).isEqualTo(Status.CREATED));
    }

    @Test
    void failsWhenTheMessageIsNotExactlyTheExpectedOne() {
        Outcome<OrderCommand, OrderEvent, OrderState> outcome = orders.givenNothing().when(new ShipOrder("o-1"));

        AssertionFailedError failure =
                Caught.failure(() -> outcome.thenFailsWithMessage(IllegalStateException.class, "not paid"));

        assertThat(failure).hasMessage("""
                Expected the command to be rejected with java.lang.IllegalStateException with the message \
                "not paid", but the message differs:
                  when ShipOrder{orderId="o-1"}
                  rejected with java.lang.IllegalStateException: order o-1 is not paid""");
        assertThat(failure.getExpected().getStringRepresentation())
                .isEqualTo("java.lang.IllegalStateException with the message \"not paid\"");
    }

    @Test
    void failsWhenTheWholeMessageDoesNotMatchThePattern() {
        Outcome<OrderCommand, OrderEvent, OrderState> outcome = orders.givenNothing().when(new ShipOrder("o-1"));

        assertThatThrownBy(() -> outcome.thenFails(IllegalStateException.class, Pattern.compile("not paid")))
                .hasMessage("""
                        Expected the command to be rejected with java.lang.IllegalStateException with a message \
                        matching /not paid/, but the message differs:
                          when ShipOrder{orderId="o-1"}
                          rejected with java.lang.IllegalStateException: order o-1 is not paid""");
    }

    @Test
    void saysTheCommandWasAcceptedWhenAnExactMessageWasExpected() {
        Outcome<OrderCommand, OrderEvent, OrderState> outcome =
                orders.givenNothing().when(new CreateOrder("o-1", 100));

        assertThatThrownBy(() -> outcome.thenFailsWithMessage(IllegalStateException.class, "order o-1 exists"))
                .hasMessage("""
                        Expected the command to be rejected with java.lang.IllegalStateException with the message \
                        "order o-1 exists", but it was accepted:
                          when CreateOrder{orderId="o-1", amount=100}
                          actual:
                            1. OrderCreated{orderId="o-1", amount=100}""");
    }

    @Test
    void showsTheScenarioAndTheStateAboveAFailedStateAssertion() {
        Outcome<OrderCommand, OrderEvent, OrderState> outcome =
                orders.givenNothing().when(new CreateOrder("o-1", 100));

        AssertionFailedError failure = Caught.failure(
                () -> outcome.thenState(state -> assertEquals(Status.PAID, state.status(), "status")));

        assertThat(failure).hasMessage("""
                The state does not satisfy the assertions of thenState:
                  when CreateOrder{orderId="o-1", amount=100}
                  state: OrderState{orderId="o-1", status="CREATED"}
                  status ==> expected: <PAID> but was: <CREATED>""");
        assertThat(failure.getExpected().getValue()).isEqualTo(Status.PAID);
        assertThat(failure.getActual().getValue()).isEqualTo(Status.CREATED);
        assertThat(failure.getCause()).isInstanceOf(AssertionFailedError.class);
    }

    @Test
    void indentsAMultiLineAssertionMessage() {
        Outcome<OrderCommand, OrderEvent, OrderState> outcome =
                orders.givenNothing().when(new CreateOrder("o-1", 100));

        assertThatThrownBy(() -> outcome.thenState(state -> assertThat(state.status()).isEqualTo(Status.PAID)))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("""
                        The state does not satisfy the assertions of thenState:
                          when CreateOrder{orderId="o-1", amount=100}
                          state: OrderState{orderId="o-1", status="CREATED"}
                          expected: PAID
                           but was: CREATED""");
    }
}
