package dev.eventtestkit.store;

import dev.eventtestkit.contract.ContractException;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.EventCodecException;
import dev.eventtestkit.event.Json;
import dev.eventtestkit.event.JsonParseException;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An event as a store keeps it: where it is (stream, version, global position), what it is (type, schema
 * version), when it was appended, its metadata and its JSON payload.
 *
 * <pre>{@code
 * for (StoredEvent event : store.readStream("order-1")) {
 *     OrderPlaced placed = event.payloadAs(OrderPlaced.class);
 * }
 * }</pre>
 *
 * <p>Immutable. A store that upcasts on read hands out the upcast event: its {@link #schemaVersion()} is the
 * latest and its payload fits the latest contract.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StoredEvent {

    private final String id;
    private final String stream;
    private final long version;
    private final long position;
    private final String type;
    private final int schemaVersion;
    private final Instant timestamp;
    private final Map<String, String> metadata;
    private final EventCodec codec;
    private @Nullable Json payload;
    private final @Nullable String payloadText;

    /**
     * For {@link EventStore} implementations; tests read events, they do not build them.
     *
     * @param id the event id
     * @param stream the stream
     * @param version the version within the stream, from 0
     * @param position the global position
     * @param type the event type name (the contract subject)
     * @param schemaVersion the contract version of the payload, 1 or more
     * @param timestamp when it was appended
     * @param metadata the event's metadata
     * @param payloadJson the payload as JSON text (a database column), parsed when first asked for
     * @param codec reads the payload back in {@link #payloadAs(Class)}
     */
    public StoredEvent(String id, String stream, long version, long position, String type, int schemaVersion,
            Instant timestamp, Map<String, String> metadata, String payloadJson, EventCodec codec) {
        this(id, stream, version, position, type, schemaVersion, timestamp, metadata, null,
                Objects.requireNonNull(payloadJson, "payloadJson"), codec);
    }

    /**
     * For {@link EventStore} implementations that hold the payload as a value.
     *
     * @param id the event id
     * @param stream the stream
     * @param version the version within the stream, from 0
     * @param position the global position
     * @param type the event type name (the contract subject)
     * @param schemaVersion the contract version of the payload, 1 or more
     * @param timestamp when it was appended
     * @param metadata the event's metadata
     * @param payload the payload
     * @param codec reads the payload back in {@link #payloadAs(Class)}
     */
    public StoredEvent(String id, String stream, long version, long position, String type, int schemaVersion,
            Instant timestamp, Map<String, String> metadata, Json payload, EventCodec codec) {
        this(id, stream, version, position, type, schemaVersion, timestamp, metadata,
                Objects.requireNonNull(payload, "payload"), null, codec);
    }

    private StoredEvent(String id, String stream, long version, long position, String type, int schemaVersion,
            Instant timestamp, Map<String, String> metadata, @Nullable Json payload, @Nullable String payloadText,
            EventCodec codec) {
        this.id = Objects.requireNonNull(id, "id");
        this.stream = Objects.requireNonNull(stream, "stream");
        this.version = version;
        this.position = position;
        this.type = Objects.requireNonNull(type, "type");
        this.schemaVersion = schemaVersion;
        this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
        this.metadata = Map.copyOf(metadata);
        this.payload = payload;
        this.payloadText = payloadText;
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /** @return the event id, unique in the store */
    public String id() {
        return id;
    }

    /** @return the stream the event belongs to */
    public String stream() {
        return stream;
    }

    /** @return its version within the stream: 0 for the stream's first event */
    public long version() {
        return version;
    }

    /** @return its global position: strictly increasing in append order across the whole store */
    public long position() {
        return position;
    }

    /** @return the event type name, the contract subject */
    public String type() {
        return type;
    }

    /** @return the contract version of {@link #payload()} */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** @return when it was appended, on the store's clock */
    public Instant timestamp() {
        return timestamp;
    }

    /** @return the metadata appended with it (correlation ids, causation ids, ...), unmodifiable */
    public Map<String, String> metadata() {
        return metadata;
    }

    /**
     * @return the payload, a read-only JSON value
     * @throws EventCodecException when a store held text that is not JSON, naming the event's place
     */
    public Json payload() {
        Json value = payload;
        if (value == null) {
            try {
                value = Json.parse(Objects.requireNonNull(payloadText));
            } catch (JsonParseException e) {
                throw new EventCodecException("the payload of " + where() + " is not JSON: " + e.getMessage(), e);
            }
            payload = value; // racing readers parse equal values: harmless
        }
        return value;
    }

    /**
     * @param type the event class to read the payload as
     * @return the payload deserialized with the store's codec
     * @throws EventCodecException when the payload does not fit the class
     */
    public <T> T payloadAs(Class<T> type) {
        return codec.fromJson(payload(), type);
    }

    /**
     * This event as the latest version of its contract, through the upcasters registered on the contracts.
     *
     * @param contracts the contracts, with their upcasters
     * @return this event when it is at the latest version already; otherwise a copy with the upcast payload
     *     and the latest schema version
     * @throws ContractException when its type has no contract, or an upcaster of
     *     the chain is missing; the message starts with the event's place ({@code order-1@3, position 17})
     */
    public StoredEvent upcastWith(EventContracts contracts) {
        try {
            int latest = contracts.latestVersion(type);
            if (schemaVersion >= latest) {
                return this;
            }
            Json upcast = contracts.upcast(type, schemaVersion, payload());
            return new StoredEvent(id, stream, version, position, type, latest, timestamp, metadata, upcast, codec);
        } catch (ContractException e) {
            ContractException named = new ContractException(
                    "cannot upcast " + where() + " (" + type + " v" + schemaVersion + "): " + e.getMessage());
            named.initCause(e);
            throw named;
        }
    }

    /** @return {@code stream@version, position N}, how failure messages place an event */
    public String where() {
        return stream + "@" + version + ", position " + position;
    }

    /** Equal when id, place and schema version are equal (an upcast copy differs from its original). */
    @Override
    public boolean equals(Object other) {
        return other instanceof StoredEvent that
                && that.version == version
                && that.position == position
                && that.schemaVersion == schemaVersion
                && that.id.equals(id)
                && that.stream.equals(stream);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, stream, version, position, schemaVersion);
    }

    @Override
    public String toString() {
        return where() + ": " + type + " v" + schemaVersion + " " + (payload != null ? payload : payloadText);
    }
}
