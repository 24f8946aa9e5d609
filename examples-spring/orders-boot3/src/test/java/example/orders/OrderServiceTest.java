package example.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.spring.EventTestkitKafka;
import dev.eventtestkit.time.VirtualClock;
import example.orders.Events.PaymentProcessed;
import example.orders.Events.PaymentRequested;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;

/** The order service's own listeners, producer, error handler and schedule, on the fake broker and virtual time. */
@SpringBootTest
@EventTestkitKafka(schemas = "schemas", virtualTime = true)
class OrderServiceTest {

    @Autowired
    FakeBroker broker;

    @Autowired
    VirtualClock clock;

    @Autowired
    OrderService service;

    @Autowired
    OrderRepository orders;

    @Autowired
    Billing billing;

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @BeforeEach
    void startFromNoOrders() {
        orders.deleteAll();
        billing.reset();
    }

    @Test
    void placingAnOrderAsksForPaymentOnce() {
        service.place("o-1", 2_500);
        broker.runUntilIdle();

        assertThat(billing.charged()).containsExactly("o-1");
        List<Message> payments = broker.messages(Topics.PAYMENTS);
        assertThat(payments).singleElement().satisfies(payment -> {
            assertThat(payment.type()).isEqualTo("PaymentRequested");
            assertThat(payment.key()).isEqualTo("o-1");
            assertThat(payment.payload().toString()).isEqualTo("{\"orderId\":\"o-1\",\"amount\":2500}");
            assertThat(payment.payloadAs(PaymentRequested.class)).isEqualTo(new PaymentRequested("o-1", 2_500));
        });
    }

    @Test
    void anOrderLeftUnpaidIsCancelledAfterThirtyMinutesOfVirtualTime() {
        service.place("o-1", 2_500);

        clock.advance(Duration.ofMinutes(29));
        assertThat(orders.find("o-1")).hasValueSatisfying(o -> assertThat(o.status()).isEqualTo(Order.Status.AWAITING_PAYMENT));

        clock.advance(Duration.ofMinutes(1));
        assertThat(orders.find("o-1")).hasValueSatisfying(o -> assertThat(o.status()).isEqualTo(Order.Status.CANCELLED));
        assertThat(broker.messages(Topics.CANCELLATIONS)).singleElement()
                .satisfies(m -> assertThat(m.timestamp()).hasToString("2026-01-01T00:30:00Z"));
    }

    @Test
    void aPaidOrderIsNotCancelled() {
        service.place("o-1", 2_500);
        kafka.send(Topics.PAYMENT_RESULTS, "o-1", new PaymentProcessed("o-1", "p-7"));

        clock.advance(Duration.ofHours(1));

        assertThat(orders.find("o-1")).hasValueSatisfying(o -> assertThat(o.status()).isEqualTo(Order.Status.PAID));
        assertThat(broker.messages(Topics.CANCELLATIONS)).isEmpty();
    }

    @Test
    void aPaymentForAnUnknownOrderIsRetriedThenPublishedToTheDeadLetterTopic() {
        kafka.send(Topics.PAYMENT_RESULTS, "o-404", new PaymentProcessed("o-404", "p-1"));
        broker.runUntilIdle();
        assertThat(broker.messages(Topics.PAYMENT_RESULTS + "-dlt")).isEmpty();

        clock.advance(Duration.ofSeconds(2)); // the app's FixedBackOff(1_000L, 2L): tries at 0 s, 1 s and 2 s

        assertThat(broker.messages(Topics.PAYMENT_RESULTS + "-dlt")).singleElement().satisfies(dead -> {
            assertThat(dead.payload().toString()).isEqualTo("{\"orderId\":\"o-404\",\"paymentId\":\"p-1\"}");
            assertThat(dead.headers()).containsEntry("kafka_dlt-original-topic", Topics.PAYMENT_RESULTS)
                    .containsEntry("kafka_dlt-exception-cause-fqcn", "java.lang.IllegalStateException");
        });
        assertThat(broker.deadLetterDetails(Topics.PAYMENT_RESULTS, "orders")).singleElement()
                .satisfies(letter -> assertThat(letter.lastFailure()).hasMessage("no order o-404"));
    }

    @Test
    void everySendIsValidatedAgainstItsContract() {
        assertThatThrownBy(() -> service.place("o-1", -5))
                .hasMessageContaining("OrderCreated v1")
                .hasMessageContaining("#/amount");
        assertThat(broker.messages(Topics.ORDERS)).isEmpty();
    }
}
