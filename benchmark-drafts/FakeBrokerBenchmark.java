package dev.eventtestkit.benchmarks;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.event.EventCodec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.JsonNode;

/** The fake broker's hot path: publish, then deliver to one group, no faults. Score: messages per second. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class FakeBrokerBenchmark {

    static final int MESSAGES = 10_000;
    static final int BATCH = 100;

    public record OrderPlaced(String orderId, long amount) {}

    private final OrderPlaced event = new OrderPlaced("o-1", 100);
    private EventCodec preSerialized;

    @Setup
    public void prepare() {
        JsonNode payload = EventCodec.jackson().toJson(event);
        preSerialized = new EventCodec() {
            @Override
            public JsonNode toJson(Object ignored) {
                return payload;
            }

            @Override
            public <T> T fromJson(JsonNode json, Class<T> type) {
                return EventCodec.jackson().fromJson(json, type);
            }
        };
    }

    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public void publishAndDeliver(Blackhole blackhole) {
        run(FakeBroker.create(), blackhole);
    }

    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public void publishAndDeliverPreSerialized(Blackhole blackhole) {
        run(FakeBroker.builder().codec(preSerialized).build(), blackhole);
    }

    private void run(FakeBroker broker, Blackhole blackhole) {
        broker.subscribe("orders", "billing", blackhole::consume);
        for (int sent = 0; sent < MESSAGES; sent += BATCH) {
            for (int i = 0; i < BATCH; i++) {
                broker.publish("orders", "o-1", event);
            }
            broker.runUntilIdle();
        }
    }
}
