package dev.eventtestkit.benchmarks.explore;

import dev.eventtestkit.explore.ExplorationResult;
import dev.eventtestkit.explore.Explorer;
import dev.eventtestkit.explore.Scenario;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Schedule exploration of a 10-message scenario with 2 consumer instances. Score of
 * {@code randomSchedules}: schedules per second; of {@code exhaustiveSchedules}: whole walks per second.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ExplorationBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExplorationBenchmark {

    static final int SCHEDULES = 1_000;

    /** The published event. */
    public record OrderPlaced(String orderId, long amount) {}

    /** Two instances of one group over two partitions, ten records: the instances really interleave. */
    static final Scenario TEN_MESSAGES_TWO_CONSUMERS = broker -> {
        broker.createTopic("orders", 2);
        long[] handled = {0};
        broker.subscribe("orders", "billing", m -> handled[0]++);
        broker.subscribe("orders", "billing", m -> handled[0]++);
        for (int i = 0; i < 10; i++) {
            broker.publish("orders", "o-" + i, new OrderPlaced("o-" + i, i));
        }
        broker.runUntilIdle();
        if (handled[0] != 10) {
            throw new AssertionError("handled " + handled[0] + " of 10");
        }
    };

    /** @return {@value #SCHEDULES} random schedules of the scenario */
    @Benchmark
    @OperationsPerInvocation(SCHEDULES)
    public ExplorationResult randomSchedules() {
        return Explorer.random(SCHEDULES).run(TEN_MESSAGES_TWO_CONSUMERS);
    }

    /** @return the scenario walked depth-first; it has fewer than {@value #SCHEDULES} distinct orders */
    @Benchmark
    public ExplorationResult exhaustiveSchedules() {
        return Explorer.exhaustive(SCHEDULES).run(TEN_MESSAGES_TWO_CONSUMERS);
    }
}
