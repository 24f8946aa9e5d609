package dev.eventtestkit.examples.notifications;

import dev.eventtestkit.broker.ConsumeOptions;
import dev.eventtestkit.broker.ExchangeType;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.QueueBroker;
import dev.eventtestkit.broker.QueueOptions;
import dev.eventtestkit.broker.Subscription;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCreated;
import dev.eventtestkit.examples.orders.OrderEvent.OrderShipped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The notifications service on RabbitMQ: order events arrive on a topic exchange, several competing consumers
 * take them from one queue and tell the customer. A busy sender (rate limited) is retried at once by a nack
 * with requeue; a sender that is down is retried later through a TTL retry queue; after three such retries
 * the message is rejected to the dead-letter exchange and parked.
 *
 * <pre>{@code
 * NotificationQueue.declare(broker, NotificationQueue.Ordering.PER_QUEUE, Duration.ofSeconds(30));
 * new NotificationQueue(broker, sender).start(3);
 * broker.send(NotificationQueue.EXCHANGE, "order.created", new OrderCreated("o-1", 2500));
 * }</pre>
 *
 * <p>With {@link Ordering#NONE} (plain competing consumers with a prefetch window) a nack reorders: while one
 * consumer's "we received your order" is requeued, another consumer may already tell the customer the order
 * is on its way. {@link Ordering#PER_QUEUE} declares the queue with a single active consumer and prefetch 1,
 * so a requeued message goes out before the next one.
 */
public final class NotificationQueue {

    /** The topic exchange order events are sent to, with routing keys {@code order.created}, {@code order.shipped}. */
    public static final String EXCHANGE = "order-events";
    /** The queue the consumers share. */
    public static final String QUEUE = "notifications";
    /** The TTL retry queue: it dead-letters back into {@link #QUEUE} when the back-off has passed. */
    public static final String RETRY = "notifications.retry";
    /** Where messages go after their last retry. */
    public static final String DEAD_LETTERS = "notifications.dlx";
    /** The parking queue behind {@link #DEAD_LETTERS}. */
    public static final String PARKED = "notifications.parked";
    /** The header counting trips through {@link #RETRY}. */
    public static final String RETRIES = "x-notification-retries";
    /** Trips through the retry queue before a message is parked. */
    public static final int MAX_RETRIES = 3;

    /** How the queue keeps order between messages. */
    public enum Ordering {
        /** Competing consumers with a prefetch window of 10: fast, and a nack may reorder. */
        NONE,
        /** A single active consumer with prefetch 1: a requeued message goes first. */
        PER_QUEUE
    }

    private final QueueBroker broker;
    private final NotificationSender sender;
    private final Ordering ordering;

    /**
     * @param broker where the order events come from
     * @param sender sends the notifications, on the consumer's thread
     * @param ordering how the queue was declared, which decides the prefetch
     */
    public NotificationQueue(QueueBroker broker, NotificationSender sender, Ordering ordering) {
        this.broker = Objects.requireNonNull(broker, "broker");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.ordering = Objects.requireNonNull(ordering, "ordering");
    }

    /**
     * Declares the exchange, the queue (dead-lettering to {@link #DEAD_LETTERS}), the TTL retry queue and the
     * parking queue.
     *
     * @param broker the broker
     * @param ordering whether the queue has a single active consumer
     * @param retryAfter how long a message waits in the retry queue
     */
    public static void declare(QueueBroker broker, Ordering ordering, Duration retryAfter) {
        broker.declareExchange(EXCHANGE, ExchangeType.TOPIC);
        broker.declareExchange(DEAD_LETTERS, ExchangeType.FANOUT);
        broker.declareQueue(QUEUE, QueueOptions.defaults().deadLetterExchange(DEAD_LETTERS)
                .singleActiveConsumer(ordering == Ordering.PER_QUEUE));
        broker.bind(QUEUE, EXCHANGE, "order.#");
        broker.declareQueue(RETRY, QueueOptions.defaults().messageTtl(retryAfter).deadLetterExchange("")
                .deadLetterRoutingKey(QUEUE));
        broker.declareQueue(PARKED);
        broker.bind(PARKED, DEAD_LETTERS, "");
    }

    /**
     * @param consumers how many competing consumers to start, 1 or more
     * @return their subscriptions
     */
    public List<Subscription> start(int consumers) {
        ConsumeOptions options = ConsumeOptions.defaults().manualAck()
                .prefetch(ordering == Ordering.PER_QUEUE ? 1 : 10);
        List<Subscription> subscriptions = new ArrayList<>();
        for (int i = 0; i < consumers; i++) {
            subscriptions.add(broker.consume(QUEUE, options, this::onMessage));
        }
        return subscriptions;
    }

    /**
     * Tells the customer about a created or shipped order and acks; other types are acked and ignored.
     *
     * @param message the delivered order event
     */
    public void onMessage(Message message) {
        Notification notification = notificationOf(message);
        if (notification == null) {
            message.context().ack();
            return;
        }
        try {
            sender.send(notification);
            message.context().ack();
        } catch (NotificationSender.Busy busy) {
            message.context().nack(true);
        } catch (RuntimeException down) {
            retryLater(message);
        }
    }

    private void retryLater(Message message) {
        int retries = Integer.parseInt(message.headers().getOrDefault(RETRIES, "0"));
        if (retries >= MAX_RETRIES) {
            message.context().reject();
            return;
        }
        Object event = "OrderCreated".equals(message.type()) ? message.payloadAs(OrderCreated.class)
                : message.payloadAs(OrderShipped.class);
        broker.send("", RETRY, event, Map.of(RETRIES, Integer.toString(retries + 1)));
        message.context().ack();
    }

    private static @Nullable Notification notificationOf(Message message) {
        if ("OrderCreated".equals(message.type())) {
            String orderId = message.payloadAs(OrderCreated.class).orderId();
            return new Notification(orderId, "We received your order " + orderId + ".");
        }
        if ("OrderShipped".equals(message.type())) {
            String orderId = message.payloadAs(OrderShipped.class).orderId();
            return new Notification(orderId, "Your order " + orderId + " is on its way.");
        }
        return null;
    }
}
