package dev.eventtestkit.kafka;

import dev.eventtestkit.broker.Broker;

/** The replay rules on Kafka (the JVM's shared embedded Kafka), through the consumer and the admin client. */
class KafkaBrokerReplayTest extends BrokerReplayContract {

    @Override
    Broker createBroker() {
        return KafkaBroker.builder().build();
    }

    @Override
    void createTopic(Broker broker, String topic, int partitions) {
        ((KafkaBroker) broker).createTopic(topic, partitions);
    }

    @Override
    void passTime(Broker broker) {
        // Kafka stamps records with the producer's wall clock: records published within a millisecond share it
    }
}
