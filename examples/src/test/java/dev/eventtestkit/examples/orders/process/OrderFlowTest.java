package dev.eventtestkit.examples.orders.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.examples.inventory.projection.StockLevelProjection;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCreated;
import dev.eventtestkit.examples.payments.FakePaymentGateway;
import dev.eventtestkit.examples.payments.InMemoryProcessedPayments;
import dev.eventtestkit.examples.payments.PaymentService;
import dev.eventtestkit.examples.shipping.InMemoryDispatchedShipments;
import dev.eventtestkit.examples.shipping.ShippingService;
import dev.eventtestkit.examples.support.ExampleContracts;
import dev.eventtestkit.explore.Explorer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The whole example system on one fake broker: the order process, payments, shipping (a provider in memory)
 * and the stock read model. One order is paid and shipped; the other's payment is declined, so it is cancelled
 * and its stock released.
 */
class OrderFlowTest {

    @Test
    void shipsThePaidOrderAndCancelsTheDeclinedOne() {
        FakeBroker broker = ExampleContracts.fakeBroker().build();
        World world = World.start(broker);

        world.placeTwoOrders();

        world.assertOutcome();
        assertThat(types(broker, OrderProcess.ORDERS)).containsExactly(
                "OrderCreated", "OrderCreated", "OrderShipped", "OrderCancelled");
    }

    @Test
    void endsTheSameWayUnderDuplicatesLostAcksAndReordering() {
        Explorer.random(150).seed(11L)
                .faults(Faults.builder().duplicates(0.3).crashBeforeAck(0.1).reorder(true).build())
                .configure(ExampleContracts.validating())
                .run(broker -> {
                    World world = World.start(broker);
                    world.placeTwoOrders();
                    world.assertOutcome();
                })
                .assertNoFailure();
    }

    private static List<String> types(FakeBroker broker, String topic) {
        return broker.messages(topic).stream().map(Message::type).toList();
    }

    /** Every service of the example, wired to one broker. */
    private record World(FakeBroker broker, OrderProcess process, FakePaymentGateway gateway,
            AtomicInteger providerCalls, StockLevelProjection stock) {

        static World start(FakeBroker broker) {
            broker.createTopic(OrderProcess.ORDERS, 2).createTopic(OrderProcess.INVENTORY, 3);
            OrderLines lines = new OrderLines()
                    .put("o-1", new OrderLine("p-1", 2, "1 Harbour Road"))
                    .put("o-2", new OrderLine("p-1", 3, "2 Mill Lane"));
            OrderProcess process = new OrderProcess(broker, broker.clock().scheduler(), lines);
            process.subscribe();
            FakePaymentGateway gateway = new FakePaymentGateway("o-2");
            new PaymentService(broker, gateway, new InMemoryProcessedPayments()).subscribe();
            AtomicInteger providerCalls = new AtomicInteger();
            new ShippingService(broker, request -> "TRK-" + providerCalls.incrementAndGet() + "-" + request.orderId(),
                    new InMemoryDispatchedShipments()).subscribe();
            StockLevelProjection stock = new StockLevelProjection(Map.of("p-1", 10));
            broker.subscribe(OrderProcess.INVENTORY, StockLevelProjection.GROUP, stock);
            return new World(broker, process, gateway, providerCalls, stock);
        }

        void placeTwoOrders() {
            broker.publish(OrderProcess.ORDERS, "o-1", new OrderCreated("o-1", 2500));
            broker.publish(OrderProcess.ORDERS, "o-2", new OrderCreated("o-2", 900));
            broker.runUntilIdle();
            broker.clock().advance(Duration.ofHours(1));
        }

        void assertOutcome() {
            assertEquals(ProcessStep.SHIPPED, process.step("o-1"), "step of o-1");
            assertEquals(ProcessStep.CANCELLED, process.step("o-2"), "step of o-2");
            gateway.assertChargedOnce("o-1", "o-2");
            assertEquals(1, providerCalls.get(), "shipping provider calls");
            assertEquals(2, stock.reserved("p-1"), "units of p-1 reserved");
            assertEquals(List.of("ShipmentRequested", "ShipmentDispatched"), types(broker, ShippingService.TOPIC),
                    "shipping events");
            assertEquals(List.of(), broker.deadLetters(OrderProcess.ORDERS, OrderProcess.GROUP), "dead letters");
        }
    }
}
