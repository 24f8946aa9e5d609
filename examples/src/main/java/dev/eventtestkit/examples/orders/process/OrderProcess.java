package dev.eventtestkit.examples.orders.process;

import dev.eventtestkit.aggregate.Deadline;
import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.Subscription;
import dev.eventtestkit.examples.inventory.StockEvent.StockReleased;
import dev.eventtestkit.examples.inventory.StockEvent.StockReserved;
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
import dev.eventtestkit.process.Reaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The order saga on a broker: it subscribes to the orders, payment-events and shipping topics, hands each event
 * to {@link OrderSaga} (which decides), publishes what the saga sends, each to its topic, and runs the saga's
 * payment deadline on the injected scheduler. One saga instance per order id.
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
    public static final Duration PAYMENT_TIMEOUT = OrderSaga.PAYMENT_TIMEOUT;

    /** One order's saga instance: its state and its running deadlines. */
    private static final class Instance {
        OrderSagaState state;
        final List<Future<?>> deadlines = new ArrayList<>();

        Instance(OrderSagaState state) {
            this.state = state;
        }
    }

    private final Broker broker;
    private final ScheduledExecutorService timers;
    private final OrderSaga saga;
    private final Map<String, Instance> instances = new ConcurrentHashMap<>();

    /**
     * @param broker where the events come from and go
     * @param timers runs the payment deadline; {@code broker.clock().scheduler()} on the fake broker
     * @param lines the order store's lines
     */
    public OrderProcess(Broker broker, ScheduledExecutorService timers, OrderLines lines) {
        this.broker = Objects.requireNonNull(broker, "broker");
        this.timers = Objects.requireNonNull(timers, "timers");
        this.saga = new OrderSaga(lines);
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
                handle(failed.orderId(), failed);
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
    public void onOrderCreated(OrderCreated created) {
        handle(created.orderId(), created);
    }

    /**
     * Stops the payment deadline and requests the shipment, once per order.
     *
     * @param paid the payment
     */
    public void onPaymentProcessed(PaymentProcessed paid) {
        handle(paid.orderId(), paid);
    }

    /**
     * Marks the order shipped, once.
     *
     * @param dispatched the provider's confirmation
     */
    public void onShipmentDispatched(ShipmentDispatched dispatched) {
        handle(dispatched.orderId(), dispatched);
    }

    /**
     * @param orderId an order
     * @return where the process stands for it
     */
    public synchronized ProcessStep step(String orderId) {
        Instance instance = instances.get(orderId);
        return instance == null ? ProcessStep.UNKNOWN : instance.state.step();
    }

    /** Lets the saga react, then does what it decided: stop deadlines, publish, start deadlines. */
    private synchronized void handle(String orderId, Object event) {
        Instance instance = instances.computeIfAbsent(orderId, id -> new Instance(saga.initialState()));
        Reaction<Object, Object, OrderSagaState> reaction = saga.react(instance.state, event);
        if (reaction.cancelsDeadlines()) {
            instance.deadlines.forEach(deadline -> deadline.cancel(false));
            instance.deadlines.clear();
        }
        instance.state = reaction.state();
        for (Object command : reaction.commands()) {
            broker.publish(topicOf(command), orderId, command);
        }
        for (Deadline<Object> deadline : reaction.deadlines()) {
            Object message = deadline.command();
            instance.deadlines.add(timers.schedule(
                    () -> handle(orderId, message), deadline.delay().toMillis(), TimeUnit.MILLISECONDS));
        }
    }

    private static String topicOf(Object command) {
        if (command instanceof StockReserved || command instanceof StockReleased) {
            return INVENTORY;
        }
        if (command instanceof PaymentRequested) {
            return PaymentService.REQUESTS;
        }
        if (command instanceof ShipmentRequested) {
            return ShippingService.TOPIC;
        }
        if (command instanceof OrderShipped || command instanceof OrderCancelled) {
            return ORDERS;
        }
        throw new IllegalStateException("the order saga sent " + command + ", which no topic carries");
    }
}
