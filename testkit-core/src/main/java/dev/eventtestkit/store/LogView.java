package dev.eventtestkit.store;

import dev.eventtestkit.store.internal.StreamNames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fake store's log up to a position, with the stream metadata of that moment: what
 * {@link FakeEventStore#asOf} returns. Bounded when made, so later appends and changes do not show.
 */
final class LogView implements EventStoreView {

    private final FakeEventStore store;
    private final long lastPosition;
    private final int changes;
    private final @Nullable Instant at;
    private final boolean live;

    /** The log as it is, changing as it grows. */
    LogView(FakeEventStore store) {
        this.store = store;
        this.lastPosition = Long.MAX_VALUE;
        this.changes = 0;
        this.at = null;
        this.live = true;
    }

    /**
     * @param lastPosition the last position shown, -1 for none
     * @param changes how many metadata changes of the history existed when the view was made
     * @param at the instant the view is taken at, or null for a view taken at a position
     */
    LogView(FakeEventStore store, long lastPosition, int changes, @Nullable Instant at) {
        this.store = store;
        this.lastPosition = lastPosition;
        this.changes = changes;
        this.at = at;
        this.live = false;
    }

    @Override
    public List<StoredEvent> readStream(String stream, long fromVersion) {
        StreamNames.check(stream, "read", "nothing read");
        FakeEventStore.requireNotNegative(fromVersion, "readStream(" + stream + ", " + fromVersion + ")", "version");
        synchronized (store) {
            StreamLog log = store.stream(stream);
            if (log == null) {
                return List.of();
            }
            long last = live ? log.lastVersion() : log.lastVersionAt(lastPosition);
            MetadataChange change = live ? null : change(stream);
            boolean deleted = live ? log.deleted : change != null && change.deleted();
            if (last < 0 || deleted) {
                return List.of();
            }
            StreamMetadata metadata = live ? log.metadata : change == null ? StreamMetadata.none() : change.metadata();
            List<StoredEvent> events = new ArrayList<>();
            for (long version = Math.max(fromVersion, metadata.firstShown(last)); version <= last; version++) {
                events.add(store.read(log.events.get((int) version)));
            }
            return events;
        }
    }

    @Override
    public List<StoredEvent> readAll(long fromPosition) {
        FakeEventStore.requireNotNegative(fromPosition, "readAll(" + fromPosition + ")", "position");
        synchronized (store) {
            return store.readAll(fromPosition, lastPosition);
        }
    }

    @Override
    public StreamMetadata streamMetadata(String stream) {
        StreamNames.check(stream, "read the metadata of", "nothing read");
        synchronized (store) {
            if (live) {
                StreamLog log = store.stream(stream);
                return log == null ? StreamMetadata.none() : log.metadata;
            }
            MetadataChange change = change(stream);
            return change == null ? StreamMetadata.none() : change.metadata();
        }
    }

    /** The stream's last change the view sees: made before the view's last event was appended, or by its instant. */
    private @Nullable MetadataChange change(String stream) {
        List<MetadataChange> history = store.history();
        for (int i = changes - 1; i >= 0; i--) {
            MetadataChange change = history.get(i);
            boolean seen = at == null ? change.nextPosition() <= lastPosition : !change.at().isAfter(at);
            if (seen && change.stream().equals(stream)) {
                return change;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return live ? "the log" : "the log as of " + (at == null ? "position " + lastPosition : at.toString());
    }
}
