package dev.eventtestkit.examples.orders.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCreated;
import dev.eventtestkit.examples.orders.OrderEvent.PaymentProcessed;
import dev.eventtestkit.examples.payments.PaymentFailed;
import dev.eventtestkit.examples.payments.PaymentService;
import dev.eventtestkit.examples.shipping.ShipmentDispatched;
import dev.eventtestkit.examples.shipping.ShippingService;
import dev.eventtestkit.examples.support.ExampleContracts;
import dev.eventtestkit.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order saga on the fake broker and virtual time: 30 minutes pass in no time. */
class OrderProcessTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final FakeBroker broker = ExampleContracts.fakeBroker().clock(VirtualClock.at(START)).build();
    private final OrderProcess process = start(broker);

    @Test
    void reservesTheStockRequestsThePaymentAndStartsTheDeadlineWhenAnOrderIsCreated() {
        broker.publish(OrderProcess.ORDERS, "o-1", new OrderCreated("o-1", 2500));
        broker.runUntilIdle();

        assertThat(events(OrderProcess.INVENTORY))
                .containsExactly("StockReserved {\"orderId\":\"o-1\",\"productId\":\"p-1\",\"quantity\":2}");
        assertThat(events(PaymentService.REQUESTS))
                .containsExactly("PaymentRequested {\"orderId\":\"o-1\",\"amount\":2500}");
        assertThat(process.step("o-1")).isEqualTo(ProcessStep.AWAITING_PAYMENT);
        assertThat(broker.clock().nextTimer()).contains(START.plus(Duration.ofMinutes(30)));
    }

    @Test
    void doesNothingAt29MinutesAndCancelsAt30WhenNoPaymentArrives() {
        broker.publish(OrderProcess.ORDERS, "o-1", new OrderCreated("o-1", 2500));

        broker.clock().advance(Duration.ofMinutes(29));

        assertThat(events(OrderProcess.ORDERS)).containsExactly("OrderCreated {\"orderId\":\"o-1\",\"amount\":2500}");
        assertThat(process.step("o-1")).isEqualTo(ProcessStep.AWAITING_PAYMENT);

        broker.clock().advance(Duration.ofMinutes(1));

        assertThat(events(OrderProcess.ORDERS)).containsExactly(
                "OrderCreated {\"orderId\":\"o-1\",\"amount\":2500}",
                "OrderCancelled {\"orderId\":\"o-1\",\"reason\":\"payment timeout\"}");
        assertThat(events(OrderProcess.INVENTORY)).containsExactly(
                "StockReserved {\"orderId\":\"o-1\",\"productId\":\"p-1\",\"quantity\":2}",
                "StockReleased {\"orderId\":\"o-1\",\"productId\":\"p-1\",\"quantity\":2}");
        assertThat(broker.messages(OrderProcess.ORDERS).get(1).timestamp())
                .isEqualTo(START.plus(Duration.ofMinutes(30)));
        assertThat(process.step("o-1")).isEqualTo(ProcessStep.CANCELLED);
    }

    @Test
    void shipsAnOrderPaidAtMinute10AndStopsItsDeadline() {
        broker.publish(OrderProcess.ORDERS, "o-1", new OrderCreated("o-1", 2500));
        broker.clock().advance(Duration.ofMinutes(10));

        broker.publish(PaymentService.EVENTS, "o-1", new PaymentProcessed("o-1", "pay-1"));
        broker.runUntilIdle();

        assertThat(events(ShippingService.TOPIC))
                .containsExactly("ShipmentRequested {\"orderId\":\"o-1\",\"address\":\"1 Harbour Road\"}");
        assertThat(broker.clock().pendingTimers()).isZero();

        broker.clock().advance(Duration.ofMinutes(30));
        broker.publish(ShippingService.TOPIC, "o-1", new ShipmentDispatched("o-1", "TRK-1"));
        broker.runUntilIdle();

        assertThat(events(OrderProcess.ORDERS)).containsExactly(
                "OrderCreated {\"orderId\":\"o-1\",\"amount\":2500}",
                "OrderShipped {\"orderId\":\"o-1\"}");
        assertThat(process.step("o-1")).isEqualTo(ProcessStep.SHIPPED);
    }

    @Test
    void cancelsAtOnceWhenThePaymentFails() {
        broker.publish(OrderProcess.ORDERS, "o-1", new OrderCreated("o-1", 2500));
        broker.clock().advance(Duration.ofMinutes(5));

        broker.publish(PaymentService.EVENTS, "o-1", new PaymentFailed("o-1", "insufficient funds"));
        broker.runUntilIdle();

        assertThat(events(OrderProcess.ORDERS)).containsExactly(
                "OrderCreated {\"orderId\":\"o-1\",\"amount\":2500}",
                "OrderCancelled {\"orderId\":\"o-1\",\"reason\":\"payment failed: insufficient funds\"}");
        assertThat(events(OrderProcess.INVENTORY)).hasSize(2)
                .last().isEqualTo("StockReleased {\"orderId\":\"o-1\",\"productId\":\"p-1\",\"quantity\":2}");
        assertThat(broker.clock().pendingTimers()).isZero();
    }

    @Test
    void takesEachStepOnceWhenEveryEventIsDeliveredTwice() {
        FakeBroker twice = ExampleContracts.fakeBroker().faults(Faults.builder().duplicates(1.0).build()).build();
        OrderProcess process = start(twice);

        twice.publish(OrderProcess.ORDERS, "o-1", new OrderCreated("o-1", 2500));
        twice.runUntilIdle();
        twice.publish(PaymentService.EVENTS, "o-1", new PaymentProcessed("o-1", "pay-1"));
        twice.runUntilIdle();
        twice.publish(ShippingService.TOPIC, "o-1", new ShipmentDispatched("o-1", "TRK-1"));
        twice.runUntilIdle();

        assertThat(twice.trace().faults()).hasSize(5);
        assertThat(twice.messages(OrderProcess.INVENTORY)).hasSize(1);
        assertThat(twice.messages(PaymentService.REQUESTS)).hasSize(1);
        assertThat(twice.messages(ShippingService.TOPIC)).extracting(Message::type)
                .containsExactly("ShipmentRequested", "ShipmentDispatched");
        assertThat(twice.messages(OrderProcess.ORDERS)).extracting(Message::type)
                .containsExactly("OrderCreated", "OrderShipped");
        assertThat(process.step("o-1")).isEqualTo(ProcessStep.SHIPPED);
    }

    private static OrderProcess start(FakeBroker broker) {
        OrderLines lines = new OrderLines().put("o-1", new OrderLine("p-1", 2, "1 Harbour Road"));
        OrderProcess process = new OrderProcess(broker, broker.clock().scheduler(), lines);
        process.subscribe();
        return process;
    }

    private List<String> events(String topic) {
        return broker.messages(topic).stream().map(message -> message.type() + " " + message.payload()).toList();
    }
}
