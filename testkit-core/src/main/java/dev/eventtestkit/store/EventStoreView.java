package dev.eventtestkit.store;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The read side of an event store: a stream, the whole log, stream metadata. An {@link EventStore} is one;
 * {@link FakeEventStore#asOf(long)} and {@link FakeEventStore#asOf(java.time.Instant)} give the log as it was
 * at an earlier position or instant.
 *
 * <pre>{@code
 * EventStoreView yesterday = store.asOf(Instant.parse("2026-01-01T00:00:00Z"));
 * List<StoredEvent> orderThen = yesterday.readStream("order-1");
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface EventStoreView {

    /**
     * @param stream the stream
     * @return the events the stream shows (see {@link StreamMetadata}), in version order; empty for a stream
     *     that does not exist or was deleted
     */
    default List<StoredEvent> readStream(String stream) {
        return readStream(stream, 0);
    }

    /**
     * @param stream the stream
     * @param fromVersion the first version to read, 0 or more
     * @return the events the stream shows from that version on, in version order
     * @throws IllegalArgumentException when {@code fromVersion} is negative
     */
    List<StoredEvent> readStream(String stream, long fromVersion);

    /** @return every event of every stream, in position order */
    default List<StoredEvent> readAll() {
        return readAll(0);
    }

    /**
     * Reads the global log. Like EventStoreDB's {@code $all} before a scavenge, it also returns events that
     * stream metadata or a delete hide from {@link #readStream}.
     *
     * @param fromPosition the first position to read, 0 or more
     * @return the events at that position and after, in position order
     * @throws IllegalArgumentException when {@code fromPosition} is negative
     */
    List<StoredEvent> readAll(long fromPosition);

    /**
     * @param stream the stream
     * @return its metadata; {@link StreamMetadata#none()} when never set
     */
    StreamMetadata streamMetadata(String stream);
}
