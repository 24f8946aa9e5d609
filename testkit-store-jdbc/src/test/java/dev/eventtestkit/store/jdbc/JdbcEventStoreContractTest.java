package dev.eventtestkit.store.jdbc;

import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.store.EventStore;
import dev.eventtestkit.store.tck.EventStoreContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The store TCK on PostgreSQL: a fresh schema per test, every schema dropped at the end. */
class JdbcEventStoreContractTest extends EventStoreContractTest {

    @RegisterExtension
    static final Postgres postgres = new Postgres();

    @Override
    protected EventStore createStore() {
        return postgres.store(postgres.builder());
    }

    @Override
    protected EventStore createStore(EventContracts contracts) {
        return postgres.store(postgres.builder().contracts(contracts));
    }
}
