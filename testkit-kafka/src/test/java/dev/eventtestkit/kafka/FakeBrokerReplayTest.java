package dev.eventtestkit.kafka;

import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.broker.FakeBroker;
import java.time.Duration;

/** The replay rules on the fake broker, its clock moving a second between two publishes. */
class FakeBrokerReplayTest extends BrokerReplayContract {

    @Override
    Broker createBroker() {
        return FakeBroker.create();
    }

    @Override
    void createTopic(Broker broker, String topic, int partitions) {
        ((FakeBroker) broker).createTopic(topic, partitions);
    }

    @Override
    void passTime(Broker broker) {
        ((FakeBroker) broker).clock().advance(Duration.ofSeconds(1));
    }
}
