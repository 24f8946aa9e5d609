package dev.eventtestkit.benchmarks.kafka;

import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.event.EventType;
import dev.eventtestkit.kafka.EmbeddedKafka;
import dev.eventtestkit.kafka.KafkaBroker;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The same 1,000-message produce/consume scenario on a real, in-JVM Kafka 4.4 and on the fake broker. Score:
 * milliseconds per scenario; the ratio is what a test suite saves by running on the fake.
 *
 * <p>One scenario: a fresh broker, a 3-partition topic, one group member, {@value #MESSAGES} keyed events
 * published one by one (on Kafka each waits for {@code acks=all}), then {@code runUntilIdle()} until the group
 * has handled all of them. The embedded Kafka starts once per fork, outside the measurement; every Kafka
 * scenario uses a fresh {@link KafkaBroker} (fresh topic and group names).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RoundTripBenchmark -f 1
 * </pre>
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class RoundTripBenchmark {

    static final int MESSAGES = 1_000;
    static final int PARTITIONS = 3;

    /** The published event. */
    @EventType(name = "OrderCreated", version = 1)
    public record OrderCreated(String orderId, long amount) {}

    /** One embedded Kafka per fork. */
    @State(Scope.Benchmark)
    public static class Cluster {
        EmbeddedKafka kafka;

        /** Starts the embedded Kafka (seconds; not measured). */
        @Setup(Level.Trial)
        public void start() {
            kafka = EmbeddedKafka.start();
        }

        /** Stops it. */
        @TearDown(Level.Trial)
        public void stop() {
            kafka.close();
        }
    }

    /**
     * The scenario on Kafka: one shot per iteration, it takes seconds.
     *
     * @param cluster the running embedded Kafka
     * @return how many records the group handled
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public int kafka(Cluster cluster) {
        try (KafkaBroker broker = KafkaBroker.builder().bootstrapServers(cluster.kafka.bootstrapServers()).build()) {
            broker.createTopic("orders", PARTITIONS);
            return run(broker);
        }
    }

    /** @return how many records the group handled */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public int fake() {
        return run(FakeBroker.create().createTopic("orders", PARTITIONS));
    }

    /** The scenario on any broker whose topic exists; fails unless every record was handled. */
    static int run(Broker broker) {
        AtomicInteger received = new AtomicInteger();
        broker.subscribe("orders", "billing", message -> received.incrementAndGet());
        for (int i = 0; i < MESSAGES; i++) {
            broker.publish("orders", "o-" + i, new OrderCreated("o-" + i, i));
        }
        broker.runUntilIdle();
        if (received.get() < MESSAGES) {
            throw new IllegalStateException("received " + received.get() + " of " + MESSAGES);
        }
        return received.get();
    }
}
