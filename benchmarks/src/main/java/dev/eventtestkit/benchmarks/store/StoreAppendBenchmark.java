package dev.eventtestkit.benchmarks.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.eventtestkit.store.EventStore;
import dev.eventtestkit.store.ExpectedVersion;
import dev.eventtestkit.store.FakeEventStore;
import dev.eventtestkit.store.StoredEvent;
import dev.eventtestkit.store.jdbc.JdbcEventStore;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One event-sourcing cycle: ten appends to a new stream, each expecting the version the last one returned, then
 * the stream read back. On {@link FakeEventStore} and on {@link JdbcEventStore} against the local PostgreSQL
 * ({@code -Deventtestkit.postgres.url}, default {@code jdbc:postgresql://127.0.0.1:5432/test}, user
 * {@code postgres}), in a schema of its own dropped afterwards. Score: microseconds per cycle.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar StoreAppendBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class StoreAppendBenchmark {

    static final int EVENTS = 10;
    /** A fresh fake store after this many cycles, so the benchmark measures the store, not a growing heap. */
    static final int CYCLES_PER_FAKE = 1_000;

    /** The appended event. */
    public record ItemAdded(String cartId, String sku, int quantity) {}

    private final ItemAdded event = new ItemAdded("c-1", "sku-1", 2);
    private FakeEventStore fake = FakeEventStore.create();
    private int fakeCycles;
    private long jdbcCycles;
    private HikariDataSource pool;
    private JdbcEventStore jdbc;

    /** Connects to PostgreSQL and makes the JDBC store its schema. */
    @Setup(Level.Trial)
    public void connect() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(System.getProperty("eventtestkit.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test"));
        config.setUsername(System.getProperty("eventtestkit.postgres.user", "postgres"));
        config.setMaximumPoolSize(2);
        pool = new HikariDataSource(config);
        jdbc = JdbcEventStore.builder(pool).schema("bench_" + Long.toHexString(System.nanoTime())).build();
    }

    /** Drops the JDBC store's schema and closes the pool. */
    @TearDown(Level.Trial)
    public void disconnect() {
        jdbc.dropSchema();
        jdbc.close();
        pool.close();
    }

    /** @return the stream read back from the fake store */
    @Benchmark
    public List<StoredEvent> fakeStore() {
        if (++fakeCycles == CYCLES_PER_FAKE) {
            fake = FakeEventStore.create();
            fakeCycles = 0;
        }
        return cycle(fake, "cart-" + fakeCycles, event);
    }

    /** @return the stream read back from PostgreSQL */
    @Benchmark
    public List<StoredEvent> jdbcStore() {
        return cycle(jdbc, "cart-" + jdbcCycles++, event);
    }

    /** The cycle: {@value #EVENTS} appends to a new stream, each after the last, then the stream read back. */
    static List<StoredEvent> cycle(EventStore store, String stream, Object event) {
        ExpectedVersion expected = ExpectedVersion.noStream();
        for (int i = 0; i < EVENTS; i++) {
            expected = ExpectedVersion.exactly(store.append(stream, expected, event).nextExpectedVersion());
        }
        List<StoredEvent> read = store.readStream(stream);
        if (read.size() != EVENTS) {
            throw new IllegalStateException(stream + " read back " + read.size() + " events, not " + EVENTS);
        }
        return read;
    }
}
