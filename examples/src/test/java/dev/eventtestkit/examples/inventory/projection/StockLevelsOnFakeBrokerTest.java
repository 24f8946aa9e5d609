package dev.eventtestkit.examples.inventory.projection;

import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.examples.orders.process.OrderProcess;
import dev.eventtestkit.examples.support.ExampleContracts;

/** {@link StockLevelsBehaviour} on the deterministic fake broker, every publish checked against its contract. */
class StockLevelsOnFakeBrokerTest extends StockLevelsBehaviour {

    @Override
    Broker broker(boolean duplicates) {
        return ExampleContracts.fakeBroker()
                .faults(duplicates ? Faults.builder().duplicates(1.0).build() : Faults.none())
                .build()
                .createTopic(OrderProcess.INVENTORY, PARTITIONS);
    }
}
