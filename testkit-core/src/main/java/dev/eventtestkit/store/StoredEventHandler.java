package dev.eventtestkit.store;

import org.apiguardian.api.API;

/** What a catch-up subscription feeds: a projection, a read model, a process manager. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface StoredEventHandler {

    /**
     * Handles one event. Events come in position order (stream version order for a stream subscription), at
     * least once: a fault or a restart can deliver an event again, so keep a checkpoint and skip what it covers.
     *
     * @param event the event
     * @throws Exception to reject it: the subscription is dropped at this event (after the store's retries)
     */
    void handle(StoredEvent event) throws Exception;
}
