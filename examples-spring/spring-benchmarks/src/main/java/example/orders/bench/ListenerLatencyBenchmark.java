package example.orders.bench;

import example.orders.bench.ListenerThroughputBenchmark.OnEmbeddedKafka;
import example.orders.bench.ListenerThroughputBenchmark.OnTheFake;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * One order at a time, the way a test uses a broker: place it (a {@code KafkaTemplate} send), then wait until the
 * {@code @KafkaListener} has charged it, then the next. The score is the time per order. On the fake the wait is
 * {@code broker.awaitIdle} (deliveries run on the calling thread); on the embedded Kafka the calling thread spins on
 * the listener's result, the fastest a test can notice it (Awaitility's default poll interval would add 100 ms).
 * One Spring context per trial, as a test run caches it ({@link ListenerThroughputBenchmark.Context}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC"})
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 3)
public class ListenerLatencyBenchmark {

    /** A fresh test per iteration, not per order, so that the score is the round trip and not the injection. */
    public abstract static class PerIteration extends ListenerThroughputBenchmark.Context {
        @Setup(Level.Iteration)
        public void nextTest() throws Exception {
            freshTest();
        }
    }

    @State(Scope.Benchmark)
    public static class Fake extends PerIteration {
        @Override
        OnTheFake newTest() {
            return new OnTheFake();
        }
    }

    @State(Scope.Benchmark)
    public static class Embedded extends PerIteration {
        @Override
        OnTheFake newTest() {
            return new OnEmbeddedKafka();
        }
    }

    @Benchmark
    public void fakeBroker(Fake context) {
        context.test.billing.reset(); // so that reading what it charged copies one order, not every earlier one
        context.test.service.place("o-" + context.next++, 100);
        context.test.broker.awaitIdle(Duration.ofMinutes(1));
        if (context.test.billing.charged().size() != 1) {
            throw new IllegalStateException("the listener did not charge the order");
        }
    }

    @Benchmark
    public void embeddedKafka(Embedded context) {
        context.test.billing.reset();
        context.test.service.place("o-" + context.next++, 100);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (context.test.billing.charged().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the listener did not charge the order within a minute");
            }
            Thread.onSpinWait();
        }
    }
}
