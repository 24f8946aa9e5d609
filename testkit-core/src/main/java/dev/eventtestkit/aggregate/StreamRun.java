package dev.eventtestkit.aggregate;

import dev.eventtestkit.event.EventWithMetadata;
import dev.eventtestkit.store.AppendResult;
import dev.eventtestkit.store.EventStore;
import dev.eventtestkit.store.ExpectedVersion;
import dev.eventtestkit.store.StoredEvent;
import dev.eventtestkit.store.WrongExpectedVersionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A scenario on a stream of an event store: each step loads the stream, folds it, decides, and appends what
 * was decided expecting the version it read, so a writer that came in between makes the append fail as it
 * would in production. {@link ConcurrentOutcome} splits a step into its decide and its append to race two.
 */
final class StreamRun<C, E, S> {

    /** What a command decided against the version it read; appended by {@link #append}. */
    record Decided<C, E, S>(Outcome<C, E, S> outcome, ExpectedVersion read) {

        boolean appends() {
            return outcome.failure().isEmpty() && !outcome.events().isEmpty();
        }
    }

    private record Loaded<E>(List<E> events, List<Map<String, String>> metadata, ExpectedVersion read) {}

    private final AggregateFixture<C, E, S> fixture;
    private final EventStore store;
    private final String stream;
    private final EventClasses classes;
    private final @Nullable Class<? extends S> snapshots;

    private StreamRun(AggregateFixture<C, E, S> fixture, EventStore store, String stream, EventClasses classes,
            @Nullable Class<? extends S> snapshots) {
        this.fixture = fixture;
        this.store = store;
        this.stream = stream;
        this.classes = classes;
        this.snapshots = snapshots;
    }

    /**
     * Takes a fresh store and appends the given events to the stream.
     *
     * @throws IllegalStateException when the store is not fresh: the stream holds events already
     */
    static <C, E, S> StreamRun<C, E, S> start(AggregateFixture<C, E, S> fixture,
            Supplier<? extends EventStore> stores, String stream, EventClasses classes,
            @Nullable Class<? extends S> snapshots, List<EventWithMetadata<E>> given) {
        EventStore store = Objects.requireNonNull(stores.get(), "onStream: the store supplier returned null");
        int held = store.readStream(stream).size();
        if (held > 0) {
            throw new IllegalStateException("onStream: the store for a new scenario already holds " + held
                    + " event(s) in " + stream + "; the supplier must return a fresh store for each scenario "
                    + "(e.g. FakeEventStore::create)");
        }
        StreamRun<C, E, S> run = new StreamRun<>(fixture, store, stream, classes, snapshots);
        if (!given.isEmpty()) {
            run.appendAll(ExpectedVersion.noStream(), given);
        }
        return run;
    }

    String stream() {
        return stream;
    }

    /** One step: loads, decides, appends. */
    Outcome<C, E, S> step(Function<ScenarioRun<C, E, S>, Outcome<C, E, S>> step) {
        Decided<C, E, S> decided = decide(step);
        append(decided);
        return decided.outcome().onStream(this);
    }

    /** Loads the stream and decides against it, appending nothing yet. */
    Decided<C, E, S> decide(Function<ScenarioRun<C, E, S>, Outcome<C, E, S>> step) {
        Loaded<E> loaded = load();
        Outcome<C, E, S> outcome = step.apply(ScenarioRun.start(fixture, loaded.events(), loaded.metadata()));
        return new Decided<>(outcome.onStream(this), loaded.read());
    }

    /**
     * Appends what was decided, expecting the version it was decided against.
     *
     * @return the version of the first event appended; -1 when the command was rejected or decided nothing
     * @throws WrongExpectedVersionException when another writer appended since the stream was read
     */
    long append(Decided<C, E, S> decided) {
        if (!decided.appends()) {
            return -1;
        }
        return appendAll(decided.read(), decided.outcome().messages());
    }

    /** @return the stream's events as the aggregate's events, in version order */
    List<E> events() {
        return load().events();
    }

    /** @return the state sourced from the whole stream */
    S state() {
        Loaded<E> loaded = load();
        ScenarioRun<C, E, S> run = ScenarioRun.start(fixture, loaded.events(), loaded.metadata());
        run.end();
        return run.state();
    }

    @SuppressWarnings("unchecked")
    private Loaded<E> load() {
        List<StoredEvent> stored = store.readStream(stream);
        List<E> events = new ArrayList<>(stored.size());
        List<Map<String, String>> metadata = new ArrayList<>(stored.size());
        for (StoredEvent event : stored) {
            events.add((E) classes.read(event));
            metadata.add(event.metadata());
        }
        Class<? extends S> snapshotType = snapshots;
        if (snapshotType != null) {
            SnapshotCheck.check(fixture, stream, snapshotType, events, metadata);
        }
        ExpectedVersion read = stored.isEmpty()
                ? ExpectedVersion.noStream()
                : ExpectedVersion.exactly(stored.get(stored.size() - 1).version());
        return new Loaded<>(events, metadata, read);
    }

    /** Appends in one batch per run of equal metadata (a store gives one batch one metadata). */
    private long appendAll(ExpectedVersion expected, List<EventWithMetadata<E>> messages) {
        long first = -1;
        ExpectedVersion next = expected;
        int from = 0;
        while (from < messages.size()) {
            Map<String, String> metadata = messages.get(from).metadata();
            int to = from + 1;
            while (to < messages.size() && messages.get(to).metadata().equals(metadata)) {
                to++;
            }
            List<E> batch = new ArrayList<>(to - from);
            for (EventWithMetadata<E> message : messages.subList(from, to)) {
                batch.add(message.event());
            }
            AppendResult result = store.append(stream, next, batch, metadata);
            if (first < 0) {
                first = result.nextExpectedVersion() - batch.size() + 1;
            }
            next = ExpectedVersion.exactly(result.nextExpectedVersion());
            from = to;
        }
        return first;
    }
}
