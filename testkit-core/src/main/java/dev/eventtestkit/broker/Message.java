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
        return new Message(
                id, uuid, topic, partition, offset, key, type, version, timestamp, headers, payload, attempt, codec);
    }

    /** @return {@code topic[partition]@offset}, the position used in timelines */
    public String position() {
        return topic + "[" + partition + "]@" + offset;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Message that
                && that.topic.equals(topic)
                && that.partition == partition
                && that.offset == offset
                && that.attempt == attempt
                && that.id().equals(id());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id(), topic, partition, offset, attempt);
    }

    @Override
    public String toString() {
        return type + " v" + version + " " + position() + " key=" + key + " attempt=" + attempt + " " + payload;
    }
}
