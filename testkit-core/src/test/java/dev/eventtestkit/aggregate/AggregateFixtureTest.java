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
import dev.eventtestkit.aggregate.Orders.PaymentReceived;
import dev.eventtestkit.aggregate.Orders.ShipOrder;
import dev.eventtestkit.aggregate.Orders.Status;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class AggregateFixtureTest {

    private final AggregateFixture<OrderCommand, OrderEvent, OrderState> orders =
            AggregateFixture.forDecider(Orders.DECIDER);

    @Test
    void passesWhenTheCommandProducesTheExpectedEvents() {
        Outcome<OrderCommand, OrderEvent, OrderState> outcome = orders
                .given(new OrderCreated("o-1", 100), new PaymentReceived("o-1", "p-1"))
                .when(new ShipOrder("o-1"))
                .thenEvents(new OrderShipped("o-1"));

        assertThat(outcome.events()).containsExactly(new OrderShipped("o-1"));
        assertThat(outcome.state()).isEqualTo(new OrderState("o-1", Status.SHIPPED));
    }

    @Test
    void startsFromTheInitialStateGivenNothing() {
        orders.givenNothing()
                .when(new CreateOrder("o-1", 100))
                .thenEvents(new OrderCreated("o-1", 100))
                .thenState(state -> assertThat(state.status()).isEqualTo(Status.CREATED));
    }

    @Test
    void acceptsTheGivenEventsAsAList() {
        List<OrderEvent> history = List.of(new OrderCreated("o-1", 100), new PaymentReceived("o-1", "p-1"));

        orders.given(history).when(new ShipOrder("o-1")).thenEvents(List.of(new OrderShipped("o-1")));
    }

    @Test
    void runsEveryScenarioFromTheInitialStateSoOneScenarioServesManyCommands() {
        Scenario<OrderCommand, OrderEvent, OrderState> created = orders.given(new OrderCreated("o-1", 100));

        created.when(new CancelOrder("o-1", "changed my mind"))
                .thenEvents(new OrderCancelled("o-1", "changed my mind"));
        created.when(new CancelOrder("o-1", "again")).thenEvents(new OrderCancelled("o-1", "again"));
        orders.givenNothing().when(new CreateOrder("o-2", 5)).thenEvents(new OrderCreated("o-2", 5));
    }

    @Test
    void reportsTheFirstDifferingPositionWithBothSequences() {
        Outcome<OrderCommand, OrderEvent, OrderState> outcome = orders
                .given(new OrderCreated("o-1", 100))
                .when(new CancelOrder("o-1", "late"));

        assertThatThrownBy(() -> outcome.thenEvents(new OrderShipped("o-1")))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("""
                        Expected events differ at position 1 (of 1 expected, 1 actual):
                          when CancelOrder{orderId="o-1", reason="late"}
                          expected:
                          > 1. OrderShipped{orderId="o-1"}
                          actual:
                          > 1. OrderCancelled{orderId="o-1", reason="late"}""");
    }

    @Test
    void namesEachDifferingFieldOfSameTypeEvents() {
        Outcome<OrderCommand, OrderEvent, OrderState> outcome =
                orders.givenNothing().when(new CreateOrder("o-1", 120));

        assertThatThrownBy(() -> outcome.thenEvents(new OrderCreated("o-7", 100)))
                .hasMessage("""
                        Expected events differ at position 1 (of 1 expected, 1 actual):
                          when CreateOrder{orderId="o-1", amount=120}
                          expected:
                          > 1. OrderCreated{orderId="o-7", amount=100}
                          actual:
                          > 1. OrderCreated{orderId="o-1", amount=120}
                          field orderId: expected "o-7" but was "o-1"
                          field amount: expected 100 but was 120""");
    }

    @Test
    void marksTheMissingEventWhenFewerWereProduced() {
        Outcome<OrderCommand, OrderEvent, OrderState> outcome = orders
                .given(new OrderCreated("o-1", 100), new PaymentReceived("o-1", "p-1"))
                .when(new ShipOrder("o-1"));

        assertThatThrownBy(() -> outcome.thenEvents(new OrderShipped("o-1"), new OrderCancelled("o-1", "late")))
                .hasMessage("""
                        Expected events differ at position 2 (of 2 expected, 1 actual):
                          when ShipOrder{orderId="o-1"}
                          expected:
                            1. OrderShipped{orderId="o-1"}
                          > 2. OrderCancelled{orderId="o-1", reason="late"}
                          actual:
                            1. OrderShipped{orderId="o-1"}
                          > 2. (no event)""");
    }

    @Test
    void carriesBothSequencesAsExpectedAndActualForTheIdeDiff() {
        Outcome<OrderCommand, OrderEvent, OrderState> outcome =
                orders.givenNothing().when(new CreateOrder("o-1", 120));

        AssertionFailedError failure = Caught.failure(() -> outcome.thenEvents(new OrderCreated("o-1", 100)));

        assertThat(failure.getExpected().getStringRepresentation())
                .isEqualTo("1. OrderCreated{orderId=\"o-1\", amount=100}");
        assertThat(failure.getActual().getStringRepresentation())
                .isEqualTo("1. OrderCreated{orderId=\"o-1\", amount=120}");
    }

    @Test
    void failsThenNoEventsWithTheEventsProduced() {
        Outcome<OrderCommand, OrderEvent, OrderState> outcome =
                orders.givenNothing().when(new CreateOrder("o-1", 100));

        assertThatThrownBy(outcome::thenNoEvents)
                .hasMessage("""
                        Expected events differ at position 1 (of 0 expected, 1 actual):
                          when CreateOrder{orderId="o-1", amount=100}
                          expected:
                          > 1. (no event)
                          actual:
                          > 1. OrderCreated{orderId="o-1", amount=100}""");
    }

    @Test
    void passesThenNoEventsWhenNothingHappened() {
        orders.given(new OrderCreated("o-1", 100), new PaymentReceived("o-1", "p-1"))
                .when(new CancelOrder("o-1", "too late"))
                .thenNoEvents()
                .thenState(state -> assertThat(state.status()).isEqualTo(Status.PAID));
    }

    @Test
    void saysTheCommandWasRejectedWhenEventsWereExpected() {
        Outcome<OrderCommand, OrderEvent, OrderState> outcome =
                orders.given(new OrderCreated("o-1", 100)).when(new ShipOrder("o-1"));

        AssertionFailedError failure = Caught.failure(() -> outcome.thenEvents(new OrderShipped("o-1")));

        assertThat(failure).hasMessage("""
                Expected 1 event, but the command was rejected:
                  when ShipOrder{orderId="o-1"}
                  rejected with java.lang.IllegalStateException: order o-1 is not paid
                  expected:
                    1. OrderShipped{orderId="o-1"}""");
        assertThat(failure.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("order o-1 is not paid");
        assertThat(failure.getActual().getStringRepresentation())
                .isEqualTo("java.lang.IllegalStateException: order o-1 is not paid");
    }

    @Test
    void saysTheCommandWasRejectedWhenNoEventsWereExpected() {
        Outcome<OrderCommand, OrderEvent, OrderState> outcome = orders.givenNothing().when(new ShipOrder("o-9"));

        assertThatThrownBy(outcome::thenNoEvents).hasMessage("""
                Expected no events, but the command was rejected:
                  when ShipOrder{orderId="o-9"}
                  rejected with java.lang.IllegalStateException: order o-9 is not paid""");
    }

    @Test
    void passesThenFailsOnTheExpectedTypeAndMessageFragment() {
        orders.givenNothing().when(new ShipOrder("o-9")).thenFails(IllegalStateException.class);
        orders.givenNothing().when(new ShipOrder("o-9")).thenFails(RuntimeException.class, "not paid");
    }

    @Test
    void listsTheEventsProducedWhenAnExpectedRejectionDidNotHappen() {
        Outcome<OrderCommand, OrderEvent, OrderState> outcome =
                orders.givenNothing().when(new CreateOrder("o-1", 100));

        AssertionFailedError failure =
                Caught.failure(() -> outcome.thenFails(IllegalStateException.class, "already exists"));

        assertThat(failure).hasMessage("""
                Expected the command to be rejected with java.lang.IllegalStateException containing \
                "already exists", but it was accepted:
                  when CreateOrder{orderId="o-1", amount=100}
                  actual:
                    1. OrderCreated{orderId="o-1", amount=100}""");
        assertThat(failure.getExpected().getStringRepresentation())
                .isEqualTo("java.lang.IllegalStateException containing \"already exists\"");
    }

    @Test
    void saysSoWhenAnExpectedRejectionProducedNoEventsEither() {
        Outcome<OrderCommand, OrderEvent, OrderState> outcome = orders
                .given(new OrderCreated("o-1", 100), new PaymentReceived("o-1", "p-1"))
                .when(new CancelOrder("o-1", "late"));

        assertThatThrownBy(() -> outcome.thenFails(IllegalStateException.class)).hasMessage("""
                Expected the command to be rejected with java.lang.IllegalStateException, but it was accepted:
                  when CancelOrder{orderId="o-1", reason="late"}
                  actual:
                    (no events)""");
    }

    @Test
    void namesBothExceptionTypesWhenTheTypeDiffers() {
        Outcome<OrderCommand, OrderEvent, OrderState> outcome = orders.givenNothing().when(new ShipOrder("o-1"));

        AssertionFailedError failure = Caught.failure(() -> outcome.thenFails(IllegalArgumentException.class));

        assertThat(failure).hasMessage("""
                Expected the command to be rejected with java.lang.IllegalArgumentException, but the exception \
                type differs:
                  when ShipOrder{orderId="o-1"}
                  rejected with java.lang.IllegalStateException: order o-1 is not paid""");
        assertThat(failure.getCause()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void showsBothMessagesWhenTheMessageDiffers() {
        Outcome<OrderCommand, OrderEvent, OrderState> outcome = orders.givenNothing().when(new ShipOrder("o-1"));

        assertThatThrownBy(() -> outcome.thenFails(IllegalStateException.class, "not shipped")).hasMessage("""
                Expected the command to be rejected with java.lang.IllegalStateException containing \
                "not shipped", but the message differs:
                  when ShipOrder{orderId="o-1"}
                  rejected with java.lang.IllegalStateException: order o-1 is not paid""");
    }

    @Test
    void checksTheStateBeforeARejectionOnlyOnceTheRejectionWasExpected() {
        Outcome<OrderCommand, OrderEvent, OrderState> outcome =
                orders.given(new OrderCreated("o-1", 100)).when(new ShipOrder("o-1"));

        assertThatThrownBy(() -> outcome.thenState(state -> { })).hasMessage("""
                Expected no rejection before checking the state, but the command was rejected:
                  when ShipOrder{orderId="o-1"}
                  rejected with java.lang.IllegalStateException: order o-1 is not paid""");
        outcome.thenFails(IllegalStateException.class)
                .thenState(state -> assertThat(state.status()).isEqualTo(Status.CREATED));
    }

    @Test
    void letsTheStateAssertionsFailTheTest() {
        Outcome<OrderCommand, OrderEvent, OrderState> outcome =
                orders.givenNothing().when(new CreateOrder("o-1", 100));

        assertThatThrownBy(() -> outcome.thenState(state -> assertThat(state.status()).isEqualTo(Status.PAID)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PAID");
    }

    @Test
    void explainsAGivenEventTheAggregateCannotApply() {
        AggregateFixture<OrderCommand, OrderEvent, OrderState> strict = AggregateFixture.forDecider(
                new Decider<OrderCommand, OrderEvent, OrderState>() {
                    @Override
                    public OrderState initialState() {
                        return Orders.DECIDER.initialState();
                    }

                    @Override
                    public List<OrderEvent> decide(OrderCommand command, OrderState state) {
                        return Orders.DECIDER.decide(command, state);
                    }

                    @Override
                    public OrderState evolve(OrderState state, OrderEvent event) {
                        if (event instanceof OrderShipped && state.status() != Status.PAID) {
                            throw new IllegalArgumentException("cannot ship an unpaid order");
                        }
                        return Orders.DECIDER.evolve(state, event);
                    }
                });
        Scenario<OrderCommand, OrderEvent, OrderState> impossible =
                strict.given(new OrderCreated("o-1", 100), new OrderShipped("o-1"));

        assertThatThrownBy(() -> impossible.when(new ShipOrder("o-1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot apply given event 2, OrderShipped{orderId=\"o-1\"}: "
                        + "java.lang.IllegalArgumentException: cannot ship an unpaid order")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsADecideThatReturnsNull() {
        AggregateFixture<String, String, String> broken = AggregateFixture.forDecider(new Decider<>() {
            @Override
            public String initialState() {
                return "";
            }

            @Override
            public List<String> decide(String command, String state) {
                return null;
            }

            @Override
            public String evolve(String state, String event) {
                return state + event;
            }
        });

        assertThatThrownBy(() -> broken.givenNothing().when("go"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("decide returned null for go: return an empty list when a command produces no events");
    }

    @Test
    void rejectsANullGivenEvent() {
        assertThatThrownBy(() -> orders.given(new OrderCreated("o-1", 1), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("given event 2 is null");
    }

    @Test
    void passesEveryGivenAndProducedEventThroughTheValidator() {
        List<Object> validated = new ArrayList<>();
        AggregateFixture<OrderCommand, OrderEvent, OrderState> validating = orders.withValidator((event, descriptor, payload) -> validated.add(event));

        validating.given(new OrderCreated("o-1", 100), new PaymentReceived("o-1", "p-1"))
                .when(new ShipOrder("o-1"))
                .thenEvents(new OrderShipped("o-1"));

        assertThat(validated).containsExactly(
                new OrderCreated("o-1", 100), new PaymentReceived("o-1", "p-1"), new OrderShipped("o-1"));
    }

    @Test
    void letsAValidatorFailurePropagateInsteadOfCountingAsARejection() {
        AggregateFixture<OrderCommand, OrderEvent, OrderState> validating = orders.withValidator((event, descriptor, payload) -> {
            if (event instanceof OrderCreated created && created.amount() <= 0) {
                throw new IllegalArgumentException("OrderCreated: #/amount: must be positive");
            }
        });
        Scenario<OrderCommand, OrderEvent, OrderState> scenario = validating.givenNothing();

        assertThatThrownBy(() -> scenario.when(new CreateOrder("o-1", 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("OrderCreated: #/amount: must be positive");
    }
}
