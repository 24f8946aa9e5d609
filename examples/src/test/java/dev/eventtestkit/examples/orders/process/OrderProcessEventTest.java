package dev.eventtestkit.examples.orders.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.EventType;
import dev.eventtestkit.event.Json;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCreated;
import dev.eventtestkit.examples.payments.PaymentService;
import dev.eventtestkit.examples.shipping.ShippingService;
import dev.eventtestkit.junit5.EventTest;
import dev.eventtestkit.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order saga with the JUnit face of the kit: {@code @EventTest} injects the broker and its virtual clock,
 * so the 30-minute payment deadline passes in no time, and validates every publish against {@code schemas/},
 * including the v2 events newer producers publish.
 */
@EventTest(schemas = "schemas")
class OrderProcessEventTest {

    /** OrderCreated as the newer order service publishes it: v2 adds the currency. */
    @EventType(name = "OrderCreated", version = 2)
    record OrderCreatedV2(String orderId, long amount, String currency) {}

    /** PaymentProcessed as the newer payment provider publishes it: v2 adds the provider. */
    @EventType(name = "PaymentProcessed", version = 2)
    record PaymentProcessedV2(String orderId, String paymentId, String provider) {}

    /** ShipmentDispatched as the newer carrier integration publishes it: v2 adds the carrier. */
    @EventType(name = "ShipmentDispatched", version = 2)
    record ShipmentDispatchedV2(String orderId, String trackingId, String carrier) {}

    @Test
    void cancelsTheOrderAndReleasesTheStockWhenNoPaymentArrivesWithin30Minutes(FakeBroker broker, VirtualClock clock) {
        OrderProcess process = start(broker, clock);
        broker.publish(OrderProcess.ORDERS, "o-1", new OrderCreated("o-1", 2500));

        clock.advance(Duration.ofMinutes(29));

        assertThat(process.step("o-1")).isEqualTo(ProcessStep.AWAITING_PAYMENT);

        clock.advance(Duration.ofMinutes(1));

        assertThat(events(broker, OrderProcess.ORDERS)).containsExactly(
                "OrderCreated v1 {\"orderId\":\"o-1\",\"amount\":2500}",
                "OrderCancelled v1 {\"orderId\":\"o-1\",\"reason\":\"payment timeout\"}");
        assertThat(events(broker, OrderProcess.INVENTORY)).containsExactly(
                "StockReserved v1 {\"orderId\":\"o-1\",\"productId\":\"p-1\",\"quantity\":2}",
                "StockReleased v1 {\"orderId\":\"o-1\",\"productId\":\"p-1\",\"quantity\":2}");
        assertThat(broker.messages(OrderProcess.ORDERS).get(1).timestamp())
                .isEqualTo(Instant.parse("2026-01-01T00:30:00Z"));
        assertThat(process.step("o-1")).isEqualTo(ProcessStep.CANCELLED);
    }

    @Test
    void shipsAnOrderWhoseEventsComeFromNewerProducersAtV2(FakeBroker broker, VirtualClock clock) {
        OrderProcess process = start(broker, clock);

        broker.publish(OrderProcess.ORDERS, "o-1", new OrderCreatedV2("o-1", 2500, "EUR"));
        clock.advance(Duration.ofMinutes(10));
        broker.publish(PaymentService.EVENTS, "o-1", new PaymentProcessedV2("o-1", "pay-1", "acme-pay"));
        broker.runUntilIdle();
        broker.publish(ShippingService.TOPIC, "o-1", new ShipmentDispatchedV2("o-1", "TRK-1", "parcel-co"));
        broker.runUntilIdle();

        assertThat(events(broker, ShippingService.TOPIC)).containsExactly(
                "ShipmentRequested v1 {\"orderId\":\"o-1\",\"address\":\"1 Harbour Road\"}",
                "ShipmentDispatched v2 {\"orderId\":\"o-1\",\"trackingId\":\"TRK-1\",\"carrier\":\"parcel-co\"}");
        assertThat(events(broker, OrderProcess.ORDERS)).containsExactly(
                "OrderCreated v2 {\"orderId\":\"o-1\",\"amount\":2500,\"currency\":\"EUR\"}",
                "OrderShipped v1 {\"orderId\":\"o-1\"}");
        assertThat(process.step("o-1")).isEqualTo(ProcessStep.SHIPPED);
        assertThat(clock.pendingTimers()).isZero();
    }

    @Test
    void upcastsAStoredV1OrderCreatedToAValidV2WithTheCurrencyV1Meant(EventContracts contracts) {
        EventContracts upcasting = contracts.withUpcaster("OrderCreated", 1,
                json -> json.with("currency", "EUR"));
        Json stored = EventCodec.jackson().toJson(new OrderCreated("o-1", 2500));

        Json current = upcasting.upcast("OrderCreated", 1, stored);

        assertThat(upcasting.validate("OrderCreated", 1, stored)).isEmpty();
        assertThat(upcasting.validate("OrderCreated", 2, current)).isEmpty();
        assertThat(current.toString()).isEqualTo("{\"orderId\":\"o-1\",\"amount\":2500,\"currency\":\"EUR\"}");
        upcasting.assertUpcastersValid();
    }

    private static OrderProcess start(FakeBroker broker, VirtualClock clock) {
        OrderLines lines = new OrderLines().put("o-1", new OrderLine("p-1", 2, "1 Harbour Road"));
        OrderProcess process = new OrderProcess(broker, clock.scheduler(), lines);
        process.subscribe();
        return process;
    }

    private static List<String> events(FakeBroker broker, String topic) {
        return broker.messages(topic).stream()
                .map(message -> message.type() + " v" + message.version() + " " + message.payload())
                .toList();
    }
}
