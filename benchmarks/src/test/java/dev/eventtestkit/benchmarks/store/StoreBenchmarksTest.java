package dev.eventtestkit.benchmarks.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.store.FakeEventStore;
import dev.eventtestkit.store.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmarked scenarios do what they say; nothing here measures. */
class StoreBenchmarksTest {

    @Test
    void theCycleAppendsTenEventsAndReadsThemBack() {
        FakeEventStore store = FakeEventStore.create();
        List<StoredEvent> read = StoreAppendBenchmark.cycle(store, "cart-1", new StoreAppendBenchmark.ItemAdded("c", "s", 1));

        assertThat(read).extracting(StoredEvent::version).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    }

    @Test
    void theCatchUpDeliversTheWholeLogInOrder() {
        FakeEventStore store = CatchUpSubscriptionBenchmark.filled(null);
        List<Long> positions = new ArrayList<>();

        CatchUpSubscriptionBenchmark.catchUp(store, event -> positions.add(event.position()));

        assertThat(positions).hasSize(CatchUpSubscriptionBenchmark.EVENTS);
        assertThat(positions.get(0)).isZero();
        assertThat(positions.get(positions.size() - 1)).isEqualTo(CatchUpSubscriptionBenchmark.EVENTS - 1L);
    }
}
