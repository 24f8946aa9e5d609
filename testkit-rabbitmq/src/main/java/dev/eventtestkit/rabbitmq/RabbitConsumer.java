package dev.eventtestkit.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import dev.eventtestkit.broker.ConsumeOptions;
import dev.eventtestkit.broker.DeliveryContext;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.MessageHandler;
import dev.eventtestkit.broker.QueueBrokerException;
import dev.eventtestkit.broker.Subscription;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One consumer on a channel of its own (its prefetch and delivery tags are its own, as on the fake): runs the
 * handler, acks for it in auto mode, keeps the tags it has not settled so that a second ack is refused here
 * instead of closing the channel, and retries failures under the broker's retry policy.
 */
final class RabbitConsumer extends DefaultConsumer implements Subscription {

    private final RabbitBroker broker;
    private final String queue;
    private final String tag;
    private final boolean manual;
    private final MessageHandler handler;
    private final Set<Long> unsettled = ConcurrentHashMap.newKeySet();
    private final AtomicInteger running = new AtomicInteger();
    private volatile boolean cancelled;

    RabbitConsumer(RabbitBroker broker, Channel channel, String queue, String tag, ConsumeOptions options,
            MessageHandler handler) {
        super(channel);
        this.broker = broker;
        this.queue = queue;
        this.tag = tag;
        this.manual = options.ackMode() == ConsumeOptions.AckMode.MANUAL;
        this.handler = handler;
    }

    String queue() {
        return queue;
    }

    @Override
    public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
        running.incrementAndGet();
        try {
            long deliveryTag = envelope.getDeliveryTag();
            unsettled.add(deliveryTag);
            int attempt = broker.attempt(properties.getMessageId(), queue, properties);
            Context context = new Context(deliveryTag, envelope, properties, body);
            Message message = broker.messages().decode(envelope, properties, body, queue, attempt, context);
            try {
                handler.handle(message);
            } catch (Exception failure) {
                failed(context, message);
                return;
            }
            if (!manual) {
                settle(deliveryTag, "ack", channel -> channel.basicAck(deliveryTag, false));
            }
        } finally {
            running.decrementAndGet();
        }
    }

    /** The retry policy: nack with requeue, a trip through a TTL retry queue, or, at the end, a reject. */
    private void failed(Context context, Message message) {
        long deliveryTag = context.tag;
        if (!unsettled.contains(deliveryTag)) {
            return; // the handler settled it before throwing: not retried, as on the fake
        }
        var policy = broker.settings().retryPolicy;
        int failures = broker.failed(context.properties.getMessageId(), queue);
        if (failures >= policy.maxAttempts()) {
            settle(deliveryTag, "reject", channel -> channel.basicReject(deliveryTag, false));
            return;
        }
        Duration backoff = policy.backoffAfter(failures);
        if (backoff.isZero()) {
            settle(deliveryTag, "nack", channel -> channel.basicNack(deliveryTag, false, true));
            return;
        }
        Map<String, Object> headers = new LinkedHashMap<>(
                context.properties.getHeaders() == null ? Map.of() : context.properties.getHeaders());
        headers.put(RabbitMessages.VIA, message.exchange());
        AMQP.BasicProperties retry = context.properties.builder().headers(headers).build();
        RabbitNames names = broker.names();
        broker.publish("retry a message of queue '" + queue + "'", names.retryExchange(queue, backoff.toMillis()),
                context.envelope.getRoutingKey(), false,
                new RabbitMessages.Encoded(message, retry, context.body));
        settle(deliveryTag, "ack", channel -> channel.basicAck(deliveryTag, false));
    }

    /** Settles a tag once; a second time is RabbitMQ's PRECONDITION_FAILED, refused before it reaches the server. */
    private void settle(long deliveryTag, String how, Settlement call) {
        String operation = how + " of delivery tag " + deliveryTag + " from queue '" + queue + "' (consumer " + tag
                + ")";
        if (!unsettled.remove(deliveryTag)) {
            throw QueueBrokerException.unknownDeliveryTag(operation, deliveryTag);
        }
        Channel channel = getChannel();
        synchronized (channel) {
            try {
                call.on(channel);
            } catch (Exception failure) {
                throw RabbitErrors.translate(operation, failure, broker.names());
            }
        }
    }

    /** An ack, nack or reject on the consumer's channel. */
    @FunctionalInterface
    private interface Settlement {
        void on(Channel channel) throws Exception;
    }

    /** The context a manual-ack handler settles through. */
    private final class Context implements DeliveryContext {
        final long tag;
        final Envelope envelope;
        final AMQP.BasicProperties properties;
        final byte[] body;

        Context(long tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
            this.tag = tag;
            this.envelope = envelope;
            this.properties = properties;
            this.body = body;
        }

        @Override
        public long deliveryTag() {
            return tag;
        }

        @Override
        public void ack() {
            manualOnly("ack");
            settle(tag, "ack", channel -> channel.basicAck(tag, false));
        }

        @Override
        public void nack(boolean requeue) {
            String how = requeue ? "nack with requeue" : "nack";
            manualOnly(how);
            settle(tag, how, channel -> channel.basicNack(tag, false, requeue));
        }

        @Override
        public void reject() {
            manualOnly("reject");
            settle(tag, "reject", channel -> channel.basicReject(tag, false));
        }

        private void manualOnly(String how) {
            if (!manual) {
                throw new IllegalStateException(how + " of delivery tag " + tag + " from queue '" + queue
                        + "' (consumer " + RabbitConsumer.this.tag + "): this consumer acknowledges automatically"
                        + " when its handler returns; consume with ConsumeOptions.defaults().manualAck() to settle"
                        + " deliveries yourself");
            }
        }
    }

    void pending(List<String> lines) {
        if (running.get() > 0) {
            lines.add("consumer " + tag + " on queue '" + queue + "': a handler is running");
        }
        if (!manual && !unsettled.isEmpty()) {
            lines.add("consumer " + tag + " on queue '" + queue + "': " + unsettled.size() + " unsettled deliveries");
        }
    }

    @Override
    public String topic() {
        return queue;
    }

    @Override
    public String group() {
        return tag;
    }

    /** Cancels the consumer and closes its channel: what it had not acked goes back to the queue. */
    @Override
    public void close() {
        if (cancelled) {
            return;
        }
        cancelled = true;
        broker.forget(this);
        Channel channel = getChannel();
        try {
            if (channel.isOpen()) {
                channel.basicCancel(tag);
                channel.close();
            }
        } catch (Exception alreadyGone) {
            // the channel or connection closed first: the server requeued what was unacked
        }
        unsettled.clear();
    }

    /** The queue was deleted: nothing to requeue. */
    void drop() {
        close();
    }

    @Override
    public String toString() {
        return "consumer " + tag + " on queue " + queue;
    }
}
