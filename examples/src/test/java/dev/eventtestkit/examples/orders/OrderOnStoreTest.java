package dev.eventtestkit.examples.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.aggregate.AggregateFixture;
import dev.eventtestkit.aggregate.StreamFixture;
import dev.eventtestkit.examples.orders.OrderCommand.CreateOrder;
import dev.eventtestkit.examples.orders.OrderCommand.RecordPayment;
import dev.eventtestkit.examples.orders.OrderCommand.ShipOrder;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCreated;
import dev.eventtestkit.examples.orders.OrderEvent.OrderShipped;
import dev.eventtestkit.examples.orders.OrderEvent.PaymentProcessed;
import dev.eventtestkit.store.FakeEventStore;
import org.junit.jupiter.api.Test;

/** The orders service keeps each order in the store, in stream {@code order-<id>}: the order on its stream. */
class OrderOnStoreTest {

    AggregateFixture<OrderCommand, OrderEvent, OrderState> orders = AggregateFixture.forDecider(Order.DECIDER);

    StreamFixture<OrderCommand, OrderEvent, OrderState> order1 =
            orders.onStream(FakeEventStore::create, "order-1", OrderEvent.class);

    @Test
    void aPaymentIsAppendedAfterTheVersionTheOrderWasLoadedAt() {
        order1.given(new OrderCreated("o-1", 100))             // appended to order-1 as version 0
              .when(new RecordPayment("o-1", "p-1"))            // loads version 0, appends expecting exactly(0)
              .thenEvents(new PaymentProcessed("o-1", "p-1"))
              .andWhen(new ShipOrder("o-1"))                    // loads versions 0-1 again, appends version 2
              .thenEvents(new OrderShipped("o-1"));
    }

    @Test
    void twoConfirmationsOfOnePaymentRecordItOnce() {
        order1.given(new OrderCreated("o-1", 100))
              .whenConcurrently(new RecordPayment("o-1", "p-1"), new RecordPayment("o-1", "p-1"))
              .thenOneConflicts()                               // in each race the second append is refused
              .thenRetrySucceeds()                              // reloaded, it sees the payment: nothing to add
              .thenEventsSatisfy(events -> assertThat(events).hasSize(1));  // paid once, on every path
    }

    @Test
    void anOrderIsCreatedOnce() {
        order1.givenNothing()
              .whenConcurrently(new CreateOrder("o-1", 100), new CreateOrder("o-1", 100))
              .thenOneConflicts()                               // both read "no stream"; the second finds it
              .thenOneRejected();                               // "order o-1 already exists", on every path
    }

    @Test
    void aSnapshotOfTheOrderPlusLaterEventsIsTheReplayedOrder() {
        order1.withSnapshots(OrderState.class)                  // at every version: snapshot + later events == replay
              .given(new OrderCreated("o-1", 100), new PaymentProcessed("o-1", "p-1"))
              .when(new ShipOrder("o-1"))
              .thenEvents(new OrderShipped("o-1"));
    }
}
