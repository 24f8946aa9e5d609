package dev.eventtestkit.rabbitmq;

import dev.eventtestkit.broker.QueueBroker;
import dev.eventtestkit.broker.RetryPolicy;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;

/**
 * The queue behaviour on a real RabbitMQ (127.0.0.1:5672, guest/guest); skipped when none runs, failed under
 * {@code CI=true}.
 */
class RabbitQueueBrokerTest extends QueueBrokerBehaviourTest {

    @BeforeAll
    static void requireRabbitMq() {
        RabbitAvailable.require();
    }

    @Override
    protected QueueBroker create(RetryPolicy retryPolicy) {
        return RabbitBroker.builder().retryPolicy(retryPolicy).idleTimeout(Duration.ofSeconds(20)).build();
    }

    @Override
    protected void settle(QueueBroker broker) {
        broker.runUntilIdle();
    }

    @Override
    protected void eventually(QueueBroker broker, Runnable assertion) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                .untilAsserted(assertion::run);
    }
}
