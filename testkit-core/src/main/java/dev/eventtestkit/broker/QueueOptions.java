package dev.eventtestkit.broker;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How a queue is declared, as RabbitMQ's {@code queue.declare} flags and {@code x-} arguments. Immutable: every
 * setter returns a new copy.
 *
 * <pre>{@code
 * broker.declareQueue("notifications", QueueOptions.defaults()
 *         .maxLength(1000, QueueOptions.Overflow.REJECT_PUBLISH)
 *         .messageTtl(Duration.ofMinutes(5))
 *         .deadLetterExchange("notifications.dlx"));
 * }</pre>
 *
 * <p>The defaults: durable (RabbitMQ 4 deprecates transient shared queues), not exclusive, not auto-delete, no
 * length limit, no TTL, no dead-letter exchange, every consumer active.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class QueueOptions {

    /** What a queue at its {@link #maxLength(int) maximum length} does with one more message. */
    public enum Overflow {
        /** Drops (dead-letters) the oldest ready message to make room: RabbitMQ's default. */
        DROP_HEAD,
        /** Refuses the new message; it is dropped (a publisher confirm would be a nack). */
        REJECT_PUBLISH,
        /** Refuses the new message and dead-letters it. */
        REJECT_PUBLISH_DLX;

        /** @return RabbitMQ's {@code x-overflow} value, e.g. {@code reject-publish} */
        public String amqpName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final QueueOptions DEFAULTS =
            new QueueOptions(true, false, false, -1, Overflow.DROP_HEAD, null, null, null, false);

    private final boolean durable;
    private final boolean exclusive;
    private final boolean autoDelete;
    private final int maxLength;
    private final Overflow overflow;
    private final @Nullable Duration messageTtl;
    private final @Nullable String deadLetterExchange;
    private final @Nullable String deadLetterRoutingKey;
    private final boolean singleActiveConsumer;

    private QueueOptions(boolean durable, boolean exclusive, boolean autoDelete, int maxLength, Overflow overflow,
            @Nullable Duration messageTtl, @Nullable String deadLetterExchange, @Nullable String deadLetterRoutingKey,
            boolean singleActiveConsumer) {
        this.durable = durable;
        this.exclusive = exclusive;
        this.autoDelete = autoDelete;
        this.maxLength = maxLength;
        this.overflow = overflow;
        this.messageTtl = messageTtl;
        this.deadLetterExchange = deadLetterExchange;
        this.deadLetterRoutingKey = deadLetterRoutingKey;
        this.singleActiveConsumer = singleActiveConsumer;
    }

    /** @return a durable, shared queue without limits, TTL or dead-lettering */
    public static QueueOptions defaults() {
        return DEFAULTS;
    }

    /**
     * @param durable whether the queue survives a broker restart (the fake never restarts: it only records it)
     * @return a new copy
     */
    public QueueOptions durable(boolean durable) {
        return new QueueOptions(durable, exclusive, autoDelete, maxLength, overflow, messageTtl,
                deadLetterExchange, deadLetterRoutingKey, singleActiveConsumer);
    }

    /**
     * @param exclusive whether only the declaring connection may use the queue, which vanishes when it closes
     * @return a new copy
     */
    public QueueOptions exclusive(boolean exclusive) {
        return new QueueOptions(durable, exclusive, autoDelete, maxLength, overflow, messageTtl,
                deadLetterExchange, deadLetterRoutingKey, singleActiveConsumer);
    }

    /**
     * @param autoDelete whether the queue is deleted when its last consumer cancels (after it had one)
     * @return a new copy
     */
    public QueueOptions autoDelete(boolean autoDelete) {
        return new QueueOptions(durable, exclusive, autoDelete, maxLength, overflow, messageTtl,
                deadLetterExchange, deadLetterRoutingKey, singleActiveConsumer);
    }

    /**
     * @param maxLength how many ready messages the queue holds at most ({@code x-max-length}), 0 or more;
     *     unacknowledged deliveries do not count, as in RabbitMQ
     * @return a new copy overflowing with {@link Overflow#DROP_HEAD}
     * @throws IllegalArgumentException when negative
     */
    public QueueOptions maxLength(int maxLength) {
        return maxLength(maxLength, Overflow.DROP_HEAD);
    }

    /**
     * @param maxLength how many ready messages the queue holds at most, 0 or more
     * @param overflow what happens to one more
     * @return a new copy
     * @throws IllegalArgumentException when {@code maxLength} is negative
     */
    public QueueOptions maxLength(int maxLength, Overflow overflow) {
        if (maxLength < 0) {
            throw new IllegalArgumentException("maxLength: 0 or more ready messages, was " + maxLength);
        }
        return new QueueOptions(durable, exclusive, autoDelete, maxLength, Objects.requireNonNull(overflow,
                "overflow"), messageTtl, deadLetterExchange, deadLetterRoutingKey, singleActiveConsumer);
    }

    /**
     * @param ttl how long a message may wait in the queue ({@code x-message-ttl}, whole milliseconds) before it
     *     expires and is dead-lettered (or dropped); zero expires what no consumer can take at once
     * @return a new copy
     * @throws IllegalArgumentException when negative
     */
    public QueueOptions messageTtl(Duration ttl) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("messageTtl: zero or more, was " + ttl);
        }
        return new QueueOptions(durable, exclusive, autoDelete, maxLength, overflow, Duration.ofMillis(ttl.toMillis()),
                deadLetterExchange, deadLetterRoutingKey, singleActiveConsumer);
    }

    /**
     * @param exchange where rejected, expired and overflowing messages go ({@code x-dead-letter-exchange}); empty
     *     names the default exchange
     * @return a new copy
     */
    public QueueOptions deadLetterExchange(String exchange) {
        return new QueueOptions(durable, exclusive, autoDelete, maxLength, overflow, messageTtl,
                Objects.requireNonNull(exchange, "exchange"), deadLetterRoutingKey, singleActiveConsumer);
    }

    /**
     * @param routingKey the routing key dead letters are sent with ({@code x-dead-letter-routing-key}); without
     *     it they keep their own; needs a {@link #deadLetterExchange(String)}
     * @return a new copy
     */
    public QueueOptions deadLetterRoutingKey(String routingKey) {
        return new QueueOptions(durable, exclusive, autoDelete, maxLength, overflow, messageTtl,
                deadLetterExchange, Objects.requireNonNull(routingKey, "routingKey"), singleActiveConsumer);
    }

    /**
     * @param singleActiveConsumer whether only the first registered consumer receives messages, the next one
     *     taking over when it cancels ({@code x-single-active-consumer})
     * @return a new copy
     */
    public QueueOptions singleActiveConsumer(boolean singleActiveConsumer) {
        return new QueueOptions(durable, exclusive, autoDelete, maxLength, overflow, messageTtl,
                deadLetterExchange, deadLetterRoutingKey, singleActiveConsumer);
    }

    /** @return whether the queue is durable */
    public boolean isDurable() {
        return durable;
    }

    /** @return whether the queue is exclusive to its connection */
    public boolean isExclusive() {
        return exclusive;
    }

    /** @return whether the queue is deleted when its last consumer cancels */
    public boolean isAutoDelete() {
        return autoDelete;
    }

    /** @return the maximum number of ready messages, or empty for no limit */
    public OptionalInt maxLength() {
        return maxLength < 0 ? OptionalInt.empty() : OptionalInt.of(maxLength);
    }

    /** @return what happens at the maximum length */
    public Overflow overflow() {
        return overflow;
    }

    /** @return the message TTL, or empty for none */
    public Optional<Duration> messageTtl() {
        return Optional.ofNullable(messageTtl);
    }

    /** @return the dead-letter exchange, or empty for none */
    public Optional<String> deadLetterExchange() {
        return Optional.ofNullable(deadLetterExchange);
    }

    /** @return the dead-letter routing key, or empty to keep each message's own */
    public Optional<String> deadLetterRoutingKey() {
        return Optional.ofNullable(deadLetterRoutingKey);
    }

    /** @return whether only one consumer at a time receives messages */
    public boolean isSingleActiveConsumer() {
        return singleActiveConsumer;
    }

    /**
     * @return the {@code x-} arguments RabbitMQ's {@code queue.declare} takes for these options, in a fixed order
     */
    public Map<String, Object> arguments() {
        Map<String, Object> arguments = new LinkedHashMap<>();
        if (maxLength >= 0) {
            arguments.put("x-max-length", maxLength);
            if (overflow != Overflow.DROP_HEAD) {
                arguments.put("x-overflow", overflow.amqpName());
            }
        }
        if (messageTtl != null) {
            arguments.put("x-message-ttl", messageTtl.toMillis());
        }
        if (deadLetterExchange != null) {
            arguments.put("x-dead-letter-exchange", deadLetterExchange);
        }
        if (deadLetterRoutingKey != null) {
            arguments.put("x-dead-letter-routing-key", deadLetterRoutingKey);
        }
        if (singleActiveConsumer) {
            arguments.put("x-single-active-consumer", true);
        }
        return arguments;
    }

    /**
     * Checks what RabbitMQ checks only when the queue is declared.
     *
     * @param queue the queue being declared
     * @throws QueueBrokerException RabbitMQ's 406 for a dead-letter routing key without a dead-letter exchange
     */
    void check(String queue) {
        if (deadLetterRoutingKey != null && deadLetterExchange == null) {
            throw new QueueBrokerException("declare queue '" + queue + "'", QueueBrokerException.PRECONDITION_FAILED,
                    "PRECONDITION_FAILED - invalid arg 'x-dead-letter-routing-key' for queue '" + queue
                            + "' in vhost '/': {routing_key_but_no_dlx_defined}");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QueueOptions that
                && that.durable == durable
                && that.exclusive == exclusive
                && that.autoDelete == autoDelete
                && that.singleActiveConsumer == singleActiveConsumer
                && that.arguments().equals(arguments());
    }

    @Override
    public int hashCode() {
        return Objects.hash(durable, exclusive, autoDelete, singleActiveConsumer, arguments());
    }

    @Override
    public String toString() {
        return "QueueOptions[durable=" + durable + ", exclusive=" + exclusive + ", autoDelete=" + autoDelete
                + ", arguments=" + arguments() + "]";
    }
}
