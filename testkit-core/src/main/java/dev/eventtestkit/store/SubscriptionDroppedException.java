package dev.eventtestkit.store;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A catch-up subscription stopped because its handler threw, as EventStoreDB/Kurrent drops a subscription on a
 * subscriber error. Nothing is lost: the event stays in the store, and subscribing again after the handler's
 * checkpoint delivers it again. {@link EventStore#runUntilIdle()} and {@link EventStore#awaitIdle} throw it
 * once, for the run in which the subscription dropped.
 *
 * <p>The message names the subscription, the event's place and what the handler threw, e.g.
 * {@code subscription 1 to $all dropped at order-1@2, position 5 (OrderPaid v1) after 1 failure:
 * IllegalStateException: no such order; the event stays in the store: subscribe again from your checkpoint
 * to resume}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class SubscriptionDroppedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient StoredEvent event;

    /**
     * @param subscription how to name the subscription, e.g. {@code subscription 1 to $all}
     * @param event the event the handler failed on
     * @param failures how many times it failed on it
     * @param cause what it threw the last time
     */
    public SubscriptionDroppedException(String subscription, StoredEvent event, int failures, Throwable cause) {
        super(subscription + " dropped at " + event.where() + " (" + event.type() + " v" + event.schemaVersion()
                + ") after " + failures + (failures == 1 ? " failure: " : " failures: ") + describe(cause)
                + "; the event stays in the store: subscribe again from your checkpoint to resume", cause);
        this.event = Objects.requireNonNull(event, "event");
    }

    /** @return the event the handler failed on */
    public StoredEvent event() {
        return event;
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        String name = failure.getClass().getSimpleName();
        return message == null ? name : name + ": " + message;
    }
}
