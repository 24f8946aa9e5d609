package dev.eventtestkit.rabbitmq;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import dev.eventtestkit.broker.ConsumeOptions;
import dev.eventtestkit.broker.ExchangeType;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.MessageHandler;
import dev.eventtestkit.broker.QueueBroker;
import dev.eventtestkit.broker.QueueOptions;
import dev.eventtestkit.broker.SendOptions;
import dev.eventtestkit.broker.Subscription;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ThreadLocalRandom;
import org.apiguardian.api.API;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;

/**
 * {@link QueueBroker} on a real RabbitMQ: the same calls, messages and refusals as the fake's queues, with
 * handlers on the client's consumer threads.
 *
 * <pre>{@code
 * try (RabbitBroker broker = RabbitBroker.connect()) {        // 127.0.0.1:5672, guest/guest
 *     broker.declareQueue("billing");
 *     broker.consume("billing", message -> billing.on(message.payloadAs(OrderPlaced.class)));
 *     broker.send("", "billing", new OrderPlaced("o-1", 100));
 *     broker.awaitIdle(Duration.ofSeconds(10));
 * }
 * }</pre>
 *
 * <p>Every exchange and queue a test names gets this broker's prefix on the server ({@link #prefix()}), so test
 * runs sharing a server never meet; messages and errors show the names as the test wrote them. {@link #close()}
 * deletes what this broker declared. Sends wait for the server's publisher confirm. A handler that throws is
 * retried under the {@link dev.eventtestkit.broker.RetryPolicy}: a zero back-off nacks with requeue, a longer
 * one goes through a TTL retry queue per back-off ({@code <queue>.retry.<millis>}, dead-lettering back to the
 * queue's tail), and after the last attempt the message is rejected to the queue's dead-letter exchange. The
 * attempt of a delivery counts the x-death expiries from its retry queues and the redeliveries this broker saw.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class RabbitBroker implements QueueBroker, AutoCloseable {

    private final RabbitBrokerBuilder settings;
    private final RabbitNames names;
    private final RabbitMessages messages;
    private final Connection connection;
    private final Object controlLock = new Object();
    private Channel control;
    private final Set<String> declaredQueues = new CopyOnWriteArraySet<>();
    private final Set<String> declaredExchanges = new CopyOnWriteArraySet<>();
    /** Queues whose messages move on by themselves: a TTL and a dead-letter exchange (a retry queue). */
    private final Set<String> expiringQueues = new CopyOnWriteArraySet<>();
    private final List<RabbitConsumer> consumers = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> deliveries = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final List<Message> returned = new CopyOnWriteArrayList<>();
    private final Set<String> returnedIds = ConcurrentHashMap.newKeySet();
    private int consumerTags;

    RabbitBroker(RabbitBrokerBuilder settings) {
        this.settings = settings;
        byte[] random = new byte[4];
        ThreadLocalRandom.current().nextBytes(random);
        this.names = new RabbitNames("etk-" + HexFormat.of().formatHex(random) + "-");
        this.messages = new RabbitMessages(settings.codec, settings.validator, names);
        try {
            this.connection = settings.factory().newConnection("eventtestkit " + names.prefix());
        } catch (Exception failure) {
            throw new IllegalStateException("cannot connect to RabbitMQ at " + settings.address() + ": " + failure
                    + " (is it running? rabbitmq-server -detached starts it)", failure);
        }
        this.control = openControl();
    }

    /** @return a builder with the defaults: 127.0.0.1:5672, guest/guest, virtual host {@code /} */
    public static RabbitBrokerBuilder builder() {
        return RabbitBrokerBuilder.defaults();
    }

    /** @return a broker on 127.0.0.1:5672 as guest/guest */
    public static RabbitBroker connect() {
        return builder().build();
    }

    /** @return the prefix this broker gives every exchange and queue name on the server, e.g. {@code etk-1a2b3c4d-} */
    public String prefix() {
        return names.prefix();
    }

    private Channel openControl() {
        try {
            Channel channel = connection.createChannel();
            channel.confirmSelect();
            channel.addReturnListener(ret -> returnedIds.add(String.valueOf(ret.getProperties().getMessageId())));
            return channel;
        } catch (Exception failure) {
            throw new IllegalStateException("cannot open a channel to RabbitMQ at " + settings.address(), failure);
        }
    }

    /** Runs a call on the control channel; a refusal closes it, so it is reopened and the refusal translated. */
    <T> T control(String operation, ChannelCall<T> call) {
        synchronized (controlLock) {
            try {
                return call.on(control);
            } catch (Exception failure) {
                if (!control.isOpen()) {
                    control = openControl();
                }
                throw RabbitErrors.translate(operation, failure, names);
            }
        }
    }

    /** A call on a channel. */
    @FunctionalInterface
    interface ChannelCall<T> {
        T on(Channel channel) throws Exception;
    }

    @Override
    public void declareExchange(String name, ExchangeType type) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        String physical = names.exchange(name);
        control("declare exchange '" + name + "' of type " + type, channel -> channel.exchangeDeclare(physical,
                type.amqpName(), true));
        if (!physical.equals(name)) {
            declaredExchanges.add(physical);
        }
    }

    @Override
    public void declareQueue(String name, QueueOptions options) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(options, "options");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("declare queue: a queue needs a name (RabbitMQ would make up an"
                    + " amq.gen-... name that a test cannot know)");
        }
        Map<String, Object> arguments = new LinkedHashMap<>(options.arguments());
        String deadLetterExchange = options.deadLetterExchange().orElse(null);
        if (deadLetterExchange != null) {
            arguments.put("x-dead-letter-exchange", names.exchange(deadLetterExchange));
            if (deadLetterExchange.isEmpty() && options.deadLetterRoutingKey().isPresent()) {
                arguments.put("x-dead-letter-routing-key", names.queue(options.deadLetterRoutingKey().get()));
            }
        }
        String physical = names.queue(name);
        control("declare queue '" + name + "'", channel -> channel.queueDeclare(physical, options.isDurable(),
                options.isExclusive(), options.isAutoDelete(), arguments));
        declaredQueues.add(physical);
        if (options.messageTtl().isPresent() && deadLetterExchange != null) {
            expiringQueues.add(name);
        }
    }

    @Override
    public void deleteQueue(String name) {
        String physical = names.queue(Objects.requireNonNull(name, "name"));
        for (RabbitConsumer consumer : consumers) {
            if (consumer.queue().equals(name)) {
                consumer.drop();
            }
        }
        control("delete queue '" + name + "'", channel -> channel.queueDelete(physical));
        declaredQueues.remove(physical);
        expiringQueues.remove(name);
    }

    @Override
    public void bind(String queue, String exchange, String routingKey) {
        bind(queue, exchange, routingKey, Map.of());
    }

    @Override
    public void bind(String queue, String exchange, String routingKey, Map<String, String> arguments) {
        Objects.requireNonNull(routingKey, "routingKey");
        String operation = "bind queue '" + queue + "' to exchange '" + exchange + "' with key '" + routingKey + "'";
        Map<String, Object> amqpArguments = new LinkedHashMap<>(arguments);
        control(operation, channel -> channel.queueBind(names.queue(queue), names.exchange(exchange), routingKey,
                amqpArguments));
    }

    @Override
    public Message send(String exchange, String routingKey, Object event) {
        return send(exchange, routingKey, event, SendOptions.defaults());
    }

    @Override
    public Message send(String exchange, String routingKey, Object event, Map<String, String> headers) {
        return send(exchange, routingKey, event, SendOptions.defaults().headers(headers));
    }

    @Override
    public Message send(String exchange, String routingKey, Object event, SendOptions options) {
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(routingKey, "routingKey");
        Objects.requireNonNull(event, "event");
        String id = UUID.randomUUID().toString();
        RabbitMessages.Encoded encoded = messages.encode(exchange, routingKey, event, options.headers(), id,
                settings.clock.instant());
        String physicalKey = exchange.isEmpty() ? names.queue(routingKey) : routingKey;
        publish("send to exchange '" + exchange + "' with routing key '" + routingKey + "'",
                names.exchange(exchange), physicalKey, options.isMandatory(), encoded);
        if (returnedIds.remove(id)) {
            returned.add(encoded.message());
        }
        return encoded.message();
    }

    /** Publishes and waits for the server's confirm; a nack (a full reject-publish queue) drops the message. */
    void publish(String operation, String physicalExchange, String physicalKey, boolean mandatory,
            RabbitMessages.Encoded encoded) {
        control(operation, channel -> {
            channel.basicPublish(physicalExchange, physicalKey, mandatory, encoded.properties(), encoded.body());
            channel.waitForConfirms(settings.idleTimeout.toMillis());
            return null;
        });
    }

    @Override
    public Subscription consume(String queue, MessageHandler handler) {
        return consume(queue, ConsumeOptions.defaults(), handler);
    }

    @Override
    public Subscription consume(String queue, ConsumeOptions options, MessageHandler handler) {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(handler, "handler");
        String operation = "consume from queue '" + queue + "'";
        control(operation, channel -> channel.queueDeclarePassive(names.queue(queue)));
        declareRetryQueues(queue);
        String tag;
        synchronized (this) {
            tag = "ctag-" + ++consumerTags;
        }
        try {
            Channel channel = connection.createChannel();
            RabbitConsumer consumer = new RabbitConsumer(this, channel, queue, tag, options, handler);
            channel.basicQos(options.prefetch());
            channel.basicConsume(names.queue(queue), false, tag, consumer);
            consumers.add(consumer);
            return consumer;
        } catch (Exception failure) {
            throw RabbitErrors.translate(operation, failure, names);
        }
    }

    /** One fanout exchange and TTL queue per distinct back-off, dead-lettering back to the queue via a fanout. */
    private void declareRetryQueues(String queue) {
        Set<Long> backoffs = new LinkedHashSet<>();
        for (int failure = 1; failure < settings.retryPolicy.maxAttempts(); failure++) {
            long millis = settings.retryPolicy.backoffAfter(failure).toMillis();
            if (millis > 0) {
                backoffs.add(millis);
            }
        }
        if (backoffs.isEmpty()) {
            return;
        }
        String back = names.retryReturn(queue);
        control("declare the retry queues of queue '" + queue + "'", channel -> {
            channel.exchangeDeclare(back, "fanout", true);
            channel.queueBind(names.queue(queue), back, "");
            for (long millis : backoffs) {
                String retry = names.retryExchange(queue, millis);
                channel.exchangeDeclare(retry, "fanout", true);
                channel.queueDeclare(retry, true, false, false,
                        Map.of("x-message-ttl", millis, "x-dead-letter-exchange", back));
                channel.queueBind(retry, retry, "");
            }
            return null;
        });
        declaredExchanges.add(back);
        for (long millis : backoffs) {
            declaredExchanges.add(names.retryExchange(queue, millis));
            declaredQueues.add(names.retryExchange(queue, millis));
        }
    }

    @Override
    public @Nullable Message get(String queue) {
        Objects.requireNonNull(queue, "queue");
        GetResponse response = control("get from queue '" + queue + "'",
                channel -> channel.basicGet(names.queue(queue), true));
        if (response == null) {
            return null;
        }
        int attempt = attempt(response.getProps().getMessageId(), queue, response.getProps());
        return messages.decode(response.getEnvelope(), response.getProps(), response.getBody(), queue, attempt, null);
    }

    @Override
    public int messageCount(String queue) {
        Objects.requireNonNull(queue, "queue");
        return control("count the messages of queue '" + queue + "'",
                channel -> channel.queueDeclarePassive(names.queue(queue)).getMessageCount());
    }

    @Override
    public List<Message> returned() {
        return List.copyOf(returned);
    }

    /** Waits up to the builder's {@code idleTimeout} (30 seconds by default); see {@link #awaitIdle(Duration)}. */
    @Override
    public void runUntilIdle() {
        awaitIdle(settings.idleTimeout);
    }

    /**
     * Waits until, for 100 ms on end, no handler runs, no delivery of an auto-ack consumer is unsettled, and the
     * queues this broker consumes from, their retry queues and the queues it declared with a TTL and a
     * dead-letter exchange (whose messages move on by themselves) hold no message.
     *
     * @throws AssertionFailedError naming what is still pending when the timeout passes
     */
    @Override
    public void awaitIdle(Duration timeout) {
        try {
            Awaitility.await()
                    .atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(20))
                    .during(Duration.ofMillis(100))
                    .until(() -> pending().isEmpty());
        } catch (ConditionTimeoutException timedOut) {
            List<String> last = pending();
            if (!last.isEmpty()) {
                throw new AssertionFailedError("RabbitMQ at " + settings.address() + " is not idle after " + timeout
                        + ":\n  " + String.join("\n  ", last) + "\n");
            }
        }
    }

    private List<String> pending() {
        List<String> lines = new ArrayList<>();
        Set<String> queues = new LinkedHashSet<>();
        for (RabbitConsumer consumer : consumers) {
            consumer.pending(lines);
            queues.add(consumer.queue());
        }
        queues.addAll(expiringQueues);
        for (String queue : queues) {
            count(queue, names.queue(queue), lines);
            for (String physical : declaredQueues) {
                if (names.isRetryQueueOf(physical, queue)) {
                    count(queue, physical, lines);
                }
            }
        }
        return lines;
    }

    private void count(String queue, String physical, List<String> lines) {
        int count = control("count the messages of queue '" + queue + "'",
                channel -> channel.queueDeclarePassive(physical).getMessageCount());
        if (count > 0) {
            lines.add(names.logical(physical) + ": " + count + " ready message(s)");
        }
    }

    /** @return this delivery's attempt: the deliveries this broker saw, at least 1 + the retries x-death counts */
    int attempt(@Nullable String messageId, String queue, com.rabbitmq.client.AMQP.BasicProperties properties) {
        int seen = messageId == null ? 1 : deliveries.merge(queue + "\u0000" + messageId, 1, Integer::sum);
        return Math.max(seen, 1 + messages.retries(properties, queue));
    }

    /** @return the failures of a message's handler on a queue so far, this one included */
    int failed(@Nullable String messageId, String queue) {
        return messageId == null ? 1 : failures.merge(queue + "\u0000" + messageId, 1, Integer::sum);
    }

    RabbitNames names() {
        return names;
    }

    RabbitMessages messages() {
        return messages;
    }

    RabbitBrokerBuilder settings() {
        return settings;
    }

    void forget(RabbitConsumer consumer) {
        consumers.remove(consumer);
    }

    /** Cancels every consumer, deletes every exchange and queue this broker declared, and closes the connection. */
    @Override
    public void close() {
        for (RabbitConsumer consumer : consumers) {
            consumer.close();
        }
        if (connection.isOpen()) {
            for (String queue : declaredQueues) {
                quietly(channel -> channel.queueDelete(queue));
            }
            for (String exchange : declaredExchanges) {
                quietly(channel -> channel.exchangeDelete(exchange));
            }
            try {
                connection.close();
            } catch (Exception ignored) {
                // closing anyway: the server drops what is left with the connection
            }
        }
    }

    private void quietly(ChannelCall<?> call) {
        try {
            control("clean up", call);
        } catch (RuntimeException ignored) {
            // already gone (an auto-delete or exclusive queue)
        }
    }

    @Override
    public String toString() {
        return "RabbitBroker[" + settings.address() + ", prefix " + names.prefix() + "]";
    }
}
