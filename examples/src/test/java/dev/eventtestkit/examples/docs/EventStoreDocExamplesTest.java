package dev.eventtestkit.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.broker.RetryPolicy;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCreated;
import dev.eventtestkit.examples.orders.OrderEvent.OrderShipped;
import dev.eventtestkit.examples.orders.OrderEvent.PaymentProcessed;
import dev.eventtestkit.store.AppendResult;
import dev.eventtestkit.store.EventStore;
import dev.eventtestkit.store.EventStoreView;
import dev.eventtestkit.store.ExpectedVersion;
import dev.eventtestkit.store.FakeEventStore;
import dev.eventtestkit.store.From;
import dev.eventtestkit.store.StoredEvent;
import dev.eventtestkit.store.StreamMetadata;
import dev.eventtestkit.store.SubscriptionDroppedException;
import dev.eventtestkit.store.WrongExpectedVersionException;
import dev.eventtestkit.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The code blocks of docs/event-store.md. */
class EventStoreDocExamplesTest {

    /** A read model that keeps its own checkpoint: the position of the last event it handled. */
    static final class ShippedOrders {
        final Map<String, String> status = new HashMap<>();
        long checkpoint = -1;

        void on(StoredEvent event) {
            if (event.position() <= checkpoint) {
                return; // seen already: a duplicate, or a redelivery after a lost checkpoint
            }
            status.put(event.stream(), event.type());
            checkpoint = event.position();
        }
    }

    @Test
    void appendsWithExpectedVersionsAndReadsBack() {
        EventStore store = FakeEventStore.create();

        AppendResult created = store.append("order-1", ExpectedVersion.noStream(), new OrderCreated("o-1", 100));
        // created.nextExpectedVersion() == 0: the first event of a stream is version 0
        AppendResult paid = store.append("order-1", ExpectedVersion.exactly(created.nextExpectedVersion()),
                new PaymentProcessed("o-1", "p-1"));
        // paid.nextExpectedVersion() == 1
        List<StoredEvent> order = store.readStream("order-1");     // versions 0 and 1
        List<StoredEvent> everything = store.readAll();            // every stream, by global position

        assertThat(created.nextExpectedVersion()).isZero();
        assertThat(paid.nextExpectedVersion()).isEqualTo(1);
        assertThat(order).extracting(StoredEvent::version).containsExactly(0L, 1L);
        assertThat(everything).hasSize(2);
        StoredEvent first = order.get(0);
        assertThat(first.payloadAs(OrderCreated.class)).isEqualTo(new OrderCreated("o-1", 100));
        assertThat(first.type()).isEqualTo("OrderCreated");
        assertThat(first.schemaVersion()).isEqualTo(1);
        assertThat(first.position()).isZero();
    }

    @Test
    void refusesAWriterThatLostTheRace() {
        EventStore store = FakeEventStore.create();
        store.append("order-1", ExpectedVersion.noStream(), new OrderCreated("o-1", 100));
        store.append("order-1", ExpectedVersion.exactly(0), new PaymentProcessed("o-1", "p-1"));

        assertThatThrownBy(() ->
                store.append("order-1", ExpectedVersion.exactly(0), new OrderShipped("o-1")))
                .isInstanceOf(WrongExpectedVersionException.class)
                .hasMessage("wrong expected version for stream order-1: expected version 0, but it is at version 1;"
                        + " nothing appended");
    }

    @Test
    void feedsAReadModelThatKeepsItsCheckpoint() {
        EventStore store = FakeEventStore.create();
        ShippedOrders readModel = new ShippedOrders();
        store.append("order-1", ExpectedVersion.noStream(), new OrderCreated("o-1", 100));

        store.subscribeToAll(From.start(), readModel::on);                 // history first, then live
        store.append("order-1", ExpectedVersion.exactly(0), new PaymentProcessed("o-1", "p-1"));
        store.runUntilIdle();
        // after a restart: resume after the last event handled
        store.subscribeToAll(From.after(readModel.checkpoint), readModel::on);
        store.runUntilIdle();

        assertThat(readModel.status).containsEntry("order-1", "PaymentProcessed");
        assertThat(readModel.checkpoint).isEqualTo(1);
    }

    @Test
    void configuresEveryOptionOfTheFake() {
        VirtualClock clock = VirtualClock.create();
        EventContracts contracts = EventContracts.load(RepositoryRoot.schemas())
                .withUpcaster("OrderCreated", 1, json -> json.with("currency", "EUR"));

        FakeEventStore store = FakeEventStore.builder()
                .seed(42L)                                          // default 0
                .clock(clock)                                       // default VirtualClock.create()
                .codec(EventCodec.jackson())                        // default
                .contracts(contracts)                               // validate appends, upcast reads
                .faults(Faults.builder().duplicates(0.2).crashBeforeAck(0.1).delay(Duration.ofMillis(200)).build())
                .retryPolicy(RetryPolicy.of(3, Duration.ofSeconds(1)))  // default: drop at the first failure
                .build();

        store.append("order-1", ExpectedVersion.noStream(), new OrderCreated("o-1", 100));
        StoredEvent read = store.readStream("order-1").get(0);
        assertThat(read.schemaVersion()).isEqualTo(2);
        assertThat(read.payload().get("currency").asText()).isEqualTo("EUR");
        assertThat(store.seed()).isEqualTo(42L);
        assertThat(store.clock()).isSameAs(clock);
    }

    @Test
    void aReadModelUnderDuplicatesAndLostCheckpointsStillCountsEachEventOnce() {
        for (long seed = 0; seed < 50; seed++) {
            FakeEventStore store = FakeEventStore.builder()
                    .seed(seed)
                    .faults(Faults.builder().duplicates(0.3).crashBeforeAck(0.3).build())
                    .build();
            ShippedOrders readModel = new ShippedOrders();
            List<String> handled = new ArrayList<>();
            store.subscribeToAll(From.start(), event -> {
                handled.add(event.stream());
                readModel.on(event);
            });
            for (int i = 1; i <= 5; i++) {
                store.append("order-" + i, ExpectedVersion.noStream(), new OrderCreated("o-" + i, i));
            }
            store.runUntilIdle();

            assertThat(readModel.status).as("seed %d", seed).hasSize(5);
            assertThat(readModel.checkpoint).isEqualTo(4);
        }
    }

    @Test
    void aThrowingHandlerDropsItsSubscription() {
        FakeEventStore store = FakeEventStore.create();
        store.append("order-1", ExpectedVersion.noStream(), new OrderCreated("o-1", 100));
        store.subscribeToAll(From.start(), event -> {
            throw new IllegalStateException("read model offline");
        });

        assertThatThrownBy(store::runUntilIdle)
                .isInstanceOf(SubscriptionDroppedException.class)
                .hasMessage("subscription 1 to $all dropped at order-1@0, position 0 (OrderCreated v1) after 1 failure:"
                        + " IllegalStateException: read model offline; the event stays in the store: subscribe again"
                        + " from your checkpoint to resume");
    }

    @Test
    void shapesStreamsWithMetadataAndSoftDeletes() {
        EventStore store = FakeEventStore.create();
        store.append("order-1", ExpectedVersion.noStream(), new OrderCreated("o-1", 100),
                new PaymentProcessed("o-1", "p-1"), new OrderShipped("o-1"));

        store.setStreamMetadata("order-1", StreamMetadata.none().withMaxCount(2));   // shows versions 1 and 2
        assertThat(store.readStream("order-1")).extracting(StoredEvent::version).containsExactly(1L, 2L);

        store.deleteStream("order-1", ExpectedVersion.exactly(2));                   // reads empty from now on
        assertThat(store.readStream("order-1")).isEmpty();
        assertThat(store.readAll()).hasSize(3);                                        // $all keeps them

        store.append("order-1", ExpectedVersion.noStream(), new OrderCreated("o-1", 50)); // recreated, version 3
        assertThat(store.readStream("order-1")).extracting(StoredEvent::version).containsExactly(3L);
    }

    @Test
    void travelsBackInTime() {
        FakeEventStore store = FakeEventStore.create();
        store.append("order-1", ExpectedVersion.noStream(), new OrderCreated("o-1", 100));
        store.clock().advance(Duration.ofDays(1));
        store.append("order-1", ExpectedVersion.exactly(0), new PaymentProcessed("o-1", "p-1"));

        EventStoreView yesterday = store.asOf(Instant.parse("2026-01-01T12:00:00Z"));
        EventStoreView afterFirst = store.asOf(0L);                         // right after position 0

        assertThat(yesterday.readStream("order-1")).extracting(StoredEvent::type).containsExactly("OrderCreated");
        assertThat(afterFirst.readAll()).hasSize(1);
    }
}
