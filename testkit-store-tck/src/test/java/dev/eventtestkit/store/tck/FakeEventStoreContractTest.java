package dev.eventtestkit.store.tck;

import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.store.EventStore;
import dev.eventtestkit.store.FakeEventStore;

/** The fake store runs the TCK it sets the rules for. */
class FakeEventStoreContractTest extends EventStoreContractTest {

    @Override
    protected EventStore createStore() {
        return FakeEventStore.create();
    }

    @Override
    protected EventStore createStore(EventContracts contracts) {
        return FakeEventStore.builder().contracts(contracts).build();
    }
}
