package dev.eventtestkit.benchmarks.broker;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.MessageHandler;
import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.Json;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The fake broker's hot path: publish, then deliver to one group, no faults. Score: messages per second.
 *
 * <p>Each invocation builds a fresh broker for {@value #MESSAGES} messages, published in batches of
 * {@value #BATCH} with a {@code runUntilIdle()} after each batch: the trace keeps every step, so one broker fed
 * millions of messages would measure the garbage collector, not the broker.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar FakeBrokerBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class FakeBrokerBenchmark {

    static final int MESSAGES = 10_000;
    static final int BATCH = 100;

    /** The published event: two fields, the codec's default mapping. */
    public record OrderPlaced(String orderId, long amount) {}

    private final OrderPlaced event = new OrderPlaced("o-1", 100);
    private final EventCodec preSerialized = preSerialized(event);

    /**
     * Publish and deliver with the default Jackson codec.
     *
     * @param blackhole takes every delivered message
     * @return the broker, so the JIT cannot drop the work
     */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public FakeBroker publishAndDeliver(Blackhole blackhole) {
        return run(FakeBroker.create(), event, blackhole::consume);
    }

    /**
     * The same without Jackson: the codec returns a prepared {@link Json}, so this is the broker's own cost.
     *
     * @param blackhole takes every delivered message
     * @return the broker, so the JIT cannot drop the work
     */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public FakeBroker publishAndDeliverPreSerialized(Blackhole blackhole) {
        return run(FakeBroker.builder().codec(preSerialized).build(), event, blackhole::consume);
    }

    /** The scenario: one group subscribed, {@value #MESSAGES} keyed publishes, settled every {@value #BATCH}. */
    static FakeBroker run(FakeBroker broker, Object event, MessageHandler handler) {
        broker.subscribe("orders", "billing", handler);
        for (int sent = 0; sent < MESSAGES; sent += BATCH) {
            for (int i = 0; i < BATCH; i++) {
                broker.publish("orders", "o-1", event);
            }
            broker.runUntilIdle();
        }
        return broker;
    }

    /** A codec whose {@code toJson} returns the event's JSON computed once. */
    static EventCodec preSerialized(Object event) {
        Json payload = EventCodec.jackson().toJson(event);
        return new EventCodec() {
            @Override
            public Json toJson(Object ignored) {
                return payload;
            }

            @Override
            public <T> T fromJson(Json json, Class<T> type) {
                return EventCodec.jackson().fromJson(json, type);
            }
        };
    }
}
