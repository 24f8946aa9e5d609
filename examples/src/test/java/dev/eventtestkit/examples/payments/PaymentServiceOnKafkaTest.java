package dev.eventtestkit.examples.payments;

import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.kafka.KafkaBroker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * {@link PaymentServiceBehaviour} on a real Kafka: the JVM's shared embedded broker, with fresh topic and group
 * names for every test (the broker's random prefix). Duplicates are Kafka's own: the consumer seeks back once
 * after the handler returned.
 */
class PaymentServiceOnKafkaTest extends PaymentServiceBehaviour {

    private final List<KafkaBroker> brokers = new ArrayList<>();

    @Override
    Broker broker(boolean duplicates) {
        KafkaBroker broker = KafkaBroker.builder().duplicates(duplicates ? 1.0 : 0.0).build();
        brokers.add(broker);
        return broker;
    }

    @AfterEach
    void closeBrokers() {
        brokers.forEach(KafkaBroker::close);
    }
}
