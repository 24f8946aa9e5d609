package dev.eventtestkit.examples.features;

import dev.eventtestkit.aggregate.AggregateFixture;
import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.MessageHandler;
import dev.eventtestkit.cucumber.EventTestkitConfiguration;
import dev.eventtestkit.cucumber.EventTestkitSetup;
import dev.eventtestkit.examples.inventory.ProductStock;
import dev.eventtestkit.examples.inventory.StockEvent;
import dev.eventtestkit.examples.inventory.StockCommand.ReleaseStock;
import dev.eventtestkit.examples.inventory.StockCommand.ReserveStock;
import dev.eventtestkit.examples.inventory.projection.StockLevelProjection;
import dev.eventtestkit.examples.orders.Order;
import dev.eventtestkit.examples.orders.OrderEvent;
import dev.eventtestkit.examples.orders.OrderCommand.CancelOrder;
import dev.eventtestkit.examples.orders.OrderCommand.CreateOrder;
import dev.eventtestkit.examples.orders.OrderCommand.RecordPayment;
import dev.eventtestkit.examples.orders.OrderCommand.ShipOrder;
import dev.eventtestkit.examples.orders.process.OrderLine;
import dev.eventtestkit.examples.orders.process.OrderLines;
import dev.eventtestkit.examples.orders.process.OrderProcess;
import dev.eventtestkit.examples.payments.InMemoryProcessedPayments;
import dev.eventtestkit.examples.payments.PaymentFailed;
import dev.eventtestkit.examples.payments.PaymentRequested;
import dev.eventtestkit.examples.payments.PaymentService;
import dev.eventtestkit.examples.payments.RefundIssued;
import dev.eventtestkit.examples.shipping.InMemoryDispatchedShipments;
import dev.eventtestkit.examples.shipping.ShipmentDispatched;
import dev.eventtestkit.examples.shipping.ShipmentRequested;
import dev.eventtestkit.examples.shipping.ShippingService;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The example system as the features see it: every event of {@code dev.eventtestkit.examples}, the order
 * aggregate as {@code order} (with its payment deadline) and the product stock as {@code stock}, and on the
 * broker the whole shop: the payments service (with {@link FeaturePaymentGateway}), the order process, the
 * shipping service (with a carrier in memory that answers {@code TRK-<orderId>}) and the stock read model.
 *
 * <p>The order store knows {@code o-1}, {@code o-2} and the gateway's special orders, each one line of two
 * units of {@code p-1} to {@code 1 Harbour Road}. A new instance per scenario, so every service starts empty.
 */
public final class ExampleSystemConfiguration implements EventTestkitConfiguration {

    private static final OrderLine LINE = new OrderLine("p-1", 2, "1 Harbour Road");

    @Override
    public void configure(EventTestkitSetup setup) {
        // named one by one: a package scan would also find the test sources' own v2 records of these types
        setup.events(StockEvent.StockReceived.class, StockEvent.StockReserved.class, StockEvent.StockReleased.class,
                StockEvent.OutOfStock.class, OrderEvent.OrderCreated.class, OrderEvent.PaymentProcessed.class,
                OrderEvent.OrderShipped.class, OrderEvent.OrderCancelled.class, PaymentRequested.class,
                PaymentFailed.class, RefundIssued.class, ShipmentRequested.class, ShipmentDispatched.class);
        setup.aggregate("order", AggregateFixture.forDecider(Order.DECIDER).withDeadlines(Order::deadlines))
                .commands(CreateOrder.class, RecordPayment.class, ShipOrder.class, CancelOrder.class);
        setup.aggregate("stock", ProductStock::new, ProductStock::apply, ProductStock::handle)
                .commands(ReserveStock.class, ReleaseStock.class);

        Broker broker = setup.broker();
        PaymentService payments = new PaymentService(broker, new FeaturePaymentGateway(),
                new InMemoryProcessedPayments());
        setup.consumer(PaymentService.REQUESTS, PaymentService.GROUP, payments::onMessage);
        setup.consumer(OrderProcess.ORDERS, PaymentService.GROUP, payments::onMessage);

        MessageHandler process = orderProcess(setup);
        setup.consumer(OrderProcess.ORDERS, OrderProcess.GROUP, process);
        setup.consumer(PaymentService.EVENTS, OrderProcess.GROUP, process);
        setup.consumer(ShippingService.TOPIC, OrderProcess.GROUP, process);

        ShippingService shipping = new ShippingService(broker, request -> "TRK-" + request.orderId(),
                new InMemoryDispatchedShipments());
        setup.consumer(ShippingService.TOPIC, ShippingService.GROUP, shipping::onMessage);

        setup.consumer(OrderProcess.INVENTORY, StockLevelProjection.GROUP,
                new StockLevelProjection(Map.of("p-1", 10)));
    }

    /**
     * The order process runs its payment deadline on the scenario's clock, which must not start in
     * {@code configure} (a {@code Given the clock is ...} could no longer set it): it is made at the first
     * delivery, when the broker, and with it the clock, has started.
     */
    private static MessageHandler orderProcess(EventTestkitSetup setup) {
        OrderLines lines = new OrderLines();
        for (String orderId : new String[] {"o-1", "o-2", FeaturePaymentGateway.DECLINED,
                FeaturePaymentGateway.UNREACHABLE, FeaturePaymentGateway.UNREACHABLE_ONCE}) {
            lines.put(orderId, LINE);
        }
        return new MessageHandler() {
            private @Nullable OrderProcess process;

            @Override
            public void handle(Message message) {
                OrderProcess started = process;
                if (started == null) {
                    started = new OrderProcess(setup.broker(), setup.clock().scheduler(), lines);
                    process = started;
                }
                started.onMessage(message);
            }
        };
    }
}
