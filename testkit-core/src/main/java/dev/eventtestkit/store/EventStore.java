package dev.eventtestkit.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What a test does with an event store, fake or real: append to streams with an expected version, read a
 * stream or the whole log, follow it with catch-up subscriptions, and shape streams with metadata. The rules
 * are EventStoreDB/Kurrent's: the first event of a stream is version 0, an append returns the version of the
 * last event written, global positions grow strictly, names starting with {@code $} are the system's.
 *
 * <pre>{@code
 * EventStore store = FakeEventStore.create();
 * AppendResult placed = store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 100));
 * store.append("order-1", ExpectedVersion.exactly(placed.nextExpectedVersion()), new OrderPaid("o-1"));
 * List<StoredEvent> order = store.readStream("order-1");        // versions 0 and 1
 * store.subscribeToAll(From.start(), event -> readModel.on(event));
 * store.runUntilIdle();
 * }</pre>
 *
 * <p>{@link FakeEventStore} delivers on the test's thread when asked ({@link #runUntilIdle()}); a real store's
 * subscriptions run on threads of their own and {@link #awaitIdle(Duration)} waits for them. The
 * {@code EventStoreContractTest} of {@code testkit-store-tck} checks an implementation against these rules.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface EventStore extends EventStoreView {

    /**
     * Appends events to the end of a stream, all or none, if the stream is at the expected version.
     *
     * @param stream the stream, e.g. {@code order-1}; not blank, not starting with {@code $}
     * @param expected what the stream must be at
     * @param events the event objects, serialized with the store's codec; validated against their contracts
     *     first when the store has contracts
     * @return the version of the last event written and its global position
     * @throws WrongExpectedVersionException when the stream is not at the expected version; nothing appended
     * @throws IllegalArgumentException for a blank or {@code $}-prefixed stream name; nothing appended
     */
    AppendResult append(String stream, ExpectedVersion expected, Object... events);

    /**
     * Appends events with metadata, all or none; see {@link #append(String, ExpectedVersion, Object...)}.
     *
     * @param stream the stream
     * @param expected what the stream must be at
     * @param events the event objects
     * @param metadata given to every event of the batch (correlation and causation ids, a user, ...)
     * @return the version of the last event written and its global position
     */
    AppendResult append(String stream, ExpectedVersion expected, List<?> events, Map<String, String> metadata);

    /**
     * Follows the whole log: reads the events from the start point, then delivers new ones as they are
     * appended, in position order, at least once.
     *
     * @param from where to start; {@link From#after(long)} takes a global position
     * @param handler the read model or process fed by the log
     * @return the subscription; close it to stop
     */
    StoreSubscription subscribeToAll(From from, StoredEventHandler handler);

    /**
     * Follows one stream: its events from the start point, then new ones, in version order, at least once.
     *
     * @param stream the stream; it need not exist yet
     * @param from where to start; {@link From#after(long)} takes a stream version
     * @param handler the handler
     * @return the subscription; close it to stop
     */
    StoreSubscription subscribeToStream(String stream, From from, StoredEventHandler handler);

    /**
     * Replaces a stream's metadata.
     *
     * @param stream the stream; it need not exist yet
     * @param metadata the new metadata
     */
    void setStreamMetadata(String stream, StreamMetadata metadata);

    /**
     * Soft-deletes a stream, as EventStoreDB does: reading it returns nothing, its events stay in
     * {@link #readAll}, and appending to it again (expecting {@link ExpectedVersion#any() any},
     * {@link ExpectedVersion#noStream() no stream} or its last version) recreates it, versions continuing where
     * they stopped.
     *
     * @param stream the stream
     * @param expected what the stream must be at
     * @throws WrongExpectedVersionException when it is not; nothing deleted
     */
    void deleteStream(String stream, ExpectedVersion expected);

    /**
     * Delivers to the subscriptions until they have caught up: on the fake, at once on this thread; on a real
     * store, waiting a default timeout.
     *
     * @throws SubscriptionDroppedException when a subscription's handler threw during the run
     */
    void runUntilIdle();

    /**
     * Waits until every subscription has caught up with the log and no handler runs.
     *
     * @param timeout how long to wait at most (the fake does not wait: it runs to idle at once)
     * @throws SubscriptionDroppedException when a subscription's handler threw
     * @throws AssertionError (opentest4j's) naming what is still pending when the timeout passes
     */
    void awaitIdle(Duration timeout);
}
