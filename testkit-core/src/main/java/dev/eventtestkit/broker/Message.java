package dev.eventtestkit.broker;

import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.EventCodecException;
import dev.eventtestkit.event.Json;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

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
 * <p>Immutable, payload included: {@link #payload()} is a read-only {@link Json}, so every consumer group sees
 * the record as it was published, whatever a handler does. {@link #withAttempt(int)} gives the same record as
 * delivered another time.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Message {

    /**
     * The {@link #type()} of a record that carried no event type, e.g. a Kafka record from a producer that sets
     * no {@code ce_type} header. Such a record can be read as any class.
     */
    public static final String UNKNOWN_TYPE = "unknown";

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
    private final Json payload;
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
    @API(status = API.Status.INTERNAL, since = "0.1")
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
            Json payload,
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
            Json payload,
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
            Json payload,
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

    /** @return the payload as JSON, read-only: the same value for every group and every attempt */
    public Json payload() {
        return payload;
    }

    /**
     * @return true for a tombstone: a record with a key and no value, which deletes its key from a compacted
     *     topic ({@code FakeBroker.publishTombstone}); its payload is JSON {@code null}
     */
    public boolean isTombstone() {
        return payload.isNull();
    }

    /**
     * Reads the payload as an event class with the broker's codec.
     *
     * <p>A concrete class that the codec names as another event type ({@link dev.eventtestkit.event.EventType},
     * or its simple name) is refused rather than filled with whatever fields happen to match: a handler that
     * reads an {@code OrderCreated} as a {@code PaymentProcessed} is a bug. Interfaces, abstract classes and
     * JDK types ({@code Map}) are read as the codec reads them.
     *
     * @param type the event class to read the payload as
     * @return the payload deserialized with the broker's codec
     * @throws EventCodecException naming this message's type and the class, when the class is another event
     *     type or the payload does not fit it
     */
    public <T> T payloadAs(Class<T> type) {
        Objects.requireNonNull(type, "type");
        String asType = namedType(type);
        if (asType != null && !asType.equals(this.type) && !UNKNOWN_TYPE.equals(this.type)) {
            throw new EventCodecException("cannot read message " + this.type + " v" + version + " at " + position()
                    + " as " + type.getName() + ": that class is event type " + asType + ", not " + this.type
                    + " (read it as the class of " + this.type + ", or annotate the class with @EventType(name = \""
                    + this.type + "\") if it is meant to read " + this.type + ")");
        }
        try {
            return codec.fromJson(payload, type);
        } catch (EventCodecException e) {
            throw new EventCodecException("cannot read message " + this.type + " v" + version + " at " + position()
                    + " as " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    /** @return the event type a concrete, non-JDK class stands for, or null when it stands for no one type */
    private @Nullable String namedType(Class<?> type) {
        if (type.isInterface() || type.isPrimitive() || type.isArray() || Modifier.isAbstract(type.getModifiers())
                || type.getName().startsWith("java.")) {
            return null;
        }
        return codec.describe(type).name();
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

    /**
     * The fake's sent message: its send number names it in the trace. Sets this message's queue fields, once,
     * before anyone else sees it (a message just built by the sending broker), instead of copying it.
     */
    Message sent(QueueDelivery delivery, long sequence) {
        if (queueDelivery != null) {
            throw new IllegalStateException("already sent: " + this);
        }
        queueDelivery = delivery;
        this.sequence = sequence;
        return this;
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
