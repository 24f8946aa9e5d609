package dev.eventtestkit.benchmarks.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.FakeBroker;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The round-trip scenario handles every record over all three partitions. The Kafka variant runs the same
 * {@code run} on a {@code KafkaBroker}; starting an embedded Kafka here would add tens of seconds to every
 * build, and testkit-kafka's own tests already cover that broker.
 */
class RoundTripBenchmarkTest {

    @Test
    void theFakeHandlesEveryRecordOfTheScenario() {
        RoundTripBenchmark benchmark = new RoundTripBenchmark();

        assertThat(benchmark.fake()).isEqualTo(RoundTripBenchmark.MESSAGES);
    }

    @Test
    void theScenarioSpreadsItsKeysOverEveryPartition() {
        FakeBroker broker = FakeBroker.create().createTopic("orders", RoundTripBenchmark.PARTITIONS);

        RoundTripBenchmark.run(broker);

        Set<Integer> partitions = new HashSet<>();
        broker.messages("orders").forEach(m -> partitions.add(m.partition()));
        assertThat(broker.messages("orders")).hasSize(RoundTripBenchmark.MESSAGES);
        assertThat(partitions).containsExactlyInAnyOrder(0, 1, 2);
    }
}
