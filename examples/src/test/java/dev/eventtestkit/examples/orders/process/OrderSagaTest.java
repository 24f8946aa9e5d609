package dev.eventtestkit.examples.orders.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.examples.inventory.StockEvent.StockReleased;
import dev.eventtestkit.examples.inventory.StockEvent.StockReserved;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCancelled;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCreated;
import dev.eventtestkit.examples.orders.OrderEvent.OrderShipped;
import dev.eventtestkit.examples.orders.OrderEvent.PaymentProcessed;
import dev.eventtestkit.examples.payments.PaymentFailed;
import dev.eventtestkit.examples.payments.PaymentRequested;
import dev.eventtestkit.examples.shipping.ShipmentDispatched;
import dev.eventtestkit.examples.shipping.ShipmentRequested;
import dev.eventtestkit.process.ProcessFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The order saga's decisions with {@code ProcessFixture}: no broker, no topics, virtual time. The same saga
 * runs on a broker in {@link OrderProcessTest}; this test says what it decides, that one that the wiring
 * publishes it.
 */
class OrderSagaTest {

    private final OrderLines lines = new OrderLines()
            .put("o-1", new OrderLine("p-1", 2, "1 Harbour Road"))
            .put("o-2", new OrderLine("p-7", 1, "9 Quay Street"));

    private final ProcessFixture<Object, Object, OrderSagaState> saga = ProcessFixture.forProcess(new OrderSaga(lines));

    @Test
    void reservesTheStockRequestsThePaymentAndStartsTheDeadlineWhenAnOrderIsCreated() {
        saga.givenNothing()
                .when(new OrderCreated("o-1", 2500))
                .thenCommands(new StockReserved("o-1", "p-1", 2), new PaymentRequested("o-1", 2500))
                .thenScheduledDeadline(Duration.ofMinutes(30), new PaymentTimedOut("o-1"))
                .thenState(state -> assertThat(state.step()).isEqualTo(ProcessStep.AWAITING_PAYMENT));
    }

    @Test
    void requestsTheShipmentAndStopsTheDeadlineWhenThePaymentArrives() {
        saga.given(new OrderCreated("o-1", 2500))
                .when(new PaymentProcessed("o-1", "pay-1"))
                .thenCommands(new ShipmentRequested("o-1", "1 Harbour Road"))
                .thenCancelledDeadline(new PaymentTimedOut("o-1"))
                .thenNoScheduledDeadlines()
                .thenState(state -> assertThat(state.step()).isEqualTo(ProcessStep.AWAITING_SHIPMENT));
    }

    @Test
    void doesNothingAt29MinutesAndCancelsAt30WhenNoPaymentArrives() {
        saga.given(new OrderCreated("o-1", 2500))
                .whenTimePasses(Duration.ofMinutes(29))
                .thenNoCommands();
        saga.given(new OrderCreated("o-1", 2500))
                .whenTimePasses(Duration.ofMinutes(30))
                .thenCommands(new OrderCancelled("o-1", "payment timeout"), new StockReleased("o-1", "p-1", 2))
                .thenState(state -> assertThat(state.step()).isEqualTo(ProcessStep.CANCELLED));
    }

    @Test
    void keepsTwoOrdersApart() {
        saga.given(new OrderCreated("o-1", 2500), new OrderCreated("o-2", 900))
                .when(new PaymentProcessed("o-1", "pay-1"))
                .thenCommands(new ShipmentRequested("o-1", "1 Harbour Road"))
                .thenState("o-1", state -> assertThat(state.step()).isEqualTo(ProcessStep.AWAITING_SHIPMENT))
                .thenState("o-2", state -> assertThat(state.step()).isEqualTo(ProcessStep.AWAITING_PAYMENT));
        saga.given(new OrderCreated("o-1", 2500), new OrderCreated("o-2", 900), new PaymentProcessed("o-1", "pay-1"))
                .whenTimePasses(Duration.ofMinutes(30))
                .thenCommands(new OrderCancelled("o-2", "payment timeout"), new StockReleased("o-2", "p-7", 1))
                .thenState("o-1", state -> assertThat(state.step()).isEqualTo(ProcessStep.AWAITING_SHIPMENT));
    }

    @Test
    void ignoresADuplicateOrderCreated() {
        saga.given(new OrderCreated("o-1", 2500))
                .when(new OrderCreated("o-1", 2500))
                .thenNoCommands()
                .thenNoScheduledDeadlines();
    }

    @Test
    void cancelsTheOrderWhenThePaymentFails() {
        saga.given(new OrderCreated("o-1", 2500))
                .when(new PaymentFailed("o-1", "card declined"))
                .thenCommands(new OrderCancelled("o-1", "payment failed: card declined"),
                        new StockReleased("o-1", "p-1", 2))
                .thenCancelledDeadline(new PaymentTimedOut("o-1"));
    }

    @Test
    void marksTheOrderShippedOnceTheParcelIsDispatched() {
        saga.given(new OrderCreated("o-1", 2500), new PaymentProcessed("o-1", "pay-1"))
                .when(new ShipmentDispatched("o-1", "TRK-1"))
                .thenCommands(new OrderShipped("o-1"))
                .thenState(state -> assertThat(state.step()).isEqualTo(ProcessStep.SHIPPED));
    }

    @Test
    void ignoresAPaymentAfterTheCancellation() {
        saga.given(new OrderCreated("o-1", 2500), new PaymentFailed("o-1", "card declined"))
                .when(new PaymentProcessed("o-1", "pay-1"))
                .thenNoCommands();
    }

    @Test
    void failsWhenTheOrderStoreHasNoLine() {
        saga.givenNothing()
                .when(new OrderCreated("o-9", 100))
                .thenFails(IllegalStateException.class, "order o-9 has no line in the order store")
                .thenState("o-9", state -> assertThat(state.step()).isEqualTo(ProcessStep.UNKNOWN));
    }
}
