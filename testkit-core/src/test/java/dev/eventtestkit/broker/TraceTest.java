package dev.eventtestkit.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TraceTest {

    @Test
    void theSameSeedGivesAByteIdenticalTrace() {
        Trace first = busyWorld(7340912L).trace();
        Trace second = busyWorld(7340912L).trace();

        assertThat(second).isEqualTo(first);
        assertThat(second.render().getBytes(StandardCharsets.UTF_8))
                .isEqualTo(first.render().getBytes(StandardCharsets.UTF_8));
        assertThat(first.faults()).isNotEmpty();
    }

    @Test
    void differentSeedsGiveDifferentTraces() {
        assertThat(busyWorld(1L).trace()).isNotEqualTo(busyWorld(2L).trace());
    }

    @Test
    void rendersTheTimelineOfRetriesAndDeadLetters() throws IOException {
        FakeBroker broker = FakeBroker.builder().seed(7).build();
        broker.createTopic("orders", 2);
        broker.subscribe("orders", "billing", m -> {
            if ("o-1".equals(m.key())) {
                throw new IllegalStateException("payment service down");
            }
        });
        broker.subscribe("orders", "shipping", m -> {});
        broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
        broker.publish("orders", "o-2", new OrderPlaced("o-2", 250));

        broker.runUntilIdle();
        broker.clock().advance(Duration.ofSeconds(10));

        assertThat(broker.trace().render()).isEqualTo(golden("retry-timeline.txt"));
    }

    @Test
    void rendersTheTimelineOfFaults() throws IOException {
        FakeBroker broker = FakeBroker.builder().seed(11)
                .faults(Faults.builder().duplicates(0.5).crashBeforeAck(0.3).reorder(true)
                        .delay(Duration.ofMillis(500)).build())
                .build();
        broker.subscribe("orders", "billing", m -> {});
        for (int i = 0; i < 3; i++) {
            broker.publish("orders", "o-" + i, new OrderPlaced("o-" + i, i));
        }

        broker.clock().advance(Duration.ofSeconds(1));

        assertThat(broker.trace().render()).isEqualTo(golden("fault-timeline.txt"));
    }

    @Test
    void keepsTheLastEntries() {
        Trace trace = busyWorld(3).trace();

        assertThat(trace.last(2).entries()).isEqualTo(trace.entries().subList(trace.size() - 2, trace.size()));
        assertThat(trace.last(trace.size() + 5)).isEqualTo(trace);
    }

    private static FakeBroker busyWorld(long seed) {
        FakeBroker broker = FakeBroker.builder().seed(seed)
                .faults(Faults.builder().duplicates(0.3).crashBeforeAck(0.2).reorder(true).build())
                .build();
        broker.createTopic("orders", 3);
        broker.subscribe("orders", "billing", m -> {
            if (m.attempt() == 1 && m.offset() % 3 == 2) {
                throw new IllegalStateException("flaky " + m.key());
            }
        });
        broker.subscribe("orders", "shipping", m -> broker.publish("shipments", m.key(), m.payload()));
        broker.subscribe("shipments", "mailer", m -> {});
        for (int i = 0; i < 12; i++) {
            broker.publish("orders", "o-" + i, new OrderPlaced("o-" + i, i));
        }
        broker.clock().advance(Duration.ofMinutes(1));
        return broker;
    }

    static String golden(String name) throws IOException {
        try (InputStream in = TraceTest.class.getResourceAsStream(name)) {
            assertThat(in).as("golden file %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
