package dev.eventtestkit.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.aggregate.AggregateFixture;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.examples.orders.Order;
import dev.eventtestkit.examples.orders.OrderCommand;
import dev.eventtestkit.examples.orders.OrderCommand.CreateOrder;
import dev.eventtestkit.examples.orders.OrderCommand.ShipOrder;
import dev.eventtestkit.examples.orders.OrderEvent;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCreated;
import dev.eventtestkit.examples.orders.OrderState;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The withContracts block of docs/aggregates.md, on the example order and the example domain's schemas/. */
class AggregatesDocExamplesTest {

    private final Path schemas = RepositoryRoot.schemas();

    @Test
    void validatesEveryEventAgainstItsContract() {
        EventContracts contracts = EventContracts.load(schemas);
        AggregateFixture<OrderCommand, OrderEvent, OrderState> orders =
                AggregateFixture.forDecider(Order.DECIDER).withContracts(contracts);

        orders.givenNothing().when(new CreateOrder("o-1", 100)).thenEvents(new OrderCreated("o-1", 100));
        assertThatThrownBy(() -> orders.given(new OrderCreated("o-1", -5)).when(new ShipOrder("o-1")).thenNoEvents())
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("OrderCreated v1 does not match its contract ");
        assertThat(contracts.coverage().exercised()).hasToString("[OrderCreated v1]");
    }
}
