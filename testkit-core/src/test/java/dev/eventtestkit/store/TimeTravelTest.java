package dev.eventtestkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.store.StoreEvents.OrderPaid;
import dev.eventtestkit.store.StoreEvents.OrderPlaced;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fake store's log as it was at an earlier position or instant. */
class TimeTravelTest {

    private final FakeEventStore store = FakeEventStore.create();

    @Test
    void theLogAsOfAPositionEndsThereAndLaterAppendsDoNotShow() {
        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1));
        long paid = store.append("order-1", ExpectedVersion.exactly(0), new OrderPaid("o-1")).position();
        store.append("order-2", ExpectedVersion.noStream(), new OrderPlaced("o-2", 2));

        EventStoreView then = store.asOf(paid - 1);
        store.append("order-1", ExpectedVersion.exactly(1), new OrderPaid("o-1"));

        assertThat(places(then.readStream("order-1"))).containsExactly("order-1@0");
        assertThat(places(then.readAll())).containsExactly("order-1@0");
        assertThat(places(store.asOf(paid).readStream("order-1"))).containsExactly("order-1@0", "order-1@1");
        assertThat(then.readStream("order-2")).isEmpty();
    }

    @Test
    void theLogAsOfAnInstantHoldsWhatWasAppendedByThen() {
        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1));
        store.clock().advance(Duration.ofHours(1));
        store.append("order-1", ExpectedVersion.exactly(0), new OrderPaid("o-1"));

        assertThat(store.asOf(Instant.parse("2026-01-01T00:30:00Z")).readStream("order-1"))
                .extracting(StoredEvent::type).containsExactly("OrderPlaced");
        assertThat(store.asOf(Instant.parse("2026-01-01T01:00:00Z")).readStream("order-1"))
                .extracting(StoredEvent::type).containsExactly("OrderPlaced", "OrderPaid");
        assertThat(store.asOf(Instant.parse("2025-12-31T23:59:59Z")).readAll()).isEmpty();
    }

    @Test
    void aStreamDeletedLaterStillShowsAsItWasBeforeTheDelete() {
        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1));
        store.clock().advance(Duration.ofMinutes(1));
        store.deleteStream("order-1", ExpectedVersion.exactly(0));
        store.append("order-2", ExpectedVersion.noStream(), new OrderPlaced("o-2", 2));

        assertThat(places(store.asOf(0).readStream("order-1"))).containsExactly("order-1@0");
        assertThat(places(store.asOf(Instant.parse("2026-01-01T00:00:30Z")).readStream("order-1")))
                .containsExactly("order-1@0");
        assertThat(store.asOf(Instant.parse("2026-01-01T00:01:00Z")).readStream("order-1")).isEmpty();
        assertThat(store.asOf(1).readStream("order-1")).isEmpty();
        assertThat(store.readStream("order-1")).isEmpty();
    }

    @Test
    void metadataSetLaterDoesNotTruncateTheEarlierView() {
        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1), new OrderPaid("o-1"));
        EventStoreView before = store.asOf(1);

        store.setStreamMetadata("order-1", StreamMetadata.none().withMaxCount(1));
        store.append("order-2", ExpectedVersion.noStream(), new OrderPlaced("o-2", 2));

        assertThat(places(before.readStream("order-1"))).containsExactly("order-1@0", "order-1@1");
        assertThat(before.streamMetadata("order-1")).isEqualTo(StreamMetadata.none());
        assertThat(places(store.asOf(1).readStream("order-1"))).containsExactly("order-1@0", "order-1@1");
        assertThat(places(store.asOf(2).readStream("order-1"))).containsExactly("order-1@1");
    }

    @Test
    void aRecreatedStreamShowsItsNewEventsFromWhenItWasRecreated() {
        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1));
        store.deleteStream("order-1", ExpectedVersion.any());
        store.append("order-2", ExpectedVersion.noStream(), new OrderPlaced("o-2", 2));
        long recreated = store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 2)).position();

        assertThat(places(store.asOf(recreated).readStream("order-1"))).containsExactly("order-1@1");
        assertThat(store.asOf(recreated - 1).readStream("order-1")).isEmpty();
        assertThat(places(store.asOf(0).readStream("order-1"))).containsExactly("order-1@0");
    }

    @Test
    void theStateOfAnAggregateAsOfAPositionFoldsItsEventsThen() {
        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 100));
        store.append("order-1", ExpectedVersion.exactly(0), new OrderPaid("o-1"));

        // doc:time-travel
        EventStoreView then = store.asOf(0);
        String status = "none";
        for (StoredEvent event : then.readStream("order-1")) {
            status = event.type().equals("OrderPaid") ? "paid" : "placed";
        }
        // end
        assertThat(status).isEqualTo("placed");
    }

    @Test
    void refusesANegativePosition() {
        assertThatThrownBy(() -> store.asOf(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("asOf(-1): a position is 0 or more");
    }

    private static List<String> places(List<StoredEvent> events) {
        return events.stream().map(e -> e.stream() + "@" + e.version()).toList();
    }
}
