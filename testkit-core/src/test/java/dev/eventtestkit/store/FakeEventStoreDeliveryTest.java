package dev.eventtestkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.broker.FaultKind;
import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.broker.FirstTimeFaults;
import dev.eventtestkit.broker.RetryPolicy;
import dev.eventtestkit.broker.TraceEntry;
import dev.eventtestkit.broker.TraceKind;
import dev.eventtestkit.store.StoreEvents.OrderPaid;
import dev.eventtestkit.store.StoreEvents.OrderPlaced;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The fake store's subscriptions on the broker's delivery model: faults, retries, virtual time, the trace. */
class FakeEventStoreDeliveryTest {

    @Test
    void aDuplicateDeliversAnEventAgainAfterItWasHandled() {
        FakeEventStore store = FakeEventStore.builder()
                .faults(Faults.builder().duplicates(0.5).build())
                .chooser(new FirstTimeFaults(FaultKind.DUPLICATE))
                .build();
        List<String> seen = new ArrayList<>();
        store.subscribeToAll(From.start(), event -> seen.add(event.stream() + "@" + event.version()));

        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1), new OrderPaid("o-1"));
        store.runUntilIdle();

        assertThat(seen).containsExactly("order-1@0", "order-1@0", "order-1@1");
        assertThat(store.trace().faults()).extracting(TraceEntry::fault).containsExactly(FaultKind.DUPLICATE);
    }

    @Test
    void aLostCheckpointDeliversTheSameEventAgainBeforeTheNext() {
        FakeEventStore store = FakeEventStore.builder()
                .faults(Faults.builder().crashBeforeAck(0.5).build())
                .chooser(new FirstTimeFaults(FaultKind.CRASH_BEFORE_ACK))
                .build();
        List<String> seen = new ArrayList<>();
        store.subscribeToStream("order-1", From.start(), event -> seen.add("order-1@" + event.version()));

        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1), new OrderPaid("o-1"));
        store.runUntilIdle();

        assertThat(seen).containsExactly("order-1@0", "order-1@0", "order-1@1");
    }

    @Test
    void aDelayedEventReachesItsSubscriptionOnVirtualTimeAndHoldsBackTheRest() {
        FakeEventStore store = FakeEventStore.builder()
                .faults(Faults.builder().delay(Duration.ofMillis(300)).build())
                .chooser(new FirstTimeFaults(FaultKind.DELAY))
                .build();
        List<String> seen = new ArrayList<>();
        store.subscribeToAll(From.start(), event -> seen.add(event.version() + " at " + store.clock().instant()));

        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1), new OrderPaid("o-1"));
        store.runUntilIdle();
        assertThat(seen).isEmpty();

        store.clock().advance(Duration.ofSeconds(1));
        assertThat(seen).containsExactly("0 at 2026-01-01T00:00:00.300Z", "1 at 2026-01-01T00:00:00.300Z");
    }

    @Test
    void awaitIdleNamesADeliveryThatWaitsOnTheVirtualClock() {
        FakeEventStore store = FakeEventStore.builder()
                .faults(Faults.builder().delay(Duration.ofMillis(300)).build())
                .chooser(new FirstTimeFaults(FaultKind.DELAY))
                .build();
        store.subscribeToAll(From.start(), event -> {});
        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1));

        assertThatThrownBy(() -> store.awaitIdle(Duration.ofSeconds(5)))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("the fake broker is not idle at 2026-01-01T00:00:00.000Z: awaitIdle does not move the"
                        + " virtual clock, advance it (clock().advance(...)) to release this delivery:\n"
                        + "  $all[0]@0  subscription-1  attempt 1  delay at 2026-01-01T00:00:00.300Z\n");
    }

    @Test
    void aHandlerThatFailsIsRetriedOnVirtualTimeUnderARetryPolicyBeforeTheSubscriptionDrops() {
        FakeEventStore store = FakeEventStore.builder()
                .retryPolicy(RetryPolicy.of(3, Duration.ofSeconds(1)))
                .build();
        List<Instant> attempts = new ArrayList<>();
        store.subscribeToAll(From.start(), event -> {
            attempts.add(store.clock().instant());
            throw new IllegalStateException("read model down");
        });
        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1));
        store.runUntilIdle();

        assertThatThrownBy(() -> store.clock().advance(Duration.ofSeconds(5)))
                .isInstanceOf(SubscriptionDroppedException.class)
                .hasMessage("subscription 1 to $all dropped at order-1@0, position 0 (OrderPlaced v1) after 3 failures:"
                        + " IllegalStateException: read model down; the event stays in the store: subscribe again from"
                        + " your checkpoint to resume");
        assertThat(attempts).containsExactly(Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:01Z"), Instant.parse("2026-01-01T00:00:02Z"));
        assertThat(store.trace().entries()).extracting(TraceEntry::kind).containsSubsequence(TraceKind.FAIL,
                TraceKind.RETRY, TraceKind.FAIL, TraceKind.RETRY, TraceKind.FAIL, TraceKind.STOP);
    }

    @Test
    void aHandlerThatRecoversWithinItsRetriesLosesNothing() {
        FakeEventStore store = FakeEventStore.builder().retryPolicy(RetryPolicy.of(2)).build();
        List<Long> handled = new ArrayList<>();
        boolean[] failedOnce = {false};
        store.subscribeToAll(From.start(), event -> {
            if (!failedOnce[0]) {
                failedOnce[0] = true;
                throw new IllegalStateException("once");
            }
            handled.add(event.position());
        });

        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1), new OrderPaid("o-1"));
        store.runUntilIdle();

        assertThat(handled).containsExactly(0L, 1L);
    }

    @Test
    void theTraceShowsEachAppendOnceAndEachDeliveryToItsSubscription() {
        FakeEventStore store = FakeEventStore.create();
        store.subscribeToStream("order-1", From.start(), event -> {});
        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1));
        store.runUntilIdle();

        assertThat(store.trace().render()).isEqualTo(""
                + "time                      step  position      group           attempt  event\n"
                + "2026-01-01T00:00:00.000Z  -     $all[0]@0     -               -        publish OrderPlaced v1 key=order-1\n"
                + "2026-01-01T00:00:00.000Z  1     order-1[0]@0  subscription-1  1        deliver to instance 1\n"
                + "2026-01-01T00:00:00.000Z  1     order-1[0]@0  subscription-1  1        ack\n");
    }

    @Test
    void theSameSeedDeliversTheSameWayEveryTime() {
        List<String> first = run(7L);
        List<String> again = run(7L);

        assertThat(again).isEqualTo(first);
        assertThat(first).hasSizeGreaterThan(20); // duplicates and lost checkpoints struck
    }

    private static List<String> run(long seed) {
        FakeEventStore store = FakeEventStore.builder()
                .seed(seed)
                .faults(Faults.builder().duplicates(0.3).crashBeforeAck(0.3).build())
                .build();
        List<String> seen = new ArrayList<>();
        store.subscribeToAll(From.start(), event -> seen.add(event.id() + " " + event.stream() + "@" + event.version()));
        store.subscribeToStream("order-2", From.start(), event -> seen.add("order-2 only: " + event.version()));
        for (int i = 0; i < 10; i++) {
            store.append("order-" + (i % 3), ExpectedVersion.any(), new OrderPlaced("o-" + i, i));
        }
        store.runUntilIdle();
        return seen;
    }

    @Test
    void advancingTheClockDeliversWhatWasAppended() {
        FakeEventStore store = FakeEventStore.create();
        List<Long> seen = new ArrayList<>();
        store.subscribeToAll(From.start(), event -> seen.add(event.position()));

        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1));
        store.clock().advance(Duration.ofSeconds(1));

        assertThat(seen).containsExactly(0L);
    }

    @Test
    void aHandlerMayAppendAndItsSubscriptionSeesTheNewEventInTheSameRun() {
        FakeEventStore store = FakeEventStore.create();
        List<String> seen = new ArrayList<>();
        store.subscribeToAll(From.start(), event -> {
            seen.add(event.type());
            if (event.type().equals("OrderPlaced")) {
                store.append(event.stream(), ExpectedVersion.exactly(event.version()), new OrderPaid("o-1"));
            }
        });

        store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 1));
        store.runUntilIdle();

        assertThat(seen).containsExactly("OrderPlaced", "OrderPaid");
    }

    @Test
    void refusesFaultsThatReorderASubscription() {
        assertThatThrownBy(() -> FakeEventStore.builder().faults(Faults.builder().reorder(true).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("FakeEventStore faults: Faults.builder().reorder(true).build() reorders, but a catch-up"
                        + " subscription delivers in position order; use duplicates, crashBeforeAck or delay");
    }

    @Test
    void eventIdsFollowTheSeed() {
        FakeEventStore a = FakeEventStore.builder().seed(3).build();
        FakeEventStore b = FakeEventStore.builder().seed(3).build();

        a.append("order-1", ExpectedVersion.any(), new OrderPlaced("o-1", 1));
        b.append("order-1", ExpectedVersion.any(), new OrderPlaced("o-1", 1));

        assertThat(a.readAll().get(0).id()).isEqualTo(b.readAll().get(0).id());
    }
}
