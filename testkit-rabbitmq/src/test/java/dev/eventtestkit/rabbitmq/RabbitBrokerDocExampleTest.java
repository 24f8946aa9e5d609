package dev.eventtestkit.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The RabbitBroker block of docs/queues.md and the README, on a real RabbitMQ. */
class RabbitBrokerDocExampleTest {

    /** Remembers what it charged. */
    static final class Billing {
        final List<String> charged = Collections.synchronizedList(new ArrayList<>());

        void on(OrderPlaced order) {
            charged.add(order.orderId());
        }
    }

    @BeforeAll
    static void requireRabbitMq() {
        RabbitAvailable.require();
    }

    @Test
    void consumesFromARealQueueAndCleansUp() {
        Billing billing = new Billing();
        String prefix;
        try (RabbitBroker broker = RabbitBroker.connect()) {        // 127.0.0.1:5672, guest/guest
            broker.declareQueue("billing");
            broker.consume("billing", message -> billing.on(message.payloadAs(OrderPlaced.class)));
            broker.send("", "billing", new OrderPlaced("o-1", 100));
            broker.awaitIdle(Duration.ofSeconds(10));
            prefix = broker.prefix();
        }

        assertThat(billing.charged).containsExactly("o-1");
        assertThat(prefix).matches("etk-[0-9a-f]{8}-");
        try (RabbitBroker other = RabbitBroker.connect()) {
            assertThat(other.prefix()).isNotEqualTo(prefix);
        }
    }
}
