package dev.eventtestkit.broker;

import dev.eventtestkit.event.EventCodec;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A record as a consumer sees it: the envelope (id, type, version, key, position, time, headers, attempt)
 * and the JSON payload.
 *
 * <p>A message sent through a {@link QueueBroker} has an {@link #exchange()}, a {@link #routingKey()} and, once
 * delivered, a {@link #queue()}, a {@link #redelivered()} flag and a {@link #context()} to settle it; its
 * {@link #topic()} is the exchange, its {@link #key()} the routing key, and it has no partition or offset (-1).
 *
 * <pre>{@code
 * broker.subscribe("orders", "billing", message -> billing.on(message.payloadAs(OrderCreated.class)));
 * }</pre>
 *
 * <p>Immutable. {@link #withAttempt(int)} gives the same record as delivered another time.
 */
public final class Message {

    /** Built from {@link #uuid} on first ask: most tests never read ids, and the text is the costly part. */
    private @Nullable String id;
    private final @Nullable UUID uuid;
    private final String topic;
    private final int partition;
    private final long offset;
    private final @Nullable String key;
    private final String type;
    private final int version;
    private final Instant timestamp;
    private final Map<String, String> headers;
    private final JsonNode payload;
    private final int attempt;
    private final EventCodec codec;
    /** Set once, right after construction, by {@link #withQueueDelivery}: a message that went through a queue. */
    private @Nullable QueueDelivery queueDelivery;
    /** The fake's send number of a queue message, shown in trace positions; -1 otherwise. */
    private long sequence = -1;

    /**
     * For {@link Broker} implementations; tests receive messages, they do not build them.
     *
     * @param attempt 1 for the first delivery to a group, 2 and more for redeliveries and duplicates
     */
    public Message(
            String id,
            String topic,
            int partition,
            long offset,
            @Nullable String key,
            String type,
            int version,
            Instant timestamp,
            Map<String, String> headers,
            JsonNode payload,
            int attempt,
            EventCodec codec) {
        this(Objects.requireNonNull(id, "id"), null, topic, partition, offset, key, type, version, timestamp,
                headers, payload, attempt, codec);
    }

    /** The fake broker's: the id is a UUID whose text is built when {@link #id()} is first asked. */
    Message(
            UUID uuid,
            String topic,
            int partition,
            long offset,
            @Nullable String key,
            String type,
            int version,
            Instant timestamp,
            Map<String, String> headers,
            JsonNode payload,
            int attempt,
            EventCodec codec) {
        this(null, Objects.requireNonNull(uuid, "uuid"), topic, partition, offset, key, type, version, timestamp,
                headers, payload, attempt, codec);
    }

    private Message(
            @Nullable String id,
            @Nullable UUID uuid,
            String topic,
            int partition,
            long offset,
            @Nullable String key,
            String type,
            int version,
            Instant timestamp,
            Map<String, String> headers,
            JsonNode payload,
            int attempt,
            EventCodec codec) {
        this.id = id;
        this.uuid = uuid;
        this.topic = Objects.requireNonNull(topic, "topic");
        this.partition = partition;
        this.offset = offset;
        this.key = key;
        this.type = Objects.requireNonNull(type, "type");
        this.version = version;
        this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
        this.headers = Map.copyOf(headers);
        this.payload = Objects.requireNonNull(payload, "payload");
        this.attempt = attempt;
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /** @return the message id, deterministic under the broker's seed */
    public String id() {
        String text = id;
        if (text == null) {
            text = Objects.requireNonNull(uuid).toString();
            id = text;
        }
        return text;
    }

    /** @return the topic */
    public String topic() {
        return topic;
    }

    /** @return the partition the key chose */
    public int partition() {
        return partition;
    }

    /** @return the offset within the partition, from 0 */
    public long offset() {
        return offset;
    }

    /** @return the record key, or null */
    public @Nullable String key() {
        return key;
    }

    /** @return the event type name (the contract subject) */
    public String type() {
        return type;
    }

    /** @return the contract version of the payload */
    public int version() {
        return version;
    }

    /** @return the virtual time of the publish */
    public Instant timestamp() {
        return timestamp;
    }

    /** @return the headers, unmodifiable */
    public Map<String, String> headers() {
        return headers;
    }

    /** @return the payload as JSON */
    public JsonNode payload() {
        return payload;
    }

    /**
     * @param type the event class to read the payload as
     * @return the payload deserialized with the broker's codec
     * @throws dev.eventtestkit.event.EventCodecException when the payload does not fit the class
     */
    public <T> T payloadAs(Class<T> type) {
        return codec.fromJson(payload, type);
    }

    /** @return 1 for the first delivery to a group, 2 and more for redeliveries and duplicates */
    public int attempt() {
        return attempt;
    }

    /**
     * @param attempt the delivery attempt
     * @return this record as delivered that time
     */
    public Message withAttempt(int attempt) {
        if (attempt == this.attempt) {
            return this;
        }
        return copy(attempt, headers, queueDelivery);
    }

    /**
     * For {@link QueueBroker} implementations: the same message as sent to an exchange or delivered from a queue.
     *
     * @param delivery where it was sent and delivered from
     * @return a copy carrying it
     */
    public Message withQueueDelivery(QueueDelivery delivery) {
        return copy(attempt, headers, Objects.requireNonNull(delivery, "delivery"));
    }

    /** A queue delivery of this message: another attempt, maybe other headers (dead-lettering adds some). */
    Message delivered(int attempt, Map<String, String> headers, QueueDelivery delivery) {
        return copy(attempt, headers, delivery);
    }

    /** The fake's sent message: its send number names it in the trace. */
    Message sent(QueueDelivery delivery, long sequence) {
        Message sent = copy(attempt, headers, delivery);
        sent.sequence = sequence;
        return sent;
    }

    private Message copy(int attempt, Map<String, String> headers, @Nullable QueueDelivery delivery) {
        Message copy = new Message(
                id, uuid, topic, partition, offset, key, type, version, timestamp, headers, payload, attempt, codec);
        copy.queueDelivery = delivery;
        copy.sequence = sequence;
        return copy;
    }

    /**
     * @return {@code topic[partition]@offset}, the position used in timelines; for a queue message the queue (or,
     *     as sent, the exchange) and, on the fake, its send number: {@code billing#3}
     */
    public String position() {
        QueueDelivery delivery = queueDelivery;
        if (delivery == null) {
            return topic + "[" + partition + "]@" + offset;
        }
        return queuePosition(traceTopic(), sequence);
    }

    /** @return e.g. {@code billing#3}; the default exchange reads {@code (default)} */
    static String queuePosition(String place, long sequence) {
        String name = place.isEmpty() ? "(default)" : place;
        return sequence < 0 ? name : name + "#" + sequence;
    }

    /** The trace's topic column: the topic, or a queue message's queue (or exchange, as sent). */
    String traceTopic() {
        QueueDelivery delivery = queueDelivery;
        if (delivery == null) {
            return topic;
        }
        String queue = delivery.queue();
        return queue == null ? delivery.exchange() : queue;
    }

    /** The trace's offset column: the offset, or a queue message's send number. */
    long traceOffset() {
        return queueDelivery == null ? offset : sequence;
    }

    /** @return the exchange a queue message was sent to ({@code ""} for the default one); null for a topic record */
    public @Nullable String exchange() {
        QueueDelivery delivery = queueDelivery;
        return delivery == null ? null : delivery.exchange();
    }

    /** @return the routing key a queue message was sent with; null for a topic record */
    public @Nullable String routingKey() {
        QueueDelivery delivery = queueDelivery;
        return delivery == null ? null : delivery.routingKey();
    }

    /** @return the queue this message was delivered from; null for a topic record and for what {@code send} returns */
    public @Nullable String queue() {
        QueueDelivery delivery = queueDelivery;
        return delivery == null ? null : delivery.queue();
    }

    /**
     * @return RabbitMQ's redelivered flag: the queue delivered this message before (a requeue, a lost ack); false
     *     for a topic record
     */
    public boolean redelivered() {
        QueueDelivery delivery = queueDelivery;
        return delivery != null && delivery.redelivered();
    }

    /**
     * @return how the consumer settles this queue delivery (ack, nack, reject)
     * @throws IllegalStateException for a topic record or a message that was not delivered from a queue
     */
    public DeliveryContext context() {
        QueueDelivery delivery = queueDelivery;
        DeliveryContext context = delivery == null ? null : delivery.context();
        if (context == null) {
            throw new IllegalStateException(position() + " " + type + ": only a message delivered from a queue has a"
                    + " delivery context to ack, nack or reject");
        }
        return context;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Message that
                && that.topic.equals(topic)
                && that.partition == partition
                && that.offset == offset
                && that.attempt == attempt
                && Objects.equals(that.queue(), queue())
                && that.id().equals(id());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id(), topic, partition, offset, attempt);
    }

    @Override
    public String toString() {
        QueueDelivery delivery = queueDelivery;
        if (delivery != null) {
            return type + " v" + version + " " + position() + " exchange=" + Message.queuePosition(delivery.exchange(),
                    -1) + " routingKey=" + delivery.routingKey() + " attempt=" + attempt
                    + (delivery.redelivered() ? " redelivered" : "") + " " + payload;
        }
        return type + " v" + version + " " + position() + " key=" + key + " attempt=" + attempt + " " + payload;
    }
}
