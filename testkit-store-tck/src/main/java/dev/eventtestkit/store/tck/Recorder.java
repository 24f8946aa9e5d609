package dev.eventtestkit.store.tck;

import dev.eventtestkit.store.StoredEvent;
import dev.eventtestkit.store.StoredEventHandler;
import java.util.ArrayList;
import java.util.List;

/** A subscription handler that keeps what it was given, readable from the test thread. */
final class Recorder implements StoredEventHandler {

    private final List<StoredEvent> events = new ArrayList<>();

    @Override
    public synchronized void handle(StoredEvent event) {
        events.add(event);
    }

    synchronized List<StoredEvent> events() {
        return List.copyOf(events);
    }

    /** @return {@code stream@version} of each event handled, duplicates included */
    synchronized List<String> places() {
        List<String> places = new ArrayList<>();
        for (StoredEvent event : events) {
            places.add(event.stream() + "@" + event.version());
        }
        return places;
    }
}
