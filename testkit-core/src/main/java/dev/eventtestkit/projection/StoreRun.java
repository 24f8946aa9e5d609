package dev.eventtestkit.projection;

import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.store.ExpectedVersion;
import dev.eventtestkit.store.FakeEventStore;
import dev.eventtestkit.store.FakeEventStoreBuilder;
import dev.eventtestkit.store.From;
import dev.eventtestkit.store.StoredEvent;
import java.time.Duration;
import java.util.List;

/**
 * Feeds a read model the given events in the given order through a fake event store's catch-up subscription,
 * appending and delivering one event at a time, as a live read model is fed; then, for {@code rebuild()}, a
 * fresh one replays the whole log a day later.
 */
final class StoreRun<R> {

    /** A rebuild happens later than the live run: read models that stamp processing time differ. */
    static final Duration REBUILD_LATER = Duration.ofDays(1);

    private final ProjectionFixture<R> fixture;
    private final List<GivenEvent> given;
    private final EventClasses classes;
    private final FakeEventStore store;

    StoreRun(ProjectionFixture<R> fixture, List<GivenEvent> given, Faults faults) {
        this.fixture = fixture;
        this.given = given;
        this.classes = new EventClasses(given, fixture.settings().codec());
        FakeEventStoreBuilder builder = FakeEventStore.builder()
                .seed(fixture.settings().seed())
                .codec(fixture.settings().codec())
                .faults(faults);
        if (fixture.contracts() != null) {
            builder.contracts(fixture.contracts());
        }
        this.store = builder.build();
    }

    /** @return the read model fed live, one append at a time */
    R live() {
        R model = fixture.newReadModel();
        store.subscribeToAll(From.start(), event -> apply(model, event));
        for (GivenEvent event : given) {
            store.append(event.stream(), ExpectedVersion.any(), event.event());
            store.runUntilIdle();
        }
        return model;
    }

    /** @return a fresh read model fed the whole log at once, a day after the live run */
    R rebuilt() {
        store.clock().advance(REBUILD_LATER);
        R model = fixture.newReadModel();
        for (StoredEvent event : store.readAll()) {
            try {
                apply(model, event);
            } catch (Exception e) {
                throw new IllegalStateException("the read model threw while rebuilding from " + event.where() + ": "
                        + e, e);
            }
        }
        return model;
    }

    private void apply(R model, StoredEvent event) throws Exception {
        fixture.projection().apply(model, Envelope.of(event, fixture.settings().codec()), classes);
    }
}
