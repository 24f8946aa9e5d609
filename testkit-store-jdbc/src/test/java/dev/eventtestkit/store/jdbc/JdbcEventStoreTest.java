package dev.eventtestkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.event.EventType;
import dev.eventtestkit.store.ExpectedVersion;
import dev.eventtestkit.store.StoredEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What the PostgreSQL store does beyond the TCK: its tables, racing writers, its configuration errors. */
class JdbcEventStoreTest {

    @EventType(name = "Ticked", version = 1)
    record Ticked(int writer, int tick) {}

    @RegisterExtension
    static final Postgres postgres = new Postgres();

    @Test
    void buildsItsTablesInItsSchemaAndDropsThem(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("Ticked"));
        Files.writeString(root.resolve("Ticked/v1.json"), "{\"type\": \"object\", \"required\": [\"writer\", \"tick\"]}");
        EventContracts contracts = EventContracts.load(root);
        DataSource dataSource = postgres.dataSource();
        String schema = Postgres.freshSchema();

        JdbcEventStore store = JdbcEventStore.builder(dataSource)
                .schema(schema)                                 // default "eventtestkit"; one per test run
                .contracts(contracts)                           // validate appends, upcast reads
                .pollInterval(Duration.ofMillis(5))             // default 10 ms
                .build();
        try {
            store.append("ticks", ExpectedVersion.noStream(), new Ticked(1, 1));
            assertThat(tables(schema)).containsExactly("events", "log_head", "streams");
        } finally {
            store.dropSchema();
        }
        assertThat(tables(schema)).isEmpty();
    }

    @Test
    void racingWritersNeverShareAVersionAndPositionsFollowCommits() throws Exception {
        JdbcEventStore store = postgres.store(postgres.builder());
        int writers = 4;
        int ticks = 25;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                int id = writer;
                done.add(threads.submit(() -> {
                    start.await();
                    for (int tick = 0; tick < ticks; tick++) {
                        store.append("ticks", ExpectedVersion.any(), new Ticked(id, tick));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : done) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        List<StoredEvent> stream = store.readStream("ticks");
        assertThat(stream).extracting(StoredEvent::version)
                .containsExactlyElementsOf(range(writers * ticks));
        assertThat(stream).extracting(StoredEvent::position)
                .containsExactlyElementsOf(range(writers * ticks));
    }

    @Test
    void refusesASchemaNameThatIsNotAPlainIdentifier() {
        assertThatThrownBy(() -> JdbcEventStore.builder(postgres.dataSource()).schema("orders; drop table x").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("schema \"orders; drop table x\": a schema name here is lower-case letters, digits and"
                        + " underscores, starting with a letter or an underscore, at most 63 characters");
    }

    @Test
    void refusesAPollIntervalThatIsNotPositive() {
        assertThatThrownBy(() -> JdbcEventStore.builder(postgres.dataSource()).pollInterval(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pollInterval must be positive, was PT0S");
    }

    private static List<Long> range(int count) {
        List<Long> values = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            values.add(i);
        }
        return values;
    }

    private static List<String> tables(String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = postgres.dataSource().getConnection();
                ResultSet rows = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        tables.sort(null);
        return tables;
    }
}
