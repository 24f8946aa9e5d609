package dev.eventtestkit.examples.notifications;

import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.Subscription;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCancelled;
import dev.eventtestkit.examples.orders.OrderEvent.OrderShipped;
import dev.eventtestkit.examples.orders.process.OrderProcess;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Tells the customer that an order shipped or was cancelled. The handler only hands the sending to an
 * executor, so a slow sender never holds up the consumer: the broker acknowledges the record at once and the
 * notification goes out later, on the executor's thread.
 *
 * <pre>{@code
 * ExecutorService sending = Executors.newSingleThreadExecutor();
 * new NotificationService(broker, sender, sending).subscribe();
 * }</pre>
 *
 * <p>That hand-off is exactly what a broker cannot see: {@code runUntilIdle} and {@code awaitIdle} return once
 * the handler returned, so a test waits for the executor's effect itself (Awaitility).
 */
public final class NotificationService {

    /** The consumer group of this service. */
    public static final String GROUP = "notifications";

    private final Broker broker;
    private final NotificationSender sender;
    private final Executor sending;

    /**
     * @param broker where the order events come from
     * @param sender sends the notifications
     * @param sending the executor that runs the sender; owned and shut down by the caller
     */
    public NotificationService(Broker broker, NotificationSender sender, Executor sending) {
        this.broker = Objects.requireNonNull(broker, "broker");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.sending = Objects.requireNonNull(sending, "sending");
    }

    /** @return the subscription to the orders topic as group {@value #GROUP} */
    public Subscription subscribe() {
        return broker.subscribe(OrderProcess.ORDERS, GROUP, this::onMessage);
    }

    /**
     * Hands a notification for a shipped or cancelled order to the executor; other types are ignored.
     *
     * @param message the delivered record
     * @throws java.util.concurrent.RejectedExecutionException when the executor is shut down; the broker retries
     */
    public void onMessage(Message message) {
        Notification notification = null;
        if ("OrderShipped".equals(message.type())) {
            String orderId = message.payloadAs(OrderShipped.class).orderId();
            notification = new Notification(orderId, "Your order " + orderId + " is on its way.");
        } else if ("OrderCancelled".equals(message.type())) {
            OrderCancelled cancelled = message.payloadAs(OrderCancelled.class);
            notification = new Notification(cancelled.orderId(),
                    "Your order " + cancelled.orderId() + " was cancelled (" + cancelled.reason() + ").");
        }
        if (notification != null) {
            Notification toSend = notification;
            sending.execute(() -> sender.send(toSend));
        }
    }
}
