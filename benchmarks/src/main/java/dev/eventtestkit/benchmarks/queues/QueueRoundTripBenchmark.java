package dev.eventtestkit.benchmarks.queues;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.QueueBroker;
import dev.eventtestkit.event.EventType;
import dev.eventtestkit.rabbitmq.RabbitBroker;
import java.util.concurrent.CountDownLatch;
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

/**
 * The same queue scenario on the fake broker and on a real RabbitMQ (127.0.0.1:5672, guest/guest), in one run.
 * Score: messages per second, end to end.
 *
 * <p>One scenario: a fresh broker, one queue, three competing consumers (automatic acks, unlimited prefetch),
 * {@value #MESSAGES} events sent one by one through the default exchange (on RabbitMQ each send waits for its
 * publisher confirm), then until the consumers have handled all of them (the fake: {@code runUntilIdle()};
 * RabbitMQ: a latch the handlers count down, so the idle check's quiet period is not measured). A RabbitMQ
 * scenario connects, declares its queue under a fresh prefix and starts its consumers before the measured part,
 * and deletes it all after; the fake's measured part builds its broker too.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar QueueRoundTripBenchmark -f 1
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
public class QueueRoundTripBenchmark {

    static final int MESSAGES = 1_000;
    static final int CONSUMERS = 3;

    /** The sent event. */
    @EventType(name = "OrderCreated", version = 1)
    public record OrderCreated(String orderId, long amount) {}

    /**
     * A fresh RabbitBroker per scenario, its queue and consumers ready; connecting, declaring and deleting are
     * not measured (the fake's scenario includes building its broker, which only counts against the fake).
     */
    @State(Scope.Thread)
    public static class Rabbit {
        RabbitBroker broker;
        CountDownLatch handled;

        /** Fails the trial at once, with the reason, when no RabbitMQ answers. */
        @Setup(Level.Trial)
        public void check() {
            if (!RabbitBroker.builder().reachable()) {
                throw new IllegalStateException("no RabbitMQ at 127.0.0.1:5672: start it with rabbitmq-server -detached");
            }
        }

        /** Connects, declares the queue and starts the consumers. */
        @Setup(Level.Invocation)
        public void connect() {
            broker = RabbitBroker.connect();
            CountDownLatch latch = new CountDownLatch(MESSAGES);
            handled = latch;
            consumers(broker, latch::countDown);
        }

        /** Cancels the consumers, deletes the queue, closes the connection. */
        @TearDown(Level.Invocation)
        public void close() {
            broker.close();
        }
    }

    /** @return how many messages the consumers handled */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public int fake() {
        FakeBroker broker = FakeBroker.create();
        int[] handled = {0};
        consumers(broker, () -> handled[0]++);
        send(broker);
        broker.runUntilIdle();
        return check(handled[0]);
    }

    /**
     * @param rabbit the scenario's broker, queue and consumers
     * @return how many messages the consumers handled
     * @throws InterruptedException when interrupted while waiting for the consumers
     */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 5, time = 2)
    public int rabbitmq(Rabbit rabbit) throws InterruptedException {
        send(rabbit.broker);
        if (!rabbit.handled.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("handled " + (MESSAGES - rabbit.handled.getCount()) + " of " + MESSAGES);
        }
        return MESSAGES;
    }

    private static void consumers(QueueBroker broker, Runnable onMessage) {
        broker.declareQueue("orders");
        for (int c = 0; c < CONSUMERS; c++) {
            broker.consume("orders", message -> onMessage.run());
        }
    }

    private static void send(QueueBroker broker) {
        OrderCreated event = new OrderCreated("o-1", 100);
        for (int i = 0; i < MESSAGES; i++) {
            broker.send("", "orders", event);
        }
    }

    private static int check(int handled) {
        if (handled != MESSAGES) {
            throw new IllegalStateException("handled " + handled + " of " + MESSAGES);
        }
        return handled;
    }
}
