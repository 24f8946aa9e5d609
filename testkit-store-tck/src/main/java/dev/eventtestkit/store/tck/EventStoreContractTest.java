package dev.eventtestkit.store.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.store.AppendResult;
import dev.eventtestkit.store.EventStore;
import dev.eventtestkit.store.ExpectedVersion;
import dev.eventtestkit.store.From;
import dev.eventtestkit.store.StoreSubscription;
import dev.eventtestkit.store.StoredEvent;
import dev.eventtestkit.store.StreamMetadata;
import dev.eventtestkit.store.SubscriptionDroppedException;
import dev.eventtestkit.store.WrongExpectedVersionException;
import dev.eventtestkit.store.tck.TckEvents.OrderPaid;
import dev.eventtestkit.store.tck.TckEvents.OrderPlaced;
import dev.eventtestkit.store.tck.TckEvents.Uncontracted;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The rules every {@link EventStore} follows, as EventStoreDB/Kurrent sets them: versions from 0, expected
 * versions, global positions that grow strictly, reads, catch-up subscriptions that deliver everything in
 * order, stream metadata and soft deletes. Extend it and say how to make a fresh, empty store:
 *
 * <pre>{@code
 * class MyStoreContractTest extends EventStoreContractTest {
 *     @Override
 *     protected EventStore createStore() {
 *         return new MyStoreAdapter(freshDatabase());
 *     }
 * }
 * }</pre>
 *
 * <p>A store whose subscriptions run on threads of its own is awaited ({@link EventStore#runUntilIdle()});
 * handlers may run on any thread. A store that is {@link AutoCloseable} is closed after each test. Seeded
 * faults and time travel are extras of {@code FakeEventStore}, tested beside it, not here.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class EventStoreContractTest {

    private final List<EventStore> stores = new ArrayList<>();

    @TempDir
    Path contractsRoot;

    /** @return a fresh, empty store with the Jackson codec and no contracts */
    protected abstract EventStore createStore();

    /**
     * A fresh, empty store that validates appends against contracts. Stores that cannot leave this as it is:
     * the tests that need it are skipped.
     *
     * @param contracts the TCK's contracts
     * @return the store
     */
    protected EventStore createStore(EventContracts contracts) {
        throw new TestAbortedException("this store does not validate contracts: override createStore(EventContracts)"
                + " to run the contract tests");
    }

    private EventStore store() {
        EventStore store = createStore();
        stores.add(store);
        return store;
    }

    @AfterEach
    void closeStores() throws Exception {
        for (EventStore store : stores) {
            if (store instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    // ---- appends and versions

    @Test
    void theFirstEventOfANewStreamIsVersionZero() {
        EventStore store = store();

        AppendResult result = store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 100));

        assertEquals(0, result.nextExpectedVersion(), "nextExpectedVersion after the first event");
        assertEquals(List.of("order-1@0"), places(store.readStream("order-1")));
    }

    @Test
    void anAppendReturnsTheVersionOfTheLastEventWritten() {
        EventStore store = store();

        AppendResult first = store.append("order-1", ExpectedVersion.noStream(),
                new OrderPlaced("o-1", 100), new OrderPaid("o-1"), new OrderPaid("o-1"));
        AppendResult next = store.append("order-1", ExpectedVersion.exactly(first.nextExpectedVersion()),
                new OrderPaid("o-1"));

        assertEquals(2, first.nextExpectedVersion(), "three events: versions 0, 1, 2");
        assertEquals(3, next.nextExpectedVersion());
        assertEquals(List.of("order-1@0", "order-1@1", "order-1@2", "order-1@3"), places(store.readStream("order-1")));
    }

    @Test
    void globalPositionsGrowStrictlyAcrossStreams() {
        EventStore store = store();

        AppendResult a = store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1));
        AppendResult b = store.append("order-2", ExpectedVersion.noStream(), new OrderPlaced("o-2", 2),
                new OrderPaid("o-2"));
        AppendResult c = store.append("order-1", ExpectedVersion.exactly(0), new OrderPaid("o-1"));

        List<StoredEvent> all = store.readAll();
        assertEquals(List.of("order-1@0", "order-2@0", "order-2@1", "order-1@1"), places(all));
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i).position() > all.get(i - 1).position(),
                    "positions grow strictly, but " + all.get(i) + " follows " + all.get(i - 1));
        }
        assertEquals(List.of(all.get(0).position(), all.get(2).position(), all.get(3).position()),
                List.of(a.position(), b.position(), c.position()), "an append returns its last event's position");
    }

    @Test
    void anAppendExpectingTheCurrentVersionSucceedsAndAnyOtherVersionIsRefused() {
        EventStore store = store();
        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 100), new OrderPaid("o-1"));

        WrongExpectedVersionException refused = assertThrows(WrongExpectedVersionException.class,
                () -> store.append("order-1", ExpectedVersion.exactly(0), new OrderPaid("o-1")));

        assertEquals("wrong expected version for stream order-1: expected version 0, but it is at version 1;"
                + " nothing appended", refused.getMessage());
        assertEquals("order-1", refused.stream());
        assertEquals(ExpectedVersion.exactly(0), refused.expected());
        assertEquals(1, refused.actualVersion());
        assertEquals(2, store.readStream("order-1").size(), "nothing appended");
        assertEquals(2, store.readAll().size(), "nothing appended to the log");
        assertEquals(2, store.append("order-1", ExpectedVersion.exactly(1), new OrderPaid("o-1")).nextExpectedVersion());
    }

    @Test
    void expectingNoStreamRefusesAnExistingStream() {
        EventStore store = store();
        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 100));

        WrongExpectedVersionException refused = assertThrows(WrongExpectedVersionException.class,
                () -> store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 100)));

        assertEquals("wrong expected version for stream order-1: expected no stream, but it is at version 0;"
                + " nothing appended", refused.getMessage());
        assertEquals(1, store.readAll().size(), "nothing appended");
    }

    @Test
    void expectingAnExistingStreamRefusesAMissingOne() {
        EventStore store = store();

        WrongExpectedVersionException refused = assertThrows(WrongExpectedVersionException.class,
                () -> store.append("order-1", ExpectedVersion.streamExists(), new OrderPaid("o-1")));

        assertEquals("wrong expected version for stream order-1: expected an existing stream, but it does not exist;"
                + " nothing appended", refused.getMessage());
        assertEquals(-1, refused.actualVersion());
        assertEquals(List.of(), store.readAll(), "nothing appended");
        store.append("order-1", ExpectedVersion.any(), new OrderPlaced("o-1", 100));
        assertEquals(1, store.append("order-1", ExpectedVersion.streamExists(), new OrderPaid("o-1"))
                .nextExpectedVersion());
    }

    @Test
    void expectingAnyVersionAppendsWhateverTheStreamIsAt() {
        EventStore store = store();

        store.append("order-1", ExpectedVersion.any(), new OrderPlaced("o-1", 100));
        AppendResult second = store.append("order-1", ExpectedVersion.any(), new OrderPaid("o-1"));

        assertEquals(1, second.nextExpectedVersion());
    }

    @Test
    void systemStreamNamesAreRefusedAndNothingIsAppended() {
        EventStore store = store();

        IllegalArgumentException all = assertThrows(IllegalArgumentException.class,
                () -> store.append("$all", ExpectedVersion.any(), new OrderPlaced("o-1", 100)));
        IllegalArgumentException category = assertThrows(IllegalArgumentException.class,
                () -> store.append("$ce-order", ExpectedVersion.any(), new OrderPlaced("o-1", 100)));

        assertEquals("append to $all refused: stream names starting with $ are reserved for system streams (read the"
                + " whole log with readAll); nothing appended", all.getMessage());
        assertEquals("append to $ce-order refused: stream names starting with $ are reserved for system streams"
                + " (read the whole log with readAll); nothing appended", category.getMessage());
        assertEquals(List.of(), store.readAll(), "nothing appended");
    }

    @Test
    void concurrentAppendsExpectingTheSameVersionLetExactlyOneWin() throws Exception {
        EventStore store = store();
        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 100));
        int writers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                outcomes.add(threads.submit(appendAfter(start, store)));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(get(outcome));
            }
            assertEquals(1, results.stream().filter("appended"::equals).count(), "one winner among " + results);
            assertEquals(writers - 1, results.stream().filter("refused"::equals).count(), "the others refused: " + results);
        } finally {
            threads.shutdownNow();
        }
        assertEquals(List.of("order-1@0", "order-1@1"), places(store.readStream("order-1")));
    }

    private static Callable<String> appendAfter(CountDownLatch start, EventStore store) {
        return () -> {
            start.await();
            try {
                store.append("order-1", ExpectedVersion.exactly(0), new OrderPaid("o-1"));
                return "appended";
            } catch (WrongExpectedVersionException e) {
                return "refused";
            }
        };
    }

    @Test
    void aBatchWithOneEventThatBreaksItsContractAppendsNothing() {
        EventStore store = contractStore();

        AssertionError refused = assertThrows(AssertionError.class, () -> store.append("order-1",
                ExpectedVersion.noStream(), new OrderPlaced("o-1", 100), new OrderPlaced("o-1", -5)));

        assertTrue(refused.getMessage().startsWith("append to order-1 refused, nothing appended: event 2 of 2 ("
                + OrderPlaced.class.getName() + "): TckOrderPlaced v1 does not match its contract "),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("#/amount"), "names the JSON pointer: " + refused.getMessage());
        assertEquals(List.of(), store.readStream("order-1"), "nothing appended");
        assertEquals(List.of(), store.readAll(), "nothing appended to the log");
    }

    @Test
    void anEventWithoutAContractIsRefusedWhenContractsAreOn() {
        EventStore store = contractStore();

        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> store.append("order-1", ExpectedVersion.any(), new Uncontracted("x")));

        assertTrue(refused.getMessage().startsWith("append to order-1 refused, nothing appended: event 1 of 1: event "
                + Uncontracted.class.getName() + " (TckUncontracted v1): unknown subject \"TckUncontracted\""),
                refused.getMessage());
        assertEquals(List.of(), store.readAll(), "nothing appended");
    }

    private EventStore contractStore() {
        EventStore store = createStore(TckContracts.writeTo(contractsRoot));
        stores.add(store);
        return store;
    }

    // ---- reads

    @Test
    void storedEventsCarryTheirTypeSchemaVersionMetadataAndPayload() {
        EventStore store = store();

        store.append("order-1", ExpectedVersion.noStream(), List.of(new OrderPlaced("o-1", 100)),
                Map.of("correlationId", "c-7"));

        StoredEvent event = store.readStream("order-1").get(0);
        assertEquals("order-1", event.stream());
        assertEquals("TckOrderPlaced", event.type());
        assertEquals(1, event.schemaVersion());
        assertEquals(Map.of("correlationId", "c-7"), event.metadata());
        assertEquals(new OrderPlaced("o-1", 100), event.payloadAs(OrderPlaced.class));
        assertEquals(event, store.readAll().get(0), "readAll and readStream return the same event");
    }

    @Test
    void readingAStreamFromAVersionIncludesThatVersion() {
        EventStore store = store();
        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1), new OrderPaid("o-1"),
                new OrderPaid("o-1"));

        assertEquals(List.of("order-1@1", "order-1@2"), places(store.readStream("order-1", 1)));
        assertEquals(List.of(), store.readStream("order-1", 3));
    }

    @Test
    void readingAStreamThatDoesNotExistGivesNothing() {
        EventStore store = store();

        assertEquals(List.of(), store.readStream("order-404"));
    }

    @Test
    void readingTheLogFromAPositionIncludesThatPosition() {
        EventStore store = store();
        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1));
        long second = store.append("order-2", ExpectedVersion.noStream(), new OrderPlaced("o-2", 2)).position();
        store.append("order-3", ExpectedVersion.noStream(), new OrderPlaced("o-3", 3));

        assertEquals(List.of("order-2@0", "order-3@0"), places(store.readAll(second)));
    }

    // ---- catch-up subscriptions

    @Test
    void aSubscriptionToAllDeliversTheHistoryThenNewEventsInPositionOrder() {
        EventStore store = store();
        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1));
        store.append("order-2", ExpectedVersion.noStream(), new OrderPlaced("o-2", 2));
        Recorder recorder = new Recorder();

        store.subscribeToAll(From.start(), recorder);
        store.runUntilIdle();
        store.append("order-1", ExpectedVersion.exactly(0), new OrderPaid("o-1"));
        store.runUntilIdle();

        assertEquals(List.of("order-1@0", "order-2@0", "order-1@1"), recorder.places());
        assertEquals(store.readAll(), recorder.events());
    }

    @Test
    void aSubscriptionToAStreamDeliversThatStreamOnly() {
        EventStore store = store();
        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1));
        store.append("order-2", ExpectedVersion.noStream(), new OrderPlaced("o-2", 2));
        Recorder recorder = new Recorder();

        store.subscribeToStream("order-1", From.start(), recorder);
        store.append("order-2", ExpectedVersion.exactly(0), new OrderPaid("o-2"));
        store.append("order-1", ExpectedVersion.exactly(0), new OrderPaid("o-1"));
        store.runUntilIdle();

        assertEquals(List.of("order-1@0", "order-1@1"), recorder.places());
    }

    @Test
    void aSubscriptionToAStreamThatDoesNotExistYetWaitsForIt() {
        EventStore store = store();
        Recorder recorder = new Recorder();

        store.subscribeToStream("order-1", From.start(), recorder);
        store.runUntilIdle();
        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1));
        store.runUntilIdle();

        assertEquals(List.of("order-1@0"), recorder.places());
    }

    @Test
    void aSubscriptionAfterACheckpointResumesWithTheNextEvent() {
        EventStore store = store();
        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1), new OrderPaid("o-1"));
        long checkpoint = store.append("order-2", ExpectedVersion.noStream(), new OrderPlaced("o-2", 2)).position();
        store.append("order-1", ExpectedVersion.exactly(1), new OrderPaid("o-1"));
        Recorder all = new Recorder();
        Recorder stream = new Recorder();

        store.subscribeToAll(From.after(checkpoint), all);
        store.subscribeToStream("order-1", From.after(0), stream);
        store.runUntilIdle();

        assertEquals(List.of("order-1@2"), all.places());
        assertEquals(List.of("order-1@1", "order-1@2"), stream.places());
    }

    @Test
    void aSubscriptionFromTheEndDeliversOnlyWhatIsAppendedAfterIt() {
        EventStore store = store();
        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1));
        Recorder all = new Recorder();
        Recorder stream = new Recorder();

        store.subscribeToAll(From.end(), all);
        store.subscribeToStream("order-1", From.end(), stream);
        store.runUntilIdle();
        store.append("order-1", ExpectedVersion.exactly(0), new OrderPaid("o-1"));
        store.runUntilIdle();

        assertEquals(List.of("order-1@1"), all.places());
        assertEquals(List.of("order-1@1"), stream.places());
    }

    @Test
    void aHandlerThatThrowsDropsItsSubscriptionAndNothingIsLost() {
        EventStore store = store();
        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1), new OrderPaid("o-1"));
        store.append("order-2", ExpectedVersion.noStream(), new OrderPlaced("o-2", 2));
        long failing = store.readStream("order-1").get(1).position();
        Recorder handled = new Recorder();

        StoreSubscription subscription = store.subscribeToAll(From.start(), event -> {
            if (event.type().equals("TckOrderPaid")) {
                throw new IllegalStateException("no payments yet");
            }
            handled.handle(event);
        });
        SubscriptionDroppedException dropped = assertThrows(SubscriptionDroppedException.class, store::runUntilIdle);

        assertTrue(dropped.getMessage().endsWith(" to $all dropped at order-1@1, position " + failing
                + " (TckOrderPaid v1) after 1 failure: IllegalStateException: no payments yet; the event stays in the"
                + " store: subscribe again from your checkpoint to resume"), dropped.getMessage());
        assertTrue(subscription.isDropped(), "the subscription says it was dropped");
        assertEquals(List.of("order-1@0"), handled.places(), "nothing delivered past the failing event");
        store.runUntilIdle(); // reported once

        Recorder resumed = new Recorder();
        store.subscribeToAll(From.after(handled.events().get(0).position()), resumed);
        store.runUntilIdle();
        assertEquals(List.of("order-1@1", "order-2@0"), resumed.places(), "the failed event is still there");
    }

    @Test
    void aClosedSubscriptionReceivesNothingMore() {
        EventStore store = store();
        Recorder recorder = new Recorder();
        StoreSubscription subscription = store.subscribeToAll(From.start(), recorder);
        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1));
        store.runUntilIdle();

        subscription.close();
        store.append("order-1", ExpectedVersion.exactly(0), new OrderPaid("o-1"));
        store.runUntilIdle();
        store.awaitIdle(Duration.ofSeconds(30));

        assertEquals(List.of("order-1@0"), recorder.places());
    }

    // ---- stream metadata and deletes

    @Test
    void streamMetadataIsNoneUntilSetAndReadsBackAsSet() {
        EventStore store = store();
        StreamMetadata metadata = StreamMetadata.none().withMaxCount(5).withTruncateBefore(2);

        assertEquals(StreamMetadata.none(), store.streamMetadata("order-1"));
        store.setStreamMetadata("order-1", metadata);
        assertEquals(metadata, store.streamMetadata("order-1"));
    }

    @Test
    void maxCountShowsOnlyTheLastEventsOfTheStream() {
        EventStore store = store();
        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1), new OrderPaid("o-1"),
                new OrderPaid("o-1"), new OrderPaid("o-1"));

        store.setStreamMetadata("order-1", StreamMetadata.none().withMaxCount(2));

        assertEquals(List.of("order-1@2", "order-1@3"), places(store.readStream("order-1")));
        assertEquals(4, store.readAll().size(), "the log still has every event");
        store.append("order-1", ExpectedVersion.exactly(3), new OrderPaid("o-1"));
        assertEquals(List.of("order-1@3", "order-1@4"), places(store.readStream("order-1")));
    }

    @Test
    void truncateBeforeHidesTheVersionsBeforeIt() {
        EventStore store = store();
        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1), new OrderPaid("o-1"),
                new OrderPaid("o-1"));

        store.setStreamMetadata("order-1", StreamMetadata.none().withTruncateBefore(2));

        assertEquals(List.of("order-1@2"), places(store.readStream("order-1")));
        assertEquals(3, store.readAll().size(), "the log still has every event");
        assertEquals(3, store.append("order-1", ExpectedVersion.exactly(2), new OrderPaid("o-1")).nextExpectedVersion(),
                "versions go on: truncation hides, it does not renumber");
    }

    @Test
    void aSoftDeletedStreamReadsEmptyWhileTheLogKeepsItsEvents() {
        EventStore store = store();
        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1), new OrderPaid("o-1"));

        store.deleteStream("order-1", ExpectedVersion.exactly(1));

        assertEquals(List.of(), store.readStream("order-1"));
        assertEquals(List.of("order-1@0", "order-1@1"), places(store.readAll()));
    }

    @Test
    void appendingToASoftDeletedStreamRecreatesItAndItsVersionsGoOn() {
        for (ExpectedVersion expected : List.of(ExpectedVersion.noStream(), ExpectedVersion.any(),
                ExpectedVersion.exactly(1))) {
            EventStore store = store();
            store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1), new OrderPaid("o-1"));
            store.deleteStream("order-1", ExpectedVersion.any());

            AppendResult recreated = store.append("order-1", expected, new OrderPlaced("o-1", 2));

            assertEquals(2, recreated.nextExpectedVersion(), "recreated expecting " + expected);
            assertEquals(List.of("order-1@2"), places(store.readStream("order-1")), "recreated expecting " + expected);
        }
    }

    @Test
    void aSoftDeletedStreamDoesNotCountAsExisting() {
        EventStore store = store();
        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1));
        store.deleteStream("order-1", ExpectedVersion.streamExists());

        WrongExpectedVersionException refused = assertThrows(WrongExpectedVersionException.class,
                () -> store.append("order-1", ExpectedVersion.streamExists(), new OrderPaid("o-1")));

        assertEquals("wrong expected version for stream order-1: expected an existing stream, but it was deleted at"
                + " version 0; nothing appended", refused.getMessage());
    }

    @Test
    void aDeleteExpectingAnotherVersionDeletesNothing() {
        EventStore store = store();
        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1), new OrderPaid("o-1"));

        WrongExpectedVersionException refused = assertThrows(WrongExpectedVersionException.class,
                () -> store.deleteStream("order-1", ExpectedVersion.exactly(0)));

        assertEquals("wrong expected version for stream order-1: expected version 0, but it is at version 1;"
                + " nothing deleted", refused.getMessage());
        assertEquals(2, store.readStream("order-1").size(), "nothing deleted");
    }

    private static List<String> places(List<StoredEvent> events) {
        List<String> places = new ArrayList<>();
        for (StoredEvent event : events) {
            places.add(event.stream() + "@" + event.version());
        }
        return places;
    }

    private static <T> T get(Future<T> future) throws Exception {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionFailedError("a writer failed: " + e.getCause(), e.getCause());
        }
    }
}
