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
import dev.eventtestkit.aggregate.Orders.PayOrder;
import dev.eventtestkit.aggregate.Orders.PaymentReceived;
import dev.eventtestkit.aggregate.Orders.ShipOrder;
import dev.eventtestkit.aggregate.Orders.Status;
import dev.eventtestkit.store.ExpectedVersion;
import dev.eventtestkit.store.FakeEventStore;
import dev.eventtestkit.store.StoredEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamFixtureTest {

    private final List<FakeEventStore> stores = new ArrayList<>();

    private final StreamFixture<OrderCommand, OrderEvent, OrderState> order1 =
            AggregateFixture.forDecider(Orders.DECIDER).withDeadlines(Orders::paymentTimeout)
                    .onStream(this::freshStore, "order-1",
                            OrderCreated.class, PaymentReceived.class, OrderShipped.class, OrderCancelled.class);

    private FakeEventStore freshStore() {
        FakeEventStore store = FakeEventStore.create();
        stores.add(store);
        return store;
    }

    private List<StoredEvent> lastStream() {
        return stores.get(stores.size() - 1).readStream("order-1");
    }

    @Test
    void givenAppendsWhenLoadsDecidesAndAppendsAfterTheVersionItRead() {
        order1.given(new OrderCreated("o-1", 100))
                .when(new PayOrder("o-1", "p-1"))
                .thenEvents(new PaymentReceived("o-1", "p-1"))
                .thenState(state -> assertThat(state.status()).isEqualTo(Status.PAID));

        assertThat(lastStream()).extracting(StoredEvent::version, StoredEvent::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, "OrderCreated"),
                        org.assertj.core.groups.Tuple.tuple(1L, "PaymentReceived"));
        assertThat(lastStream().get(1).payloadAs(PaymentReceived.class)).isEqualTo(new PaymentReceived("o-1", "p-1"));
    }

    @Test
    void aRejectedCommandAppendsNothing() {
        order1.given(new OrderCreated("o-1", 100))
                .when(new ShipOrder("o-1"))
                .thenFails(IllegalStateException.class, "not paid");

        assertThat(lastStream()).hasSize(1);
    }

    @Test
    void andWhenGoesOnOnTheStreamLoadingItAgain() {
        order1.givenNothing()
                .when(new Orders.CreateOrder("o-1", 100)).thenEvents(new OrderCreated("o-1", 100))
                .andWhen(new PayOrder("o-1", "p-1")).thenEvents(new PaymentReceived("o-1", "p-1"))
                .andWhen(new ShipOrder("o-1")).thenEvents(new OrderShipped("o-1"));

        assertThat(stores).hasSize(1);
        assertThat(lastStream()).extracting(StoredEvent::type)
                .containsExactly("OrderCreated", "PaymentReceived", "OrderShipped");
    }

    @Test
    void metadataOfTheCommandReachesTheStore() {
        order1.given(new OrderCreated("o-1", 100))
                .when(new PayOrder("o-1", "p-1"), Map.of("correlationId", "c-1", "messageId", "m-7"))
                .thenEvents(new PaymentReceived("o-1", "p-1"));

        assertThat(lastStream().get(1).metadata()).containsEntry("correlationId", "c-1")
                .containsEntry("causationId", "m-7");
    }

    @Test
    void deadlinesOfTheLoadedStreamFireAndTheirEventsAreAppended() {
        order1.given(new OrderCreated("o-1", 100))
                .whenTimePasses(Duration.ofMinutes(30))
                .thenEvents(new OrderCancelled("o-1", "payment timeout"));

        assertThat(lastStream()).extracting(StoredEvent::type).containsExactly("OrderCreated", "OrderCancelled");
    }

    @Test
    void twoPaymentsRacingBothAppendWhenTheAggregateDoesNotGuardAgainstThem() {
        ConcurrentOutcome<OrderCommand, OrderEvent, OrderState> outcome = order1.given(new OrderCreated("o-1", 100))
                .whenConcurrently(new PayOrder("o-1", "p-1"), new PayOrder("o-1", "p-2"));

        outcome.thenOneConflicts().thenRetrySucceeds().thenBothAccepted()
                .thenEventsSatisfy(events -> assertThat(events).hasSize(2));
        AssertionError failure = Caught.failure(() -> outcome.thenEventsSatisfy(events -> assertThat(events).hasSize(1)));
        assertThat(failure.getMessage()).startsWith("""
                whenConcurrently on stream order-1 (after 1 given event): the events appended on path "A then B" \
                failed the assertions:
                A = PayOrder{orderId="o-1", paymentId="p-1"}
                B = PayOrder{orderId="o-1", paymentId="p-2"}
                > A then B:              A appended PaymentReceived{orderId="o-1", paymentId="p-1"} at version 1; \
                B appended PaymentReceived{orderId="o-1", paymentId="p-2"} at version 2
                  B then A:              B appended PaymentReceived{orderId="o-1", paymentId="p-2"} at version 1; \
                A appended PaymentReceived{orderId="o-1", paymentId="p-1"} at version 2
                  race, A appends first: both read version 0; A appended PaymentReceived{orderId="o-1", \
                paymentId="p-1"} at version 1; B conflicted (the stream was at version 1), retried: appended \
                PaymentReceived{orderId="o-1", paymentId="p-2"} at version 2
                  race, B appends first: both read version 0; B appended PaymentReceived{orderId="o-1", \
                paymentId="p-2"} at version 1; A conflicted (the stream was at version 1), retried: appended \
                PaymentReceived{orderId="o-1", paymentId="p-1"} at version 2
                """);
    }

    @Test
    void aPaymentRacingACancellationEndsWithOneRejected() {
        order1.given(new OrderCreated("o-1", 100))
                .whenConcurrently(new CancelOrder("o-1", "customer"), new ShipOrder("o-1"))
                .thenOneRejected();

        AssertionError failure = Caught.failure(() -> order1.given(new OrderCreated("o-1", 100))
                .whenConcurrently(new PayOrder("o-1", "p-1"), new CancelOrder("o-1", "customer"))
                .thenOneRejected());
        assertThat(failure.getMessage()).isEqualTo("""
                whenConcurrently on stream order-1 (after 1 given event): expected exactly one of the two commands \
                rejected on every path, but 4 of 4 paths did not:
                A = PayOrder{orderId="o-1", paymentId="p-1"}
                B = CancelOrder{orderId="o-1", reason="customer"}
                > A then B:              A appended PaymentReceived{orderId="o-1", paymentId="p-1"} at version 1; \
                B accepted, appended nothing
                > B then A:              B appended OrderCancelled{orderId="o-1", reason="customer"} at version 1; \
                A appended PaymentReceived{orderId="o-1", paymentId="p-1"} at version 2
                > race, A appends first: both read version 0; A appended PaymentReceived{orderId="o-1", \
                paymentId="p-1"} at version 1; B conflicted (the stream was at version 1), retried: accepted, \
                appended nothing
                > race, B appends first: both read version 0; B appended OrderCancelled{orderId="o-1", \
                reason="customer"} at version 1; A conflicted (the stream was at version 1), retried: appended \
                PaymentReceived{orderId="o-1", paymentId="p-1"} at version 2""");
    }

    @Test
    void noConflictWhenTheFirstWriterAppendsNothing() {
        ConcurrentOutcome<OrderCommand, OrderEvent, OrderState> outcome = order1
                .given(new OrderCreated("o-1", 100), new PaymentReceived("o-1", "p-1"), new OrderShipped("o-1"))
                .whenConcurrently(new ShipOrder("o-1"), new CancelOrder("o-1", "customer"));

        AssertionError failure = Caught.failure(outcome::thenOneConflicts);
        assertThat(failure.getMessage()).isEqualTo("""
                whenConcurrently on stream order-1 (after 3 given events): expected the second append of each race \
                refused with a wrong expected version, but 2 of 4 paths did not:
                A = ShipOrder{orderId="o-1"}
                B = CancelOrder{orderId="o-1", reason="customer"}
                  A then B:              A rejected: IllegalStateException: order o-1 is not paid; B rejected: \
                IllegalStateException: order o-1 is already shipped
                  B then A:              B rejected: IllegalStateException: order o-1 is already shipped; A \
                rejected: IllegalStateException: order o-1 is not paid
                > race, A appends first: both read version 2; A rejected: IllegalStateException: order o-1 is not \
                paid; B rejected: IllegalStateException: order o-1 is already shipped
                > race, B appends first: both read version 2; B rejected: IllegalStateException: order o-1 is \
                already shipped; A rejected: IllegalStateException: order o-1 is not paid""");
        AssertionError bothAccepted = Caught.failure(outcome::thenBothAccepted);
        assertThat(bothAccepted.getMessage()).contains("expected both commands accepted on every path, but 4 of 4");
    }

    @Test
    void theStateOfEveryPathIsSourcedFromTheStream() {
        AssertionError failure = Caught.failure(() -> order1.given(new OrderCreated("o-1", 100))
                .whenConcurrently(new PayOrder("o-1", "p-1"), new CancelOrder("o-1", "customer"))
                .thenState(state -> assertThat(state.status()).isEqualTo(Status.CANCELLED)));
        assertThat(failure.getMessage())
                .startsWith("whenConcurrently on stream order-1 (after 1 given event): the state on path "
                        + "\"A then B\" failed the assertions:")
                .contains("> A then B:")
                .contains("expected: CANCELLED");
    }

    @Test
    void eachScenarioAndEachPathTakesAFreshStore() {
        order1.given(new OrderCreated("o-1", 100)).whenConcurrently(new PayOrder("o-1", "p-1"), new ShipOrder("o-1"));
        assertThat(stores).hasSize(4);

        FakeEventStore shared = FakeEventStore.create();
        StreamFixture<OrderCommand, OrderEvent, OrderState> sharing = AggregateFixture.forDecider(Orders.DECIDER)
                .onStream(() -> shared, "order-1", OrderCreated.class, PaymentReceived.class);
        sharing.given(new OrderCreated("o-1", 100)).when(new PayOrder("o-1", "p-1"));
        assertThatThrownBy(() -> sharing.givenNothing().when(new PayOrder("o-1", "p-1")))
                .hasMessage("onStream: the store for a new scenario already holds 2 event(s) in order-1; the "
                        + "supplier must return a fresh store for each scenario (e.g. FakeEventStore::create)");
    }

    @Test
    void anEventTypeNoClassNamesIsOneLine() {
        StreamFixture<OrderCommand, OrderEvent, OrderState> partial = AggregateFixture.forDecider(Orders.DECIDER)
                .onStream(FakeEventStore::create, "order-1", OrderCreated.class, PaymentReceived.class);

        assertThatThrownBy(() -> partial.given(new OrderCreated("o-1", 100), new OrderShipped("o-1"))
                .when(new ShipOrder("o-1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("stream order-1 holds OrderShipped at version 1, which none of the event classes given "
                        + "to onStream names (they name OrderCreated, PaymentReceived); add its class");
    }

    @Test
    void badArgumentsAreOneLine() {
        AggregateFixture<OrderCommand, OrderEvent, OrderState> orders = AggregateFixture.forDecider(Orders.DECIDER);
        assertThatThrownBy(() -> orders.onStream(FakeEventStore::create, "$all", OrderCreated.class))
                .hasMessage("onStream(\"$all\"): an aggregate's stream has a name with a visible character that "
                        + "does not start with $ (reserved for system streams), e.g. order-1");
        assertThatThrownBy(() -> orders.onStream(FakeEventStore::create, "order-1"))
                .hasMessage("onStream: no event classes given; pass the aggregate's event type (a sealed interface "
                        + "names all its events) or each event class");
        assertThatThrownBy(() -> orders.onStream(FakeEventStore::create, "order-1", OrderEvent.class))
                .hasMessage("onStream: dev.eventtestkit.aggregate.Orders$OrderEvent is neither sealed nor a "
                        + "concrete class, so it does not say which events a stream may hold; seal it, or pass "
                        + "each event class");
        assertThatThrownBy(() -> orders.onStream(() -> null, "order-1", OrderCreated.class)
                .givenNothing().when(new PayOrder("o-1", "p-1")))
                .hasMessage("onStream: the store supplier returned null");
    }

    /** A till whose total the codec never writes: a snapshot of it loses the total. */
    static final class Till {
        public int sales;
        private long total;

        Till() {
        }

        Till(int sales, long total) {
            this.sales = sales;
            this.total = total;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Till that && sales == that.sales && total == that.total;
        }

        @Override
        public int hashCode() {
            return sales * 31 + Long.hashCode(total);
        }

        @Override
        public String toString() {
            return "Till[sales=" + sales + ", total=" + total + "]";
        }
    }

    record Sell(long amount) {}

    record Sold(long amount) {}

    private static final Decider<Sell, Sold, Till> TILL = new Decider<>() {
        @Override
        public Till initialState() {
            return new Till();
        }

        @Override
        public List<Sold> decide(Sell command, Till state) {
            return List.of(new Sold(command.amount()));
        }

        @Override
        public Till evolve(Till state, Sold event) {
            return new Till(state.sales + 1, state.total + event.amount());
        }
    };

    @Test
    void snapshotsOfAStateThatRoundTripsGiveTheReplayedState() {
        order1.withSnapshots(OrderState.class)
                .given(new OrderCreated("o-1", 100), new PaymentReceived("o-1", "p-1"))
                .when(new ShipOrder("o-1"))
                .thenEvents(new OrderShipped("o-1"));
    }

    @Test
    void aSnapshotThatLosesAFieldIsNamedWithTheVersionAndTheField() {
        StreamFixture<Sell, Sold, Till> till = AggregateFixture.forDecider(TILL)
                .onStream(FakeEventStore::create, "till-1", Sold.class).withSnapshots(Till.class);

        AssertionError failure = Caught.failure(() -> till.given(new Sold(5), new Sold(7), new Sold(9))
                .when(new Sell(1)));

        assertThat(failure.getMessage()).isEqualTo("""
                Snapshot check on stream till-1: the state from a snapshot after version 0 plus versions 1-2 \
                differs from the state replayed from all 3 events:
                  replayed:                Till{sales=3, total=21}
                  snapshot + later events: Till{sales=3, total=16}
                  field total: expected 21 but was 16
                  The snapshot is the state written by the codec and read back as Till: a field the codec does \
                not write, or cannot read back, is lost with it.""");
    }
}
