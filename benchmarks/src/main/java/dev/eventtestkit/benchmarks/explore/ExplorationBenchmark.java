package dev.eventtestkit.benchmarks.explore;

import dev.eventtestkit.explore.ExplorationResult;
import dev.eventtestkit.explore.Explorer;
import dev.eventtestkit.explore.Scenario;
import dev.eventtestkit.explore.Strategy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * {@code randomSchedules}, {@code pctSchedules}, {@code posSchedules}: schedules per second; of the exhaustive
 * ones: whole walks per second. {@code exhaustiveTwelveKeyedMessages}: issue 14's target, 12 keyed messages on
 * one 3-partition topic read by 3 groups (one instance each, handlers that only record per key), walked with
 * partial-order reduction; {@code exhaustiveOneKeyThreeGroups}: 12 messages of one key read by 3 groups under
 * the default independence (3.1e15 interleavings, one happens-before class).
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

    /** @return {@value #SCHEDULES} PCT schedules (depth 3) of the scenario */
    @Benchmark
    @OperationsPerInvocation(SCHEDULES)
    public ExplorationResult pctSchedules() {
        return Explorer.schedules(SCHEDULES).strategy(Strategy.pct(3)).run(TEN_MESSAGES_TWO_CONSUMERS);
    }

    /** @return {@value #SCHEDULES} partial-order-sampling schedules of the scenario */
    @Benchmark
    @OperationsPerInvocation(SCHEDULES)
    public ExplorationResult posSchedules() {
        return Explorer.schedules(SCHEDULES).strategy(Strategy.pos()).run(TEN_MESSAGES_TWO_CONSUMERS);
    }

    /** Three groups recording per key what they receive of twelve keyed messages on three partitions. */
    static final Scenario TWELVE_KEYED_MESSAGES = broker -> {
        broker.createTopic("orders", 3);
        for (String group : List.of("billing", "shipping", "audit")) {
            Map<String, List<String>> seen = new HashMap<>();
            broker.subscribe("orders", group, m -> seen.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m.id()));
        }
        for (int i = 0; i < 12; i++) {
            broker.publish("orders", "order-" + i, new OrderPlaced("order-" + i, i));
        }
        broker.runUntilIdle();
    };

    /** Three groups recording twelve messages of one key. */
    static final Scenario ONE_KEY_THREE_GROUPS = broker -> {
        for (String group : List.of("billing", "shipping", "audit")) {
            List<String> seen = new ArrayList<>();
            broker.subscribe("orders", group, m -> seen.add(m.id()));
        }
        for (int i = 0; i < 12; i++) {
            broker.publish("orders", "order", new OrderPlaced("order-" + i, i));
        }
        broker.runUntilIdle();
    };

    /** @return the whole walk of {@link #TWELVE_KEYED_MESSAGES} with partial-order reduction */
    @Benchmark
    public ExplorationResult exhaustiveTwelveKeyedMessages() {
        ExplorationResult result = Explorer.exhaustive(SCHEDULES)
                .independentPartitions("billing", "shipping", "audit")
                .run(TWELVE_KEYED_MESSAGES);
        if (!result.exhausted()) {
            throw new AssertionError("not covered: " + result);
        }
        return result;
    }

    /** @return the whole walk of {@link #ONE_KEY_THREE_GROUPS} with partial-order reduction */
    @Benchmark
    public ExplorationResult exhaustiveOneKeyThreeGroups() {
        ExplorationResult result = Explorer.exhaustive(SCHEDULES).run(ONE_KEY_THREE_GROUPS);
        if (!result.exhausted()) {
            throw new AssertionError("not covered: " + result);
        }
        return result;
    }

    /** @return the scenario walked depth-first; it has fewer than {@value #SCHEDULES} distinct orders */
    @Benchmark
    public ExplorationResult exhaustiveSchedules() {
        return Explorer.exhaustive(SCHEDULES).run(TEN_MESSAGES_TWO_CONSUMERS);
    }
}
