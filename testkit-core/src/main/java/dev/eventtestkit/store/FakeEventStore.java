package dev.eventtestkit.store;

import dev.eventtestkit.broker.DeliveryModel;
import dev.eventtestkit.broker.Trace;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.event.DeterministicIds;
import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.EventValidator;
import dev.eventtestkit.store.internal.PreparedEvent;
import dev.eventtestkit.store.internal.StreamNames;
import dev.eventtestkit.store.internal.VersionCheck;
import dev.eventtestkit.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The deterministic in-memory event store: streams with expected versions, the global log, catch-up
 * subscriptions delivered through the fake broker's delivery model (seeded choices, duplicates, lost
 * checkpoints, delays, all on virtual time and in the {@link #trace()}), stream metadata, upcasting on read,
 * and the log as of any earlier position or instant.
 *
 * <pre>{@code
 * FakeEventStore store = FakeEventStore.builder()
 *         .seed(42L)
 *         .contracts(contracts)                       // every append validated, every read upcast
 *         .faults(Faults.builder().duplicates(0.2).crashBeforeAck(0.1).build())
 *         .build();
 * store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 100));
 * store.subscribeToAll(From.start(), event -> readModel.on(event));
 * store.runUntilIdle();
 * }</pre>
 *
 * <p>Subscriptions deliver only when the test asks: {@link #runUntilIdle()}, or {@code clock().advance(...)},
 * which settles them at every instant on the way; handlers run on the asking thread. Appends and reads may
 * come from any thread: every call takes the store's lock, delivering too (so an append from another thread
 * waits while handlers run).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FakeEventStore implements EventStore {

    static final String ALL = "$all";

    private final long seed;
    private final VirtualClock clock;
    private final EventCodec codec;
    private final EventValidator validator;
    private final @Nullable EventContracts contracts;
    private final DeterministicIds ids;
    private final DeliveryModel delivery;
    private final Map<String, StreamLog> streams = new HashMap<>();
    private final List<StoredEvent> all = new ArrayList<>();
    /** The upcast form of each event of {@link #all}, made when first read; unused without contracts. */
    private final List<@Nullable StoredEvent> upcast = new ArrayList<>();
    private final List<MetadataChange> history = new ArrayList<>();
    private final LogView live = new LogView(this);
    private int subscriptions;

    FakeEventStore(FakeEventStoreBuilder builder) {
        this.seed = builder.seed;
        this.clock = builder.clock == null ? VirtualClock.create() : builder.clock;
        this.codec = builder.codec;
        this.contracts = builder.contracts;
        this.validator = contracts == null ? EventValidator.ACCEPT_ALL : contracts.validator();
        this.ids = DeterministicIds.seeded(seed);
        this.delivery = DeliveryModel.create(seed, clock, builder.faults, builder.retryPolicy, codec, builder.chooser, this);
    }

    /** @return a store with seed 0, a fresh {@link VirtualClock}, the Jackson codec, no contracts and no faults */
    public static FakeEventStore create() {
        return builder().build();
    }

    /** @return a builder starting from the defaults of {@link #create()} */
    public static FakeEventStoreBuilder builder() {
        return new FakeEventStoreBuilder();
    }

    @Override
    public AppendResult append(String stream, ExpectedVersion expected, Object... events) {
        return append(stream, expected, Arrays.asList(events), Map.of());
    }

    @Override
    public synchronized AppendResult append(
            String stream, ExpectedVersion expected, List<?> events, Map<String, String> metadata) {
        StreamNames.check(stream, "append to", "nothing appended");
        Objects.requireNonNull(expected, "expected");
        Map<String, String> headers = Map.copyOf(metadata);
        List<PreparedEvent> prepared = PreparedEvent.prepare(stream, events, codec, validator);
        StreamLog log = streams.get(stream);
        long last = log == null ? -1 : log.lastVersion();
        VersionCheck.check(stream, expected, last, log != null && log.deleted, "nothing appended");
        if (prepared.isEmpty()) {
            return new AppendResult(last, last < 0 ? -1 : Objects.requireNonNull(log).events.get((int) last).position());
        }
        if (log == null) {
            log = new StreamLog(stream);
            streams.put(stream, log);
        } else if (log.deleted) {
            log.deleted = false; // recreated: the truncation the delete set keeps the old events hidden
            record(log);
        }
        Instant now = clock.instant();
        long position = -1;
        for (PreparedEvent event : prepared) {
            UUID id = ids.next();
            position = all.size();
            StoredEvent stored = new StoredEvent(id.toString(), stream, ++last, position, event.type(),
                    event.schemaVersion(), now, headers, event.payload(), codec);
            all.add(stored);
            upcast.add(null);
            log.events.add(stored);
            delivery.append(ALL, stream, event.descriptor(), event.payload(), headers, id, true);
            delivery.append(stream, stream, event.descriptor(), event.payload(), headers, id, false);
        }
        return new AppendResult(last, position);
    }

    @Override
    public List<StoredEvent> readStream(String stream, long fromVersion) {
        return now().readStream(stream, fromVersion);
    }

    @Override
    public List<StoredEvent> readAll(long fromPosition) {
        return now().readAll(fromPosition);
    }

    @Override
    public synchronized StreamMetadata streamMetadata(String stream) {
        StreamNames.check(stream, "read the metadata of", "nothing read");
        StreamLog log = streams.get(stream);
        return log == null ? StreamMetadata.none() : log.metadata;
    }

    @Override
    public synchronized void setStreamMetadata(String stream, StreamMetadata metadata) {
        StreamNames.check(stream, "set the metadata of", "nothing changed");
        Objects.requireNonNull(metadata, "metadata");
        StreamLog log = streams.computeIfAbsent(stream, StreamLog::new);
        log.metadata = metadata;
        record(log);
    }

    @Override
    public synchronized void deleteStream(String stream, ExpectedVersion expected) {
        StreamNames.check(stream, "delete", "nothing deleted");
        Objects.requireNonNull(expected, "expected");
        StreamLog log = streams.get(stream);
        long last = log == null ? -1 : log.lastVersion();
        VersionCheck.check(stream, expected, last, log != null && log.deleted, "nothing deleted");
        if (log == null || last < 0 || log.deleted) {
            return;
        }
        log.deleted = true;
        log.metadata = log.metadata.withTruncateBefore(last + 1);
        record(log);
    }

    @Override
    public synchronized StoreSubscription subscribeToAll(From from, StoredEventHandler handler) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(handler, "handler");
        long offset = from.isStart() ? 0 : from.isEnd() ? all.size() : from.checkpoint() + 1;
        return subscribe(ALL, offset, handler);
    }

    @Override
    public synchronized StoreSubscription subscribeToStream(String stream, From from, StoredEventHandler handler) {
        StreamNames.check(stream, "subscribe to", "no subscription made");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(handler, "handler");
        StreamLog log = streams.get(stream);
        long last = log == null ? -1 : log.lastVersion();
        long offset;
        if (from.isEnd()) {
            offset = last + 1;
        } else if (from.isStart()) {
            offset = log == null ? 0 : log.deleted ? last + 1 : log.metadata.firstShown(last);
        } else {
            offset = from.checkpoint() + 1;
        }
        return subscribe(stream, offset, handler);
    }

    private StoreSubscription subscribe(String source, long offset, StoredEventHandler handler) {
        int number = ++subscriptions;
        String name = "subscription " + number + " to " + source;
        FakeStoreSubscription subscription = new FakeStoreSubscription(source);
        subscription.attach(delivery.subscribe(source, "subscription-" + number, offset,
                message -> handler.handle(delivered(source, message.offset())),
                stop -> {
                    subscription.drop();
                    throw new SubscriptionDroppedException(name, delivered(source, stop.message().offset()),
                            stop.failures(), stop.lastFailure());
                }));
        return subscription;
    }

    /** The event a subscription's record stands for: an offset of {@code $all} is a position, of a stream a version. */
    private synchronized StoredEvent delivered(String source, long offset) {
        StoredEvent raw = source.equals(ALL) ? all.get((int) offset) : streams.get(source).events.get((int) offset);
        return read(raw);
    }

    /**
     * Delivers to the subscriptions until nothing is ready at the current instant, choosing among ready
     * deliveries with the seeded chooser. Retries and delays that fall due later wait for
     * {@code clock().advance(...)}.
     *
     * @throws SubscriptionDroppedException when a handler kept failing on an event during this run
     */
    @Override
    public synchronized void runUntilIdle() {
        delivery.runUntilIdle();
    }

    /**
     * Runs to idle at once (the timeout is not used: nothing runs on other threads), then fails when a delivery
     * waits on the virtual clock (a retry, a delay), since waiting in real time would not release it.
     *
     * @param timeout ignored by the fake
     * @throws org.opentest4j.AssertionFailedError listing what still waits
     */
    @Override
    public synchronized void awaitIdle(Duration timeout) {
        delivery.awaitIdle();
    }

    /**
     * The log as it was right after the event at a position was appended: events up to that position, streams
     * with the metadata and deletions of that moment (a delete or a metadata change made after that event does
     * not show). Later appends do not show in it either.
     *
     * @param position a global position, 0 or more; a position past the end gives the log as it is now
     * @return a read-only view
     * @throws IllegalArgumentException when {@code position} is negative
     */
    public synchronized EventStoreView asOf(long position) {
        requireNotNegative(position, "asOf(" + position + ")", "position");
        return new LogView(this, Math.min(position, all.size() - 1), history.size(), null);
    }

    /**
     * The log as it was at an instant: events appended at or before it, streams with the metadata and
     * deletions of that instant.
     *
     * @param instant an instant on the store's clock
     * @return a read-only view; empty before the first append
     */
    public synchronized EventStoreView asOf(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        int low = 0;
        int high = all.size() - 1;
        long last = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (!all.get(middle).timestamp().isAfter(instant)) {
                last = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return new LogView(this, last, history.size(), instant);
    }

    /** @return the virtual clock events are stamped with and subscriptions deliver on */
    public VirtualClock clock() {
        return clock;
    }

    /** @return every append (as a publish to {@code $all}), delivery, fault, retry and stop so far */
    public synchronized Trace trace() {
        return delivery.trace();
    }

    /** @return the seed every choice and event id derives from */
    public long seed() {
        return seed;
    }

    // ---- for LogView

    private LogView now() {
        return live;
    }

    @Nullable StreamLog stream(String name) {
        return streams.get(name);
    }

    List<MetadataChange> history() {
        return history;
    }

    List<StoredEvent> readAll(long fromPosition, long lastPosition) {
        List<StoredEvent> events = new ArrayList<>();
        long end = Math.min(lastPosition, all.size() - 1);
        for (long position = fromPosition; position <= end; position++) {
            events.add(read(all.get((int) position)));
        }
        return events;
    }

    /** The event as a reader sees it: upcast to the latest contract version when the store has contracts. */
    StoredEvent read(StoredEvent raw) {
        if (contracts == null) {
            return raw;
        }
        int position = (int) raw.position();
        StoredEvent seen = upcast.get(position);
        if (seen == null) {
            seen = raw.upcastWith(contracts);
            upcast.set(position, seen);
        }
        return seen;
    }

    private void record(StreamLog log) {
        history.add(new MetadataChange(log.name, log.metadata, log.deleted, all.size(), clock.instant()));
    }

    static void requireNotNegative(long value, String call, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(call + ": a " + what + " is 0 or more");
        }
    }

    @Override
    public synchronized String toString() {
        return "FakeEventStore[seed=" + seed + ", " + streams.size() + " stream(s), " + all.size() + " event(s), at "
                + clock.instant() + "]";
    }
}
