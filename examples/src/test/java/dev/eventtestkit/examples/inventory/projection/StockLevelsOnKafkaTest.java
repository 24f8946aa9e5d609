package dev.eventtestkit.examples.inventory.projection;

import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.examples.orders.process.OrderProcess;
import dev.eventtestkit.examples.support.ExampleContracts;
import dev.eventtestkit.kafka.KafkaBroker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * {@link StockLevelsBehaviourTest} on the JVM's shared embedded Kafka, fresh topic names per test; the tests and their
 * assertions are inherited.
 */
class StockLevelsOnKafkaTest extends StockLevelsBehaviourTest {

    /** Every publish is checked against its contract, as on the fake broker. */
    private static final EventContracts CONTRACTS = ExampleContracts.load();

    private final List<KafkaBroker> brokers = new ArrayList<>();

    @Override
    Broker broker(boolean duplicates) {
        KafkaBroker broker = KafkaBroker.builder().contracts(CONTRACTS).duplicates(duplicates ? 1.0 : 0.0).build();
        brokers.add(broker);
        broker.createTopic(OrderProcess.INVENTORY, PARTITIONS);
        return broker;
    }

    @AfterEach
    void closeBrokers() {
        brokers.forEach(KafkaBroker::close);
    }
}
