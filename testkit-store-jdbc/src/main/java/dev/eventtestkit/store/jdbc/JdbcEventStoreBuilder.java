package dev.eventtestkit.store.jdbc;

import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.event.EventCodec;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Configures a {@link JdbcEventStore}.
 *
 * <pre>{@code
 * JdbcEventStore store = JdbcEventStore.builder(dataSource)
 *         .schema("orders_test")
 *         .contracts(contracts)
 *         .pollInterval(Duration.ofMillis(5))
 *         .build();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class JdbcEventStoreBuilder {

    final DataSource dataSource;
    String schema = "eventtestkit";
    EventCodec codec = EventCodec.jackson();
    @Nullable EventContracts contracts;
    Clock clock = Clock.systemUTC();
    Duration pollInterval = Duration.ofMillis(10);
    Duration idleTimeout = Duration.ofSeconds(30);

    JdbcEventStoreBuilder(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * @param schema the PostgreSQL schema of the tables, created when missing; lower-case letters, digits and
     *     underscores; default {@code eventtestkit}. Give each test run a schema of its own when runs share a
     *     database.
     * @return this builder
     */
    public JdbcEventStoreBuilder schema(String schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
        return this;
    }

    /**
     * @param codec turns events into JSON and back; default {@link EventCodec#jackson()}
     * @return this builder
     */
    public JdbcEventStoreBuilder codec(EventCodec codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
        return this;
    }

    /**
     * @param contracts validates every append (a batch with one invalid event appends nothing) and upcasts
     *     every event read
     * @return this builder
     */
    public JdbcEventStoreBuilder contracts(EventContracts contracts) {
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        return this;
    }

    /**
     * @param clock stamps appended events; default the system clock in UTC (a {@code VirtualClock} works too)
     * @return this builder
     */
    public JdbcEventStoreBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * @param pollInterval how long a caught-up subscription waits before it looks for new events; default 10 ms
     * @return this builder
     */
    public JdbcEventStoreBuilder pollInterval(Duration pollInterval) {
        this.pollInterval = positive(pollInterval, "pollInterval");
        return this;
    }

    /**
     * @param idleTimeout how long {@code runUntilIdle()} waits for the subscriptions; default 30 seconds
     * @return this builder
     */
    public JdbcEventStoreBuilder idleTimeout(Duration idleTimeout) {
        this.idleTimeout = positive(idleTimeout, "idleTimeout");
        return this;
    }

    /**
     * @return a store; its schema and tables are created when missing
     * @throws IllegalArgumentException for a schema name that is not a plain lower-case identifier
     * @throws IllegalStateException when the database cannot be reached or the tables cannot be created
     */
    public JdbcEventStore build() {
        return new JdbcEventStore(this);
    }

    private static Duration positive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
        return duration;
    }
}
