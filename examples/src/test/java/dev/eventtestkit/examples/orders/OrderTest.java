package dev.eventtestkit.examples.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.aggregate.AggregateFixture;
import dev.eventtestkit.examples.orders.OrderCommand.CancelOrder;
import dev.eventtestkit.examples.orders.OrderCommand.CreateOrder;
import dev.eventtestkit.examples.orders.OrderCommand.RecordPayment;
import dev.eventtestkit.examples.orders.OrderCommand.ShipOrder;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCancelled;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCreated;
import dev.eventtestkit.examples.orders.OrderEvent.OrderShipped;
import dev.eventtestkit.examples.orders.OrderEvent.PaymentProcessed;
import dev.eventtestkit.examples.orders.OrderState.Status;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The order decider: what passes, and what a failing expectation prints. */
class OrderTest {

    private final AggregateFixture<OrderCommand, OrderEvent, OrderState> orders =
            AggregateFixture.forDecider(Order.DECIDER);

    @Test
    void createsAnOrder() {
        orders.givenNothing()
                .when(new CreateOrder("o-1", 100))
                .thenEvents(new OrderCreated("o-1", 100))
                .thenState(state -> assertThat(state).isEqualTo(new OrderState("o-1", Status.CREATED, 100)));
    }

    @Test
    void recordsThePayment() {
        orders.given(new OrderCreated("o-1", 100))
                .when(new RecordPayment("o-1", "p-1"))
                .thenEvents(new PaymentProcessed("o-1", "p-1"));
    }

    @Test
    void ignoresARedeliveredPaymentConfirmation() {
        orders.given(new OrderCreated("o-1", 100), new PaymentProcessed("o-1", "p-1"))
                .when(new RecordPayment("o-1", "p-1"))
                .thenNoEvents();
    }

    @Test
    void shipsAPaidOrder() {
        orders.given(new OrderCreated("o-1", 100), new PaymentProcessed("o-1", "p-1"))
                .when(new ShipOrder("o-1"))
                .thenEvents(new OrderShipped("o-1"))
                .thenState(state -> assertThat(state.status()).isEqualTo(Status.SHIPPED));
    }

    @Test
    void refusesToShipAnUnpaidOrder() {
        orders.given(new OrderCreated("o-1", 100))
                .when(new ShipOrder("o-1"))
                .thenFails(IllegalStateException.class, "order o-1 is not paid")
                .thenState(state -> assertThat(state.status()).isEqualTo(Status.CREATED));
    }

    @Test
    void refusesToShipAnOrderThatDoesNotExist() {
        orders.givenNothing().when(new ShipOrder("o-9")).thenFails(IllegalStateException.class);
    }

    @Test
    void refusesANonPositiveAmount() {
        orders.givenNothing()
                .when(new CreateOrder("o-1", 0))
                .thenFails(IllegalArgumentException.class, "the amount must be positive, was 0");
    }

    @Test
    void cancelsAnUnpaidOrder() {
        orders.given(new OrderCreated("o-1", 100))
                .when(new CancelOrder("o-1", "customer changed their mind"))
                .thenEvents(new OrderCancelled("o-1", "customer changed their mind"));
    }

    @Test
    void refusesAPaymentForACancelledOrder() {
        orders.given(new OrderCreated("o-1", 100), new OrderCancelled("o-1", "payment timeout"))
                .when(new RecordPayment("o-1", "p-7"))
                .thenFails(IllegalStateException.class, "order o-1 is cancelled: refund p-7");
    }

    /** Failing expectations, kept failing on purpose to show what the fixture prints. */
    @Nested
    class WhatAFailurePrints {

        @Test
        void aDifferentEvent() {
            assertThatThrownBy(() -> orders
                    .given(new OrderCreated("o-1", 100))
                    .when(new CancelOrder("o-1", "late"))
                    .thenEvents(new OrderShipped("o-1")))
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
        void aDifferentField() {
            assertThatThrownBy(() -> orders
                    .givenNothing()
                    .when(new CreateOrder("o-1", 120))
                    .thenEvents(new OrderCreated("o-1", 100)))
                    .hasMessage("""
                            Expected events differ at position 1 (of 1 expected, 1 actual):
                              when CreateOrder{orderId="o-1", amount=120}
                              expected:
                              > 1. OrderCreated{orderId="o-1", amount=100}
                              actual:
                              > 1. OrderCreated{orderId="o-1", amount=120}
                              field amount: expected 100 but was 120""");
        }

        @Test
        void aRejectedCommand() {
            assertThatThrownBy(() -> orders
                    .given(new OrderCreated("o-1", 100))
                    .when(new ShipOrder("o-1"))
                    .thenEvents(new OrderShipped("o-1")))
                    .hasMessage("""
                            Expected 1 event, but the command was rejected:
                              when ShipOrder{orderId="o-1"}
                              rejected with java.lang.IllegalStateException: order o-1 is not paid
                              expected:
                                1. OrderShipped{orderId="o-1"}""")
                    .hasCauseInstanceOf(IllegalStateException.class);
        }

        @Test
        void anAcceptedCommandThatShouldHaveBeenRejected() {
            assertThatThrownBy(() -> orders
                    .given(new OrderCreated("o-1", 100), new PaymentProcessed("o-1", "p-1"))
                    .when(new ShipOrder("o-1"))
                    .thenFails(IllegalStateException.class, "not paid"))
                    .hasMessage("""
                            Expected the command to be rejected with java.lang.IllegalStateException containing \
                            "not paid", but it was accepted:
                              when ShipOrder{orderId="o-1"}
                              actual:
                                1. OrderShipped{orderId="o-1"}""");
        }

        @Test
        void anotherException() {
            assertThatThrownBy(() -> orders
                    .givenNothing()
                    .when(new CreateOrder("o-1", -5))
                    .thenFails(IllegalStateException.class))
                    .hasMessage("""
                            Expected the command to be rejected with java.lang.IllegalStateException, but the \
                            exception type differs:
                              when CreateOrder{orderId="o-1", amount=-5}
                              rejected with java.lang.IllegalArgumentException: order o-1: the amount must be \
                            positive, was -5""");
        }

        @Test
        void anotherMessage() {
            assertThatThrownBy(() -> orders
                    .given(new OrderCreated("o-1", 100))
                    .when(new CreateOrder("o-1", 100))
                    .thenFails(IllegalStateException.class, "is not paid"))
                    .hasMessage("""
                            Expected the command to be rejected with java.lang.IllegalStateException containing \
                            "is not paid", but the message differs:
                              when CreateOrder{orderId="o-1", amount=100}
                              rejected with java.lang.IllegalStateException: order o-1 already exists""");
        }
    }
}
