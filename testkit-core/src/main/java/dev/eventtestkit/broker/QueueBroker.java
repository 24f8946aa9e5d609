package dev.eventtestkit.broker;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a test does with a RabbitMQ-style broker, fake or real: exchanges route sent messages to the queues bound
 * to them; consumers compete for a queue's messages. {@link FakeBroker} steps deterministically (the same seed,
 * clock, faults, trace and exploration as its topics); {@code dev.eventtestkit.rabbitmq.RabbitBroker} runs the
 * same calls on a real RabbitMQ.
 *
 * <pre>{@code
 * broker.declareExchange("orders", ExchangeType.TOPIC);
 * broker.declareQueue("billing", QueueOptions.defaults().deadLetterExchange("billing.dlx"));
 * broker.bind("billing", "orders", "order.*");
 * broker.consume("billing", message -> billing.on(message.payloadAs(OrderPlaced.class)));
 * broker.send("orders", "order.placed", new OrderPlaced("o-1", 100));
 * broker.runUntilIdle();
 * }</pre>
 *
 * <p>A delivered {@link Message} carries {@link Message#exchange()}, {@link Message#routingKey()} and
 * {@link Message#queue()}; it has no partition or offset (both -1). A message routed to several queues (a fanout)
 * is delivered once from each. Refusals are RabbitMQ's, with its reply text ({@link QueueBrokerException}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface QueueBroker {

    /**
     * Declares an exchange; declaring it again with the same type does nothing.
     *
     * @param name the exchange name, not empty (the default exchange {@code ""} always exists)
     * @param type how it routes
     * @throws QueueBrokerException RabbitMQ's 406 when it exists with another type
     */
    void declareExchange(String name, ExchangeType type);

    /**
     * Declares a queue and binds it to the default exchange under its own name; declaring it again with equal
     * options does nothing.
     *
     * @param name the queue name, not empty
     * @param options its flags and arguments
     * @throws QueueBrokerException RabbitMQ's 406 when it exists with other options, or the options are invalid
     */
    void declareQueue(String name, QueueOptions options);

    /**
     * Declares a queue with {@link QueueOptions#defaults()}.
     *
     * @param name the queue name
     */
    default void declareQueue(String name) {
        declareQueue(name, QueueOptions.defaults());
    }

    /**
     * Deletes a queue and the messages in it; its consumers are cancelled. Deleting a missing queue does nothing.
     *
     * @param name the queue
     */
    void deleteQueue(String name);

    /**
     * Binds a queue to an exchange: a direct exchange matches the routing key exactly, a topic exchange as a
     * pattern ({@code *} one word, {@code #} zero or more), a fanout ignores it.
     *
     * @param queue the queue
     * @param exchange the exchange
     * @param routingKey the binding key
     * @throws QueueBrokerException RabbitMQ's 404 naming the queue or exchange that was not declared
     */
    void bind(String queue, String exchange, String routingKey);

    /**
     * Binds with arguments; a {@link ExchangeType#HEADERS} exchange matches them against message headers
     * ({@code x-match} {@code all} or {@code any}; {@code x-} arguments other than it are not matched).
     *
     * @param queue the queue
     * @param exchange the exchange
     * @param routingKey the binding key (ignored by a headers exchange)
     * @param arguments the binding arguments
     * @throws QueueBrokerException RabbitMQ's 404 naming the queue or exchange that was not declared
     */
    void bind(String queue, String exchange, String routingKey, Map<String, String> arguments);

    /**
     * Sends an event to an exchange; see {@link #send(String, String, Object, SendOptions)}.
     *
     * @param exchange the exchange; empty for the default exchange (routing key = queue name)
     * @param routingKey the routing key
     * @param event the event, serialized with the broker's codec
     * @return the message as sent (no queue yet)
     */
    Message send(String exchange, String routingKey, Object event);

    /**
     * Sends an event with headers; see {@link #send(String, String, Object, SendOptions)}.
     *
     * @param exchange the exchange
     * @param routingKey the routing key
     * @param event the event
     * @param headers the message headers
     * @return the message as sent
     */
    Message send(String exchange, String routingKey, Object event, Map<String, String> headers);

    /**
     * Sends an event: the exchange routes it to every matching queue (one copy each). A message no queue takes is
     * returned when mandatory ({@link #returned()}) and otherwise dropped.
     *
     * @param exchange the exchange
     * @param routingKey the routing key
     * @param event the event
     * @param options headers and the mandatory flag
     * @return the message as sent, with {@link Message#exchange()} and {@link Message#routingKey()}
     * @throws QueueBrokerException RabbitMQ's 404 when the exchange was not declared; nothing is sent
     */
    Message send(String exchange, String routingKey, Object event, SendOptions options);

    /**
     * Consumes with {@link ConsumeOptions#defaults()}: unlimited prefetch, acked when the handler returns.
     *
     * @param queue the queue
     * @param handler the consumer under test
     * @return the consumer; closing it cancels the consumer and requeues what it had not acked
     */
    Subscription consume(String queue, MessageHandler handler);

    /**
     * Adds a consumer to a queue. Consumers of one queue compete: each message goes to one of them.
     *
     * @param queue the queue
     * @param options prefetch and ack mode
     * @param handler the consumer under test
     * @return the consumer; {@link Subscription#topic()} is the queue, {@link Subscription#group()} the consumer
     *     tag; closing it cancels the consumer and requeues what it had not acked
     * @throws QueueBrokerException RabbitMQ's 404 when the queue was not declared
     */
    Subscription consume(String queue, ConsumeOptions options, MessageHandler handler);

    /**
     * Takes the next ready message of a queue without a consumer ({@code basic.get}), acknowledged at once.
     *
     * @param queue the queue
     * @return the message, or null when the queue has no ready message
     * @throws QueueBrokerException RabbitMQ's 404 when the queue was not declared
     */
    @Nullable Message get(String queue);

    /**
     * @param queue the queue
     * @return how many messages wait in it, ready for a consumer (not those delivered and not yet acked)
     * @throws QueueBrokerException RabbitMQ's 404 when the queue was not declared
     */
    int messageCount(String queue);

    /** @return the mandatory messages no queue took, in the order they were returned */
    List<Message> returned();

    /** Delivers until nothing is ready now: on the fake, in steps on this thread; on a real broker, waits. */
    void runUntilIdle();

    /**
     * Waits until nothing moves any more. A real broker waits, in real time, until no handler runs, no automatic
     * ack is pending, and the queues with consumers, their retry queues and the queues whose messages expire into
     * a dead-letter exchange are empty; deliveries a manual-ack handler keeps unsettled do not count. The fake
     * runs to idle at once and fails when something still waits on its virtual clock (a retry back-off, a delay,
     * a message that will expire into a dead-letter exchange).
     *
     * @param timeout how long to wait at most (the fake does not wait)
     * @throws AssertionError (opentest4j's) naming what is still pending
     */
    void awaitIdle(Duration timeout);
}
