package dev.eventtestkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.contract.ContractException;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.store.StoreEvents.OrderCreatedV1;
import dev.eventtestkit.store.StoreEvents.OrderCreatedV2;
import dev.eventtestkit.store.StoreEvents.OrderPlaced;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** Contracts on the fake store: validated on append, all or nothing; upcast on read and on delivery. */
class StoreContractsTest {

    @TempDir
    Path root;

    EventContracts contracts;

    @BeforeEach
    void writeContracts() throws IOException {
        write("orders/OrderCreated/v1.json", """
                {"type": "object", "required": ["orderId", "amount"],
                 "properties": {"orderId": {"type": "string"}, "amount": {"type": "integer", "minimum": 0}}}
                """);
        write("orders/OrderCreated/v2.json", """
                {"type": "object", "required": ["orderId", "amount", "currency"],
                 "properties": {"orderId": {"type": "string"}, "amount": {"type": "integer", "minimum": 0},
                                "currency": {"type": "string"}}}
                """);
        contracts = EventContracts.load(root);
    }

    private void write(String relative, String schema) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, schema);
    }

    @Test
    void anInvalidEventInABatchAppendsNothingAndNamesItsPlace() {
        FakeEventStore store = FakeEventStore.builder().contracts(contracts).build();

        assertThatThrownBy(() -> store.append("order-1", ExpectedVersion.noStream(),
                new OrderCreatedV2("o-1", 100, "EUR"), new OrderCreatedV2("o-1", -1, "EUR")))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("append to order-1 refused, nothing appended: event 2 of 2 (" + OrderCreatedV2.class.getName()
                        + "): OrderCreated v2 does not match its contract " + root.resolve("orders/OrderCreated/v2.json")
                        + ":\n  #/amount: minimum: must have a minimum value of 0\n"
                        + "payload: {\"orderId\":\"o-1\",\"amount\":-1,\"currency\":\"EUR\"}");
        assertThat(store.readAll()).isEmpty();
        assertThat(store.trace().size()).isZero();
    }

    @Test
    void anEventWithoutAContractIsRefused() {
        FakeEventStore store = FakeEventStore.builder().contracts(contracts).build();

        assertThatThrownBy(() -> store.append("order-1", ExpectedVersion.any(), new OrderPlaced("o-1", 1)))
                .isInstanceOf(ContractException.class)
                .hasMessageStartingWith("append to order-1 refused, nothing appended: event 1 of 1: event "
                        + OrderPlaced.class.getName() + " (OrderPlaced v1): unknown subject \"OrderPlaced\"");
        assertThat(store.readAll()).isEmpty();
    }

    @Test
    void readsAndDeliveriesAreUpcastToTheLatestVersion() {
        FakeEventStore store = FakeEventStore.builder()
                .contracts(contracts.withUpcaster("OrderCreated", 1,
                        json -> json.with("currency", "EUR")))
                .build();
        List<OrderCreatedV2> delivered = new ArrayList<>();
        store.subscribeToStream("order-1", From.start(), event -> delivered.add(event.payloadAs(OrderCreatedV2.class)));

        store.append("order-1", ExpectedVersion.noStream(), new OrderCreatedV1("o-1", 100));
        store.runUntilIdle();

        StoredEvent read = store.readStream("order-1").get(0);
        assertThat(read.schemaVersion()).isEqualTo(2);
        assertThat(read.payloadAs(OrderCreatedV2.class)).isEqualTo(new OrderCreatedV2("o-1", 100, "EUR"));
        assertThat(delivered).containsExactly(new OrderCreatedV2("o-1", 100, "EUR"));
        assertThat(store.readAll().get(0)).isSameAs(read);
    }

    @Test
    void aMissingUpcasterFailsTheReadNamingTheEvent() {
        FakeEventStore store = FakeEventStore.builder().contracts(contracts).build();
        store.append("order-1", ExpectedVersion.noStream(), new OrderCreatedV1("o-1", 100));

        assertThatThrownBy(() -> store.readStream("order-1"))
                .isInstanceOf(ContractException.class)
                .hasMessage("cannot upcast order-1@0, position 0 (OrderCreated v1): " + root.resolve("orders/OrderCreated")
                        + ": no upcaster from v1 to v2 of OrderCreated; register one with withUpcaster(\"OrderCreated\", 1,"
                        + " json -> ...)");
    }
}
