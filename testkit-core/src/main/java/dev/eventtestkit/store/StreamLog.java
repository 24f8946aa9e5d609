package dev.eventtestkit.store;

import java.util.ArrayList;
import java.util.List;

/** One stream of the fake store: every event ever appended (index = version), its metadata, its deletion. */
final class StreamLog {

    final String name;
    final List<StoredEvent> events = new ArrayList<>();
    StreamMetadata metadata = StreamMetadata.none();
    boolean deleted;

    StreamLog(String name) {
        this.name = name;
    }

    long lastVersion() {
        return events.size() - 1;
    }

    /** @return the version of the last event at or before a position; -1 when there is none */
    long lastVersionAt(long position) {
        int low = 0;
        int high = events.size() - 1;
        long found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (events.get(middle).position() <= position) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }
}
