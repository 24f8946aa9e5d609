package dev.eventtestkit.examples.payments;

import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.examples.support.ExampleContracts;
import dev.eventtestkit.kafka.KafkaBroker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * {@link PaymentServiceBehaviourTest} on a real Kafka: the JVM's shared embedded broker, with fresh topic and group
 * names for every test (the broker's random prefix). Duplicates are Kafka's own: the consumer seeks back once
 * after the handler returned. The tests and their assertions are inherited.
 */
class PaymentServiceOnKafkaTest extends PaymentServiceBehaviourTest {

    /** Every publish is checked against its contract, as on the fake broker. */
    private static final EventContracts CONTRACTS = ExampleContracts.load();

    private final List<KafkaBroker> brokers = new ArrayList<>();

    @Override
    Broker broker(boolean duplicates) {
        KafkaBroker broker = KafkaBroker.builder().contracts(CONTRACTS).duplicates(duplicates ? 1.0 : 0.0).build();
        brokers.add(broker);
        return broker;
    }

    @AfterEach
    void closeBrokers() {
        brokers.forEach(KafkaBroker::close);
    }
}
