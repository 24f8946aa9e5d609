package dev.eventtestkit.benchmarks;

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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * DRAFT for benchmarks/ (the lead moves it): the 1,000-message scenario on a real, in-JVM Kafka.
 *
 * <p>One invocation = a fresh {@link KafkaBroker} (fresh topic and group names), a 3-partition topic, one group
 * member, 1,000 keyed events published one by one ({@code acks=all}), then {@code runUntilIdle()} until the
 * group has committed all of them. The embedded broker is started once per fork, outside the measurement.
 * Pair it with the same scenario on {@code FakeBroker} to show what the fake saves.
 *
 * <p>Module needs: testkit-kafka (compile). Run: {@code java -jar benchmarks/target/benchmarks.jar KafkaRoundTrip}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
@State(Scope.Benchmark)
public class KafkaRoundTripBenchmark {

    @EventType(name = "OrderCreated", version = 1)
    public record OrderCreated(String orderId, long amount) {}

    @Param({"1000"})
    public int messages;

    private EmbeddedKafka kafka;

    @Setup(Level.Trial)
    public void startKafka() {
        kafka = EmbeddedKafka.start();
    }

    @TearDown(Level.Trial)
    public void stopKafka() {
        kafka.close();
    }

    @Benchmark
    public int publishAndConsume() {
        AtomicInteger received = new AtomicInteger();
        try (KafkaBroker broker = KafkaBroker.builder().bootstrapServers(kafka.bootstrapServers()).build()) {
            broker.createTopic("orders", 3);
            broker.subscribe("orders", "billing", message -> received.incrementAndGet());
            for (int i = 0; i < messages; i++) {
                broker.publish("orders", "o-" + i, new OrderCreated("o-" + i, i));
            }
            broker.runUntilIdle();
        }
        if (received.get() < messages) {
            throw new IllegalStateException("received " + received.get() + " of " + messages);
        }
        return received.get();
    }
}
