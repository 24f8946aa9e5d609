package dev.eventtestkit.projection;

import dev.eventtestkit.broker.Message;
import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.store.StoredEvent;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One delivery to a read model, as a {@link StoredEvent} (what the event store delivers) and as a
 * {@link Message} (what a broker delivers), each made from the other when first asked for.
 */
final class Envelope {

    private @Nullable StoredEvent stored;
    private @Nullable Message message;
    private final long position;
    private final EventCodec codec;

    private Envelope(@Nullable StoredEvent stored, @Nullable Message message, long position, EventCodec codec) {
        this.stored = stored;
        this.message = message;
        this.position = position;
        this.codec = codec;
    }

    static Envelope of(StoredEvent stored, EventCodec codec) {
        return new Envelope(stored, null, stored.position(), codec);
    }

    /**
     * @param message a record of the stream's topic: its offset is the event's version in the stream
     * @param position where the event stands in the log of this order: the order of first deliveries
     */
    static Envelope of(Message message, long position, EventCodec codec) {
        return new Envelope(null, message, position, codec);
    }

    StoredEvent stored() {
        StoredEvent event = stored;
        if (event == null) {
            Message record = Objects.requireNonNull(message);
            event = new StoredEvent(record.id(), record.topic(), record.offset(), position, record.type(),
                    record.version(), record.timestamp(), record.headers(), record.payload(), codec);
            stored = event;
        }
        return event;
    }

    Message message() {
        Message record = message;
        if (record == null) {
            StoredEvent event = Objects.requireNonNull(stored);
            record = new Message(event.id(), event.stream(), 0, event.version(), event.stream(), event.type(),
                    event.schemaVersion(), event.timestamp(), Map.copyOf(event.metadata()), event.payload(), 1, codec);
            message = record;
        }
        return record;
    }

    String type() {
        return stored != null ? stored.type() : Objects.requireNonNull(message).type();
    }
}
