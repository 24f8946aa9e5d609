package dev.eventtestkit.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The example of docs/kafka.md, verbatim: keep the two in step. */
class BillingOnKafkaTest {

    private KafkaBroker broker;

    @AfterEach
    void closeBroker() {
        broker.close();
    }

    @Test
    void retriesAThrowingHandlerThenDeadLettersTheRecord() {
        broker = KafkaBroker.builder().retries(3, Duration.ofMillis(10)).build();
        broker.subscribe("orders", "billing", message -> {
            if ("o-1".equals(message.key())) {
                throw new IllegalStateException("no stock for o-1");
            }
        });

        broker.publish("orders", "o-1", new OrderCreated("o-1", 100));
        broker.publish("orders", "o-2", new OrderCreated("o-2", 200));
        broker.runUntilIdle();

        assertThat(broker.deadLetters("orders", "billing")).singleElement().satisfies(message -> {
            assertThat(message.attempt()).isEqualTo(3);
            assertThat(message.headers()).containsEntry("dlt_exception_message", "no stock for o-1");
        });
    }
}
