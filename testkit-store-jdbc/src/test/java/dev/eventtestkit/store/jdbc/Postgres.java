package dev.eventtestkit.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assertions;
import org.opentest4j.TestAbortedException;

/**
 * The PostgreSQL server the tests run on: {@code -Deventtestkit.postgres.url} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code postgres}, trust authentication). Every store gets a
 * schema of its own, dropped when the tests are done, so that builds sharing the server never meet. When no
 * server answers the tests are skipped, except under {@code CI=true}, where that is a failure.
 */
final class Postgres implements AutoCloseable {

    static final String URL = System.getProperty("eventtestkit.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getProperty("eventtestkit.postgres.user", "postgres");

    private final HikariDataSource dataSource;
    private final List<JdbcEventStore> stores = new ArrayList<>();

    private Postgres(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return a pool on the server, or a skip (a failure under CI=true) when it does not answer */
    static Postgres connect() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(URL);
        config.setUsername(USER);
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(0);
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(5_000);
        HikariDataSource dataSource = new HikariDataSource(config);
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(5);
        } catch (SQLException e) {
            dataSource.close();
            String reason = "PostgreSQL does not answer at " + URL + " as " + USER + " (" + e.getMessage() + "); start"
                    + " it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(reason + " [CI=true: a missing server fails the build]");
            }
            throw new TestAbortedException(reason);
        }
        return new Postgres(dataSource);
    }

    HikariDataSource dataSource() {
        return dataSource;
    }

    /** @return a builder on a fresh, uniquely named schema that {@link #close()} drops */
    JdbcEventStoreBuilder builder() {
        return JdbcEventStore.builder(dataSource).schema(freshSchema()).pollInterval(java.time.Duration.ofMillis(2));
    }

    JdbcEventStore store(JdbcEventStoreBuilder builder) {
        JdbcEventStore store = builder.build();
        stores.add(store);
        return store;
    }

    static String freshSchema() {
        return "etk_test_" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
    }

    /** Drops every schema made, then closes the pool. */
    @Override
    public void close() {
        try {
            for (JdbcEventStore store : stores) {
                store.dropSchema();
            }
        } finally {
            dataSource.close();
        }
    }
}
