package dev.eventtestkit.examples.orders.process;

import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.Subscription;
import dev.eventtestkit.examples.inventory.StockEvent.StockReleased;
import dev.eventtestkit.examples.inventory.StockEvent.StockReserved;
import dev.eventtestkit.examples.orders.Order;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCancelled;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCreated;
import dev.eventtestkit.examples.orders.OrderEvent.OrderShipped;
import dev.eventtestkit.examples.orders.OrderEvent.PaymentProcessed;
import dev.eventtestkit.examples.payments.PaymentFailed;
import dev.eventtestkit.examples.payments.PaymentRequested;
import dev.eventtestkit.examples.payments.PaymentService;
import dev.eventtestkit.examples.shipping.ShipmentDispatched;
import dev.eventtestkit.examples.shipping.ShipmentRequested;
import dev.eventtestkit.examples.shipping.ShippingService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The order saga: on {@link OrderCreated} it reserves the stock and requests the payment; on
 * {@link PaymentProcessed} it requests the shipment; on {@link ShipmentDispatched} it marks the order shipped.
 * An order not paid within {@link #PAYMENT_TIMEOUT}, or whose payment failed, is cancelled and its stock
 * released.
 *
 * <pre>{@code
 * FakeBroker broker = FakeBroker.create();
 * OrderProcess process = new OrderProcess(broker, broker.clock().scheduler(), lines);
 * process.subscribe();
 * broker.publish(OrderProcess.ORDERS, "o-1", new OrderCreated("o-1", 2500));
 * broker.clock().advance(Duration.ofMinutes(30));   // no payment: OrderCancelled, StockReleased
 * }</pre>
 *
 * <p>The deadline is a timer on the injected scheduler; on the fake broker that is the virtual clock's, so a
 * test moves 30 minutes in no time. Every step is idempotent: a redelivered event finds the order past it.
 */
public final class OrderProcess {

    /** The topic of the order's own events. */
    public static final String ORDERS = "orders";

    /** The topic of stock reservations and releases. */
    public static final String INVENTORY = "inventory";

    /** The consumer group of the process. */
    public static final String GROUP = "order-process";

    /** How long an order waits for its payment: the order aggregate's deadline. */
    public static final Duration PAYMENT_TIMEOUT = Order.PAYMENT_TIMEOUT;

    private final Broker broker;
    private final ScheduledExecutorService timers;
    private final OrderLines lines;
    private final Map<String, ProcessInstance> instances = new ConcurrentHashMap<>();

    /**
     * @param broker where the events come from and go
     * @param timers runs the payment deadline; {@code broker.clock().scheduler()} on the fake broker
     * @param lines the order store's lines
     */
    public OrderProcess(Broker broker, ScheduledExecutorService timers, OrderLines lines) {
        this.broker = Objects.requireNonNull(broker, "broker");
        this.timers = Objects.requireNonNull(timers, "timers");
        this.lines = Objects.requireNonNull(lines, "lines");
    }

    /** @return the subscriptions to the orders, payment-events and shipping topics, as group {@value #GROUP} */
    public List<Subscription> subscribe() {
        return List.of(
                broker.subscribe(ORDERS, GROUP, this::onMessage),
                broker.subscribe(PaymentService.EVENTS, GROUP, this::onMessage),
                broker.subscribe(ShippingService.TOPIC, GROUP, this::onMessage));
    }

    /**
     * Handles a record of any of its topics; event types the process does not wait for are ignored.
     *
     * @param message the delivered record
     */
    public void onMessage(Message message) {
        switch (message.type()) {
            case "OrderCreated":
                onOrderCreated(message.payloadAs(OrderCreated.class));
                break;
            case "PaymentProcessed":
                onPaymentProcessed(message.payloadAs(PaymentProcessed.class));
                break;
            case "PaymentFailed":
                PaymentFailed failed = message.payloadAs(PaymentFailed.class);
                cancel(failed.orderId(), "payment failed: " + failed.reason(), ProcessStep.AWAITING_PAYMENT);
                break;
            case "ShipmentDispatched":
                onShipmentDispatched(message.payloadAs(ShipmentDispatched.class));
                break;
            default:
                break;
        }
    }

    /**
     * Reserves the stock, requests the payment and starts the payment deadline, once per order.
     *
     * @param created the new order
     */
    public synchronized void onOrderCreated(OrderCreated created) {
        String orderId = created.orderId();
        if (instances.containsKey(orderId)) {
            return;
        }
        OrderLine line = lines.of(orderId);
        ProcessInstance instance = new ProcessInstance(line);
        instances.put(orderId, instance);
        broker.publish(INVENTORY, orderId, new StockReserved(orderId, line.productId(), line.quantity()));
        broker.publish(PaymentService.REQUESTS, orderId, new PaymentRequested(orderId, created.amount()));
        instance.deadline(timers.schedule(() -> cancel(orderId, "payment timeout", ProcessStep.AWAITING_PAYMENT),
                PAYMENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
    }

    /**
     * Stops the payment deadline and requests the shipment, once per order.
     *
     * @param paid the payment
     */
    public synchronized void onPaymentProcessed(PaymentProcessed paid) {
        ProcessInstance instance = instances.get(paid.orderId());
        if (instance == null || !instance.moveFrom(ProcessStep.AWAITING_PAYMENT, ProcessStep.AWAITING_SHIPMENT)) {
            return; // a duplicate, or a payment after cancellation, which the payments service refunds
        }
        instance.stopDeadline();
        broker.publish(ShippingService.TOPIC, paid.orderId(),
                new ShipmentRequested(paid.orderId(), instance.line().address()));
    }

    /**
     * Marks the order shipped, once.
     *
     * @param dispatched the provider's confirmation
     */
    public synchronized void onShipmentDispatched(ShipmentDispatched dispatched) {
        ProcessInstance instance = instances.get(dispatched.orderId());
        if (instance != null && instance.moveFrom(ProcessStep.AWAITING_SHIPMENT, ProcessStep.SHIPPED)) {
            broker.publish(ORDERS, dispatched.orderId(), new OrderShipped(dispatched.orderId()));
        }
    }

    /**
     * @param orderId an order
     * @return where the process stands for it
     */
    public synchronized ProcessStep step(String orderId) {
        ProcessInstance instance = instances.get(orderId);
        return instance == null ? ProcessStep.UNKNOWN : instance.step();
    }

    private synchronized void cancel(String orderId, String reason, ProcessStep from) {
        ProcessInstance instance = instances.get(orderId);
        if (instance == null || !instance.moveFrom(from, ProcessStep.CANCELLED)) {
            return;
        }
        instance.stopDeadline();
        OrderLine line = instance.line();
        broker.publish(ORDERS, orderId, new OrderCancelled(orderId, reason));
        broker.publish(INVENTORY, orderId, new StockReleased(orderId, line.productId(), line.quantity()));
    }
}
