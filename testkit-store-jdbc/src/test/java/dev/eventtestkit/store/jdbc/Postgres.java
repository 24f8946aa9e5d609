package dev.eventtestkit.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * The PostgreSQL server the tests run on: {@code -Deventtestkit.postgres.url} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code postgres}, trust authentication). Every store gets a
 * schema of its own, dropped when the tests are done, so that builds sharing the server never meet. When no
 * server answers the tests are skipped, except under {@code CI=true}, where that is a failure.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final Postgres postgres = new Postgres();
 * }</pre>
 */
final class Postgres implements BeforeAllCallback, AfterAllCallback {

    static final String URL = System.getProperty("eventtestkit.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getProperty("eventtestkit.postgres.user", "postgres");

    private final List<JdbcEventStore> stores = new ArrayList<>();
    private @Nullable HikariDataSource dataSource;

    /** Connects before the class's tests: a skip (a failure under CI=true) when the server does not answer. */
    @Override
    public void beforeAll(ExtensionContext context) {
        dataSource = connect();
    }

    /** Drops every schema made, then closes the pool. */
    @Override
    public void afterAll(ExtensionContext context) {
        HikariDataSource pool = dataSource;
        if (pool == null) {
            return;
        }
        try {
            for (JdbcEventStore store : stores) {
                store.dropSchema();
            }
        } finally {
            stores.clear();
            pool.close();
            dataSource = null;
        }
    }

    private static HikariDataSource connect() {
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
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            String reason = "PostgreSQL does not answer at " + URL + " as " + USER + " (" + cause.getMessage() + "); start"
                    + " it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(reason + " [CI=true: a missing server fails the build]");
            }
            throw new TestAbortedException(reason);
        }
        return dataSource;
    }

    HikariDataSource dataSource() {
        HikariDataSource pool = dataSource;
        if (pool == null) {
            throw new IllegalStateException("register Postgres with @RegisterExtension on a static field");
        }
        return pool;
    }

    /** @return a builder on a fresh, uniquely named schema; {@link #store} registers it to be dropped */
    JdbcEventStoreBuilder builder() {
        return JdbcEventStore.builder(dataSource()).schema(freshSchema()).pollInterval(Duration.ofMillis(2));
    }

    JdbcEventStore store(JdbcEventStoreBuilder builder) {
        JdbcEventStore store = builder.build();
        stores.add(store);
        return store;
    }

    static String freshSchema() {
        return "etk_test_" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
    }
}
