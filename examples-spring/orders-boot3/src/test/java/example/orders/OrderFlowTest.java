package example.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.spring.EventTestkitKafka;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test written against {@link Broker} alone: it runs on the fake broker here and, unchanged, on an embedded Kafka
 * in {@link OrderFlowOnEmbeddedKafkaTest}.
 */
@SpringBootTest
@EventTestkitKafka(schemas = "schemas", virtualTime = true)
class OrderFlowTest {

    @Autowired
    Broker broker;

    @Autowired
    OrderService service;

    @Autowired
    Billing billing;

    @Test
    void aPlacedOrderIsChargedAndItsPaymentRequested() {
        service.place("o-77", 1_200);
        broker.awaitIdle(Duration.ofSeconds(30));

        assertThat(billing.charged()).containsOnlyOnce("o-77");
        assertThat(broker.messages(Topics.PAYMENTS)).filteredOn(m -> "o-77".equals(m.key())).singleElement()
                .satisfies(m -> assertThat(m.payload().toString()).isEqualTo("{\"orderId\":\"o-77\",\"amount\":1200}"));
    }

    @Test
    void aTopicReplayedFromTheBeginningChargesAgain() {
        service.place("o-78", 300);
        broker.awaitIdle(Duration.ofSeconds(30));

        broker.seekToBeginning(Topics.ORDERS, "billing");
        broker.awaitIdle(Duration.ofSeconds(30));

        assertThat(billing.charged()).filteredOn("o-78"::equals).hasSize(2);
    }
}
