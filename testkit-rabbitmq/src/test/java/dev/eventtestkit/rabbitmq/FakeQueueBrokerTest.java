package dev.eventtestkit.rabbitmq;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.QueueBroker;
import dev.eventtestkit.broker.RetryPolicy;
import java.time.Duration;

/** The queue behaviour on the fake broker, stepping on virtual time. */
class FakeQueueBrokerTest extends QueueBrokerBehaviourTest {

    @Override
    protected QueueBroker create(RetryPolicy retryPolicy) {
        return FakeBroker.builder().retryPolicy(retryPolicy).build();
    }

    @Override
    protected void settle(QueueBroker broker) {
        ((FakeBroker) broker).clock().advance(Duration.ofMinutes(1));
    }

    @Override
    protected void eventually(QueueBroker broker, Runnable assertion) {
        broker.runUntilIdle();
        assertion.run();
    }
}
