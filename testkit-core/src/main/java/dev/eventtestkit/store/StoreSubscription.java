package dev.eventtestkit.store;

import org.apiguardian.api.API;

/** A running catch-up subscription; closing it stops deliveries. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface StoreSubscription extends AutoCloseable {

    /** @return what it is subscribed to: a stream name, or {@code $all} */
    String source();

    /** @return whether it stopped because its handler threw (see {@link SubscriptionDroppedException}) */
    boolean isDropped();

    /** Stops deliveries; an event being handled finishes first. */
    @Override
    void close();
}
