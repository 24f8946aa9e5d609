package dev.eventtestkit.examples.orders.tracking;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.examples.orders.OrderEvent.OrderCreated;
import dev.eventtestkit.examples.orders.OrderEvent.PaymentProcessed;
import dev.eventtestkit.examples.orders.tracking.OrderTracking.Status;
import dev.eventtestkit.examples.shipping.ShipmentDispatched;
import dev.eventtestkit.explore.Schedule;
import dev.eventtestkit.projection.ProjectionFixture;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The order-tracking read model: right in every order its streams interleave, under duplicates, and rebuilt. */
class OrderTrackingTest {

    private final ProjectionFixture<OrderTracking> tracking =
            ProjectionFixture.forEvents(OrderTracking::new, OrderTracking::on);

    @Test
    void showsAPaidAndDispatchedOrderAsDispatched() {
        tracking.given("order-1", new OrderCreated("o-1", 100), new PaymentProcessed("o-1", "p-1"))
                .given("shipment-1", new ShipmentDispatched("o-1", "track-7"))
                .thenQuery(model -> model.status("o-1"), Status.DISPATCHED);
    }

    @Test
    void isTheSameInEveryOrderTheStreamsInterleaveAndUnderDuplicates() {
        tracking.withDuplicates(0.5)
                .given("order-1", new OrderCreated("o-1", 100), new PaymentProcessed("o-1", "p-1"))
                .given("order-2", new OrderCreated("o-2", 250))
                .given("shipment-1", new ShipmentDispatched("o-1", "track-7"))
                .underEveryOrder()
                .thenConverges(OrderTracking::snapshot)
                .thenQuery(model -> model.status("o-1"), Status.DISPATCHED)
                .rebuild(OrderTracking::snapshot);
    }

    @Test
    void catchesTheNaiveReadModelThatDropsADispatchArrivingFirst() {
        ProjectionFixture<NaiveOrderTracking> naive =
                ProjectionFixture.forEvents(NaiveOrderTracking::new, NaiveOrderTracking::on);

        assertThatThrownBy(() -> naive
                .given("order-1", new OrderCreated("o-1", 100), new PaymentProcessed("o-1", "p-1"))
                .given("shipment-1", new ShipmentDispatched("o-1", "track-7"))
                .underEveryOrder()
                .thenQuery(model -> model.status.get("o-1"), "DISPATCHED"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("""
                        under order 2 of at most 100000 (every order that keeps each stream's order): the query answers \
                        PAID, expected DISPATCHED
                          delivered: order-1@0 OrderCreated, shipment-1@0 ShipmentDispatched, order-1@1 PaymentProcessed
                        Replay it:
                          .replayOrder(Schedule.of(0L, 0, 1))
                        """);
    }

    @Test
    void theFailingOrderReplaysAlone() {
        ProjectionFixture.forEvents(NaiveOrderTracking::new, NaiveOrderTracking::on)
                .given("order-1", new OrderCreated("o-1", 100), new PaymentProcessed("o-1", "p-1"))
                .given("shipment-1", new ShipmentDispatched("o-1", "track-7"))
                .replayOrder(Schedule.of(0L, 0, 1))
                .thenQuery(model -> model.status.get("o-1"), "PAID");
    }
}
