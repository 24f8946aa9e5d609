package example.orders.bench;

import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.spring.EventTestkitKafka;
import example.orders.Billing;
import example.orders.OrderRepository;
import example.orders.OrderService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestContextManager;

/**
 * 1,000 orders through the order service's {@code @KafkaListener} (each one charged and a payment request sent):
 * on the fake broker, and with the same app's listener containers on spring-kafka-test's embedded Kafka. The score
 * is the time per order, from {@code service.place} to the broker being idle again.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ListenerThroughputBenchmark {

    static final int ORDERS = 1_000;

    /** The test class a team writes, on the fake broker. */
    @SpringBootTest(classes = example.orders.OrderServiceApplication.class)
    @EventTestkitKafka
    public static class OnTheFake {
        @Autowired
        Broker broker;

        @Autowired
        OrderService service;

        @Autowired
        OrderRepository orders;

        @Autowired
        Billing billing;
    }

    /** The same, on the embedded Kafka. */
    @EventTestkitKafka(embeddedKafka = true)
    public static class OnEmbeddedKafka extends OnTheFake {}

    /**
     * One Spring context per trial, as a test run caches it; {@link #freshTest()} is what happens before each test:
     * a fresh broker (on the fake) and empty app state. Each benchmark's state says how often.
     */
    public abstract static class Context {
        TestContextManager manager;
        OnTheFake test;
        long next;

        abstract OnTheFake newTest();

        @Setup(Level.Trial)
        public void start() throws Exception {
            test = newTest();
            manager = new TestContextManager(test.getClass());
            manager.prepareTestInstance(test);
        }

        void freshTest() throws Exception {
            manager.prepareTestInstance(test);
            test.orders.deleteAll();
            test.billing.reset();
        }

        @TearDown(Level.Trial)
        public void stop() {
            manager.getTestContext().markApplicationContextDirty(DirtiesContext.HierarchyMode.EXHAUSTIVE);
        }

        void placeAndSettle() {
            for (int i = 0; i < ORDERS; i++) {
                test.service.place("o-" + next++, 100);
            }
            test.broker.awaitIdle(Duration.ofMinutes(2));
            if (test.billing.charged().size() != ORDERS) {
                throw new IllegalStateException("charged " + test.billing.charged().size() + " of " + ORDERS);
            }
        }
    }

    /** A fresh test per invocation of 1,000 orders. */
    public abstract static class PerInvocation extends Context {
        @Setup(Level.Invocation)
        public void nextTest() throws Exception {
            freshTest();
        }
    }

    @State(Scope.Benchmark)
    public static class Fake extends PerInvocation {
        @Override
        OnTheFake newTest() {
            return new OnTheFake();
        }
    }

    @State(Scope.Benchmark)
    public static class Embedded extends PerInvocation {
        @Override
        OnTheFake newTest() {
            return new OnEmbeddedKafka();
        }
    }

    @Benchmark
    @OperationsPerInvocation(ORDERS)
    public void fakeBroker(Fake context) {
        context.placeAndSettle();
    }

    @Benchmark
    @OperationsPerInvocation(ORDERS)
    public void embeddedKafka(Embedded context) {
        context.placeAndSettle();
    }
}
