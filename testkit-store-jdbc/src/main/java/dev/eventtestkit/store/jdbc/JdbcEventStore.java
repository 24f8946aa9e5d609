package dev.eventtestkit.store.jdbc;

import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.EventValidator;
import dev.eventtestkit.store.AppendResult;
import dev.eventtestkit.store.EventStore;
import dev.eventtestkit.store.ExpectedVersion;
import dev.eventtestkit.store.From;
import dev.eventtestkit.store.StoreSubscription;
import dev.eventtestkit.store.StoredEvent;
import dev.eventtestkit.store.StoredEventHandler;
import dev.eventtestkit.store.StreamMetadata;
import dev.eventtestkit.store.internal.PreparedEvent;
import dev.eventtestkit.store.internal.StreamNames;
import dev.eventtestkit.store.internal.VersionCheck;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An {@link EventStore} on PostgreSQL: the events of every stream in one table whose unique key on (stream,
 * version) is the optimistic concurrency check, global positions handed out in commit order, catch-up
 * subscriptions polling on threads of their own.
 *
 * <pre>{@code
 * JdbcEventStore store = JdbcEventStore.builder(dataSource).schema("orders_test").build();  // creates the tables
 * store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 100));
 * store.subscribeToAll(From.start(), event -> readModel.on(event));
 * store.awaitIdle(Duration.ofSeconds(10));
 * }</pre>
 *
 * <p>It passes the {@code EventStoreContractTest} of {@code testkit-store-tck}. Appends and reads may come from
 * any thread; handlers run on their subscription's thread. Close it to stop the subscriptions; the tables stay
 * until {@link #dropSchema()}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class JdbcEventStore implements EventStore, AutoCloseable {

    /** A unique key broke: another writer took the version first. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK = "40P01";
    private static final int ATTEMPTS = 50;

    private final DataSource dataSource;
    private final Tables tables;
    private final EventCodec codec;
    private final EventValidator validator;
    private final @Nullable EventContracts contracts;
    private final Clock clock;
    private final Duration pollInterval;
    private final Duration idleTimeout;
    private final List<JdbcSubscription> subscriptions = new CopyOnWriteArrayList<>();
    private final AtomicInteger subscribed = new AtomicInteger();

    JdbcEventStore(JdbcEventStoreBuilder builder) {
        this.dataSource = builder.dataSource;
        this.tables = new Tables(builder.schema);
        this.codec = builder.codec;
        this.contracts = builder.contracts;
        this.validator = contracts == null ? EventValidator.ACCEPT_ALL : contracts.validator();
        this.clock = builder.clock;
        this.pollInterval = builder.pollInterval;
        this.idleTimeout = builder.idleTimeout;
        run("create the tables", connection -> {
            tables.create(connection);
            return null;
        });
    }

    /**
     * @param dataSource connections to the PostgreSQL database (a pool is best: every call takes one)
     * @return a builder for a store in schema {@code eventtestkit}
     */
    public static JdbcEventStoreBuilder builder(DataSource dataSource) {
        return new JdbcEventStoreBuilder(dataSource);
    }

    @Override
    public AppendResult append(String stream, ExpectedVersion expected, Object... events) {
        return append(stream, expected, Arrays.asList(events), Map.of());
    }

    @Override
    public AppendResult append(String stream, ExpectedVersion expected, List<?> events, Map<String, String> metadata) {
        StreamNames.check(stream, "append to", "nothing appended");
        Objects.requireNonNull(expected, "expected");
        List<PreparedEvent> prepared = PreparedEvent.prepare(stream, events, codec, validator);
        Map<String, String> sorted = new TreeMap<>(metadata);
        return transaction("append to " + stream, connection -> {
            execute(connection, tables.insertStream, stream);
            StreamRow row = streamRow(connection, tables.shareStream, stream);
            long last = lastVersion(connection, stream);
            VersionCheck.check(stream, expected, last, row.deleted(last), "nothing appended");
            if (prepared.isEmpty()) {
                return new AppendResult(last, last < 0 ? -1 : positionOf(connection, stream, last));
            }
            long next = takePositions(connection, prepared.size());
            insert(connection, stream, last, next - prepared.size(), prepared, sorted);
            return new AppendResult(last + prepared.size(), next - 1);
        });
    }

    private void insert(Connection connection, String stream, long last, long firstPosition,
            List<PreparedEvent> prepared, Map<String, String> metadata) throws SQLException {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        Array keys = connection.createArrayOf("text", metadata.keySet().toArray());
        Array values = connection.createArrayOf("text", metadata.values().toArray());
        try (PreparedStatement insert = connection.prepareStatement(tables.insertEvent)) {
            for (int i = 0; i < prepared.size(); i++) {
                PreparedEvent event = prepared.get(i);
                insert.setLong(1, firstPosition + i);
                insert.setString(2, stream);
                insert.setLong(3, last + 1 + i);
                insert.setObject(4, UUID.randomUUID());
                insert.setString(5, event.type());
                insert.setInt(6, event.schemaVersion());
                insert.setObject(7, now);
                insert.setArray(8, keys);
                insert.setArray(9, values);
                insert.setString(10, event.payloadJson());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public List<StoredEvent> readStream(String stream, long fromVersion) {
        StreamNames.check(stream, "read", "nothing read");
        requireNotNegative(fromVersion, "readStream(" + stream + ", " + fromVersion + ")", "version");
        return snapshot("read " + stream, connection -> {
            StreamRow row = streamRow(connection, tables.streamRow, stream);
            long last = lastVersion(connection, stream);
            if (last < 0 || row.deleted(last)) {
                return List.of();
            }
            long first = Math.max(fromVersion, row.metadata().firstShown(last));
            try (PreparedStatement read = connection.prepareStatement(tables.readStream)) {
                read.setString(1, stream);
                read.setLong(2, first);
                read.setLong(3, last);
                return events(read);
            }
        });
    }

    @Override
    public List<StoredEvent> readAll(long fromPosition) {
        requireNotNegative(fromPosition, "readAll(" + fromPosition + ")", "position");
        return run("read the log", connection -> readPage(connection, fromPosition, Long.MAX_VALUE, Integer.MAX_VALUE));
    }

    List<StoredEvent> readPage(Connection connection, long fromPosition, long beforePosition, int limit)
            throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(tables.readAll)) {
            read.setLong(1, fromPosition);
            read.setLong(2, beforePosition);
            read.setInt(3, limit);
            return events(read);
        }
    }

    List<StoredEvent> readStreamPage(Connection connection, String stream, long fromVersion, long beforePosition,
            int limit) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(tables.readAllOfStream)) {
            read.setString(1, stream);
            read.setLong(2, fromVersion);
            read.setLong(3, beforePosition);
            read.setInt(4, limit);
            return events(read);
        }
    }

    private List<StoredEvent> events(PreparedStatement read) throws SQLException {
        List<StoredEvent> events = new ArrayList<>();
        try (ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                StoredEvent event = Rows.event(rows, codec);
                events.add(contracts == null ? event : event.upcastWith(contracts));
            }
        }
        return events;
    }

    @Override
    public StreamMetadata streamMetadata(String stream) {
        StreamNames.check(stream, "read the metadata of", "nothing read");
        return run("read the metadata of " + stream, connection -> streamRow(connection, tables.streamRow, stream))
                .metadata();
    }

    @Override
    public void setStreamMetadata(String stream, StreamMetadata metadata) {
        StreamNames.check(stream, "set the metadata of", "nothing changed");
        Objects.requireNonNull(metadata, "metadata");
        transaction("set the metadata of " + stream, connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(tables.upsertMetadata)) {
                upsert.setString(1, stream);
                setNullable(upsert, 2, metadata.maxCount().isPresent() ? metadata.maxCount().getAsLong() : null);
                setNullable(upsert, 3,
                        metadata.truncateBefore().isPresent() ? metadata.truncateBefore().getAsLong() : null);
                upsert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void deleteStream(String stream, ExpectedVersion expected) {
        StreamNames.check(stream, "delete", "nothing deleted");
        Objects.requireNonNull(expected, "expected");
        transaction("delete " + stream, connection -> {
            execute(connection, tables.insertStream, stream);
            StreamRow row = streamRow(connection, tables.lockStream, stream); // waits for appends in flight
            long last = lastVersion(connection, stream);
            VersionCheck.check(stream, expected, last, row.deleted(last), "nothing deleted");
            if (last >= 0 && !row.deleted(last)) {
                try (PreparedStatement delete = connection.prepareStatement(tables.markDeleted)) {
                    delete.setLong(1, last);
                    delete.setLong(2, last + 1);
                    delete.setString(3, stream);
                    delete.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public StoreSubscription subscribeToAll(From from, StoredEventHandler handler) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(handler, "handler");
        long start = from.isStart() ? 0 : from.isEnd() ? head() : from.checkpoint() + 1;
        return start(null, start, handler);
    }

    @Override
    public StoreSubscription subscribeToStream(String stream, From from, StoredEventHandler handler) {
        StreamNames.check(stream, "subscribe to", "no subscription made");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(handler, "handler");
        long start;
        if (from.isStart() || from.isEnd()) {
            start = snapshot("subscribe to " + stream, connection -> {
                StreamRow row = streamRow(connection, tables.streamRow, stream);
                long last = lastVersion(connection, stream);
                return from.isEnd() || row.deleted(last) ? last + 1 : row.metadata().firstShown(last);
            });
        } else {
            start = from.checkpoint() + 1;
        }
        return start(stream, start, handler);
    }

    private StoreSubscription start(@Nullable String stream, long start, StoredEventHandler handler) {
        int number = subscribed.incrementAndGet();
        JdbcSubscription subscription = new JdbcSubscription(this, number, stream, start, handler, pollInterval,
                subscriptions::remove);
        subscriptions.add(subscription);
        subscription.start();
        return subscription;
    }

    /** Waits up to the builder's idle timeout (30 seconds by default); see {@link #awaitIdle(Duration)}. */
    @Override
    public void runUntilIdle() {
        awaitIdle(idleTimeout);
    }

    /**
     * Waits until every subscription has handled every event committed when it looked, and no handler runs.
     *
     * @throws dev.eventtestkit.store.SubscriptionDroppedException once for a subscription whose handler threw
     * @throws org.opentest4j.AssertionFailedError listing what is pending when the timeout passes
     */
    @Override
    public void awaitIdle(Duration timeout) {
        new IdleWait(this, List.copyOf(subscriptions)).await(timeout);
    }

    /** Stops every subscription (waiting up to 10 seconds each for a running handler). The tables stay. */
    @Override
    public void close() {
        for (JdbcSubscription subscription : List.copyOf(subscriptions)) {
            subscription.close();
        }
    }

    /** Drops the schema with every event and stream in it: for tests that made a schema of their own. */
    public void dropSchema() {
        close();
        run("drop schema " + tables.schema, connection -> {
            tables.drop(connection);
            return null;
        });
    }

    /** @return the schema the tables live in */
    public String schema() {
        return tables.schema;
    }

    long head() {
        return run("read the log head", this::head);
    }

    long head(Connection connection) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(tables.head); ResultSet row = read.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    private StreamRow streamRow(Connection connection, String sql, String stream) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(sql)) {
            read.setString(1, stream);
            try (ResultSet row = read.executeQuery()) {
                return row.next() ? StreamRow.read(row) : StreamRow.NONE;
            }
        }
    }

    private long lastVersion(Connection connection, String stream) throws SQLException {
        return single(connection, tables.lastVersion, stream, null);
    }

    private long positionOf(Connection connection, String stream, long version) throws SQLException {
        return single(connection, tables.positionOf, stream, version);
    }

    /** The one number a query on a stream (and maybe a version) returns. */
    private static long single(Connection connection, String sql, String stream, @Nullable Long version)
            throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(sql)) {
            read.setString(1, stream);
            if (version != null) {
                read.setLong(2, version);
            }
            try (ResultSet row = read.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Takes the log head's row lock until commit: appends commit in the order of their positions. */
    private long takePositions(Connection connection, int count) throws SQLException {
        try (PreparedStatement take = connection.prepareStatement(tables.takePositions)) {
            take.setLong(1, count);
            try (ResultSet row = take.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void execute(Connection connection, String sql, String stream) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, stream);
            statement.executeUpdate();
        }
    }

    private static void setNullable(PreparedStatement statement, int index, @Nullable Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    /** Work on one connection that may throw SQL errors. */
    @FunctionalInterface
    interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T run(String what, Work<T> work) {
        try (Connection connection = connection()) {
            connection.setAutoCommit(true);
            return work.on(connection);
        } catch (SQLException e) {
            throw failed(what, e);
        }
    }

    /** A read in one REPEATABLE READ snapshot, so that the stream's row and its events agree. */
    private <T> T snapshot(String what, Work<T> work) {
        return inTransaction(what, Connection.TRANSACTION_REPEATABLE_READ, work);
    }

    /**
     * A write in one READ COMMITTED transaction, tried again when it lost a race: a writer that read the same
     * version breaks the (stream, version) key, and the next try reads the version it lost to, so that an
     * expected version refuses it and {@code any} appends after it.
     */
    private <T> T transaction(String what, Work<T> work) {
        return inTransaction(what, Connection.TRANSACTION_READ_COMMITTED, work);
    }

    private <T> T inTransaction(String what, int isolation, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = connection()) {
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(isolation);
                try {
                    T result = work.on(connection);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                if (!raced(e) || attempt == ATTEMPTS) {
                    throw failed(what, e);
                }
            }
        }
    }

    /** A batch reports its failing statement as its next exception: look along the chain. */
    private static boolean raced(SQLException e) {
        for (SQLException at = e; at != null; at = at.getNextException()) {
            String state = at.getSQLState();
            if (UNIQUE_VIOLATION.equals(state) || SERIALIZATION_FAILURE.equals(state) || DEADLOCK.equals(state)) {
                return true;
            }
        }
        return false;
    }

    private IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException("cannot " + what + " in schema " + tables.schema + ": " + e.getMessage()
                + " (SQL state " + e.getSQLState() + ")", e);
    }

    static void requireNotNegative(long value, String call, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(call + ": a " + what + " is 0 or more");
        }
    }

    @Override
    public String toString() {
        return "JdbcEventStore[schema " + tables.schema + ", " + subscriptions.size() + " subscription(s)]";
    }
}
