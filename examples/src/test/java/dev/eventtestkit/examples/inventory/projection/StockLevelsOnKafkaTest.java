package dev.eventtestkit.examples.inventory.projection;

import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.examples.orders.process.OrderProcess;
import dev.eventtestkit.kafka.KafkaBroker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** {@link StockLevelsBehaviour} on the JVM's shared embedded Kafka, fresh topic names per test. */
class StockLevelsOnKafkaTest extends StockLevelsBehaviour {

    private final List<KafkaBroker> brokers = new ArrayList<>();

    @Override
    Broker broker(boolean duplicates) {
        KafkaBroker broker = KafkaBroker.builder().duplicates(duplicates ? 1.0 : 0.0).build();
        brokers.add(broker);
        broker.createTopic(OrderProcess.INVENTORY, PARTITIONS);
        return broker;
    }

    @AfterEach
    void closeBrokers() {
        brokers.forEach(KafkaBroker::close);
    }
}
