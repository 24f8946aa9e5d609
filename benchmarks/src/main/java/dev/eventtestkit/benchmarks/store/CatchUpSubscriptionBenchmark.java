package dev.eventtestkit.benchmarks.store;

import dev.eventtestkit.benchmarks.contract.TemporaryContracts;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.store.ExpectedVersion;
import dev.eventtestkit.store.FakeEventStore;
import dev.eventtestkit.store.From;
import dev.eventtestkit.store.StoreSubscription;
import dev.eventtestkit.store.StoredEventHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.jspecify.annotations.Nullable;

/**
 * A catch-up subscription reading a log of {@value #EVENTS} events (1,000 streams of 100) from the start, on
 * the fake store, with contracts off and on (on: every event handed out is checked against the latest version
 * of its contract, and upcast when older). Each invocation gets a freshly filled store (filling is not
 * measured), since the store's trace keeps every delivery. Score: events per second.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CatchUpSubscriptionBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class CatchUpSubscriptionBenchmark {

    static final int EVENTS = 100_000;
    static final int STREAM_LENGTH = 100;

    static final String SCHEMA = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "type": "object",
              "properties": {
                "cartId": {"type": "string"},
                "sku": {"type": "string"},
                "quantity": {"type": "integer", "minimum": 1}
              },
              "required": ["cartId", "sku", "quantity"],
              "additionalProperties": false
            }
            """;

    /** Whether the store has contracts. */
    @Param({"off", "on"})
    public String contracts;

    private TemporaryContracts root;
    private EventContracts loaded;
    private FakeEventStore store;

    /** Writes the contract of {@code ItemAdded} to a temporary root and loads it. */
    @Setup(Level.Trial)
    public void load() {
        root = TemporaryContracts.of("carts/ItemAdded", SCHEMA);
        loaded = root.contracts();
    }

    /** Fills a fresh store. */
    @Setup(Level.Invocation)
    public void fill() {
        store = filled(contracts.equals("on") ? loaded : null);
    }

    /** Deletes the temporary root. */
    @TearDown(Level.Trial)
    public void delete() {
        root.close();
    }

    /**
     * @param blackhole takes every event delivered
     * @return the subscription, so the JIT cannot drop the work
     */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public StoreSubscription catchUp(Blackhole blackhole) {
        return catchUp(store, blackhole::consume);
    }

    static StoreSubscription catchUp(FakeEventStore store, StoredEventHandler handler) {
        StoreSubscription subscription = store.subscribeToAll(From.start(), handler);
        store.runUntilIdle();
        subscription.close();
        return subscription;
    }

    /** @return a store holding {@value #EVENTS} events, 1,000 streams of {@value #STREAM_LENGTH} */
    static FakeEventStore filled(@Nullable EventContracts contracts) {
        FakeEventStore store = contracts == null
                ? FakeEventStore.create()
                : FakeEventStore.builder().contracts(contracts).build();
        List<Object> batch = new ArrayList<>(STREAM_LENGTH);
        for (int stream = 0; stream < EVENTS / STREAM_LENGTH; stream++) {
            batch.clear();
            for (int i = 0; i < STREAM_LENGTH; i++) {
                batch.add(new StoreAppendBenchmark.ItemAdded("c-" + stream, "sku-" + i, 1 + i));
            }
            store.append("cart-" + stream, ExpectedVersion.noStream(), batch, Map.of());
        }
        return store;
    }
}
