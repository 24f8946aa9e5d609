package dev.eventtestkit.store.jdbc;

import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.store.EventStore;
import dev.eventtestkit.store.tck.EventStoreContractTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store TCK on PostgreSQL: a fresh schema per test, every schema dropped at the end. */
class JdbcEventStoreContractTest extends EventStoreContractTest {

    private static Postgres postgres;

    @BeforeAll
    static void connect() {
        postgres = Postgres.connect();
    }

    @AfterAll
    static void dropSchemas() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    protected EventStore createStore() {
        return postgres.store(postgres.builder());
    }

    @Override
    protected EventStore createStore(EventContracts contracts) {
        return postgres.store(postgres.builder().contracts(contracts));
    }
}
