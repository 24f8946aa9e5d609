package dev.eventtestkit.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A broker's trace is a view over its rows: it reads, compares and hashes like a trace built from entries. */
class TraceViewTest {

    @Test
    void aLongTraceReadsEveryRowInOrderAcrossItsBlocks() {
        FakeBroker broker = twoGroupsAfter(600);

        List<TraceEntry> entries = broker.trace().entries();

        assertThat(entries).hasSize(600 * 5);
        assertThat(entries.get(0).detail()).isEqualTo("publish OrderPlaced v2 key=o-0");
        assertThat(entries.get(2999).position()).isEqualTo("orders[0]@599");
        assertThat(entries.get(2999).detail()).isEqualTo("ack");
        assertThat(entries).filteredOn(e -> e.kind() == TraceKind.DELIVER).hasSize(1200)
                .extracting(TraceEntry::group).containsOnly("billing", "shipping");
    }

    @Test
    void aViewEqualsAndHashesLikeTheSameEntriesBuiltByHand() {
        Trace view = twoGroupsAfter(400).trace();

        Trace byHand = new Trace(view.entries());

        assertThat(view).isEqualTo(byHand);
        assertThat(byHand).isEqualTo(view);
        assertThat(view.hashCode()).isEqualTo(byHand.hashCode());
        assertThat(twoGroupsAfter(400).trace()).isEqualTo(view).hasSameHashCodeAs(view);
    }

    @Test
    void aSnapshotKeepsItsSizeWhileTheBrokerGoesOn() {
        FakeBroker broker = twoGroupsAfter(20);
        Trace before = broker.trace();
        String rendered = before.render();

        broker.publish("orders", "o-99", new OrderPlaced("o-99", 1));
        broker.runUntilIdle();

        assertThat(before.size()).isEqualTo(100);
        assertThat(before.render()).isEqualTo(rendered);
        assertThat(broker.trace()).isNotEqualTo(before);
    }

    @Test
    void tracesThatDifferOnlyInAPublishedKeyAreDifferent() {
        FakeBroker first = FakeBroker.create();
        first.publish("orders", "a", new OrderPlaced("o-1", 1));
        FakeBroker second = FakeBroker.create();
        second.publish("orders", "b", new OrderPlaced("o-1", 1));

        assertThat(first.trace()).isNotEqualTo(second.trace());
        assertThat(first.trace()).isEqualTo(first.trace());
    }

    private static FakeBroker twoGroupsAfter(int records) {
        FakeBroker broker = FakeBroker.create();
        broker.subscribe("orders", "billing", m -> {});
        broker.subscribe("orders", "shipping", m -> {});
        for (int i = 0; i < records; i++) {
            broker.publish("orders", "o-" + i, new OrderPlaced("o-" + i, i));
        }
        broker.runUntilIdle();
        return broker;
    }
}
