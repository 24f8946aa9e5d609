package dev.eventtestkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.DeadLetter;
import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.spring.shop.OrderCreated;
import dev.eventtestkit.spring.shop.PaymentRequested;
import dev.eventtestkit.spring.shop.Seen;
import dev.eventtestkit.spring.shop.ShopApplication;
import dev.eventtestkit.time.VirtualClock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.SendResult;
import org.springframework.messaging.support.MessageBuilder;

@SpringBootTest(classes = ShopApplication.class)
@EventTestkitKafka
class ListenersOnTheFakeBrokerTest {

    @Autowired
    FakeBroker broker;

    @Autowired
    VirtualClock clock;

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    Seen seen;

    @BeforeEach
    void forgetWhatEarlierTestsSaw() {
        seen.clear();
    }

    @Test
    void everyListenerSignatureGetsTheRecordThroughSpringsOwnAdapter() {
        kafka.send("orders", "o-1", new OrderCreated("o-1", 100, "EUR"));
        broker.runUntilIdle();

        int partition = broker.messages("orders").get(0).partition();
        assertThat(seen.lines()).containsExactlyInAnyOrder(
                "payments: OrderCreated[orderId=o-1, amount=100, currency=EUR]",
                "audit: o-1 " + partition + "@0 OrderCreated[orderId=o-1, amount=100, currency=EUR]",
                "shipping: o-1 from orders",
                "mailer: o-1 key o-1 partition " + partition + " group mailer",
                "ledger: o-1");
    }

    @Test
    void sendsPublishWithTheAppsSerializerAndCompleteWithTheFakesPartitionAndOffset() throws Exception {
        SendResult<String, Object> first = kafka.send("orders", "o-1", new OrderCreated("o-1", 100, "EUR")).get();
        SendResult<String, Object> second = kafka.send(new ProducerRecord<>("orders", "o-1",
                new OrderCreated("o-1", 200, "EUR"))).get();
        SendResult<String, Object> third = kafka.send(MessageBuilder.withPayload(new OrderCreated("o-2", 300, "EUR"))
                .setHeader(KafkaHeaders.TOPIC, "orders").setHeader(KafkaHeaders.KEY, "o-2").build()).get();
        SendResult<String, Object> unkeyed = kafka.send("audit-log", new OrderCreated("o-3", 1, "EUR")).get();

        List<Message> stored = broker.messages("orders");
        assertThat(stored).hasSize(3);
        assertThat(first.getRecordMetadata().partition()).isEqualTo(stored.get(0).partition());
        assertThat(first.getRecordMetadata().offset()).isEqualTo(stored.get(0).offset()).isZero();
        assertThat(second.getRecordMetadata().offset()).isEqualTo(1);
        assertThat(third.getRecordMetadata().partition()).isEqualTo(stored.get(2).partition());
        assertThat(unkeyed.getRecordMetadata().topic()).isEqualTo("audit-log");
        assertThat(stored.get(0).payload().toString()).isEqualTo("{\"orderId\":\"o-1\",\"amount\":100,\"currency\":\"EUR\"}");
        assertThat(stored.get(0).payloadAs(OrderCreated.class)).isEqualTo(new OrderCreated("o-1", 100, "EUR"));
        assertThat(stored.get(0).type()).isEqualTo("OrderCreated");
        assertThat(stored.get(0).version()).isEqualTo(2);
        assertThat(stored.get(0).headers()).containsEntry("__TypeId__", OrderCreated.class.getName());
    }

    @Test
    void concurrencyIsThatManyInstancesOfTheGroupSplittingThePartitions() {
        for (int i = 0; i < 12; i++) {
            kafka.send("orders", "o-" + i, new OrderCreated("o-" + i, i, "EUR"));
        }
        broker.runUntilIdle();

        assertThat(broker.partitions("orders")).isEqualTo(3);
        assertThat(broker.trace().render())
                .containsPattern("audit +1 +deliver to instance 1")
                .containsPattern("audit +1 +deliver to instance 2")
                .containsPattern("audit +1 +deliver to instance 3")
                .doesNotContainPattern("audit +1 +deliver to instance 4");
    }

    @Test
    void newTopicBeansAndNewTopicsGroupsBecomeTopicsWithTheirPartitions() {
        assertThat(broker.partitions("orders")).isEqualTo(3);
        assertThat(broker.partitions("invoices")).isEqualTo(2);
        assertThat(broker.partitions("refunds")).isEqualTo(4); // from its replica assignment
    }

    @Test
    void theAppsBackOffIsRetriedOnVirtualTimeThenItsRecovererPublishesToTheDeadLetterTopic() {
        kafka.send("payments", "o-bad", new PaymentRequested("o-bad", -5));
        broker.runUntilIdle();
        assertThat(seen.lines()).containsExactly("ledger failed: o-bad");

        clock.advance(Duration.ofMillis(999));
        assertThat(seen.lines()).hasSize(1);
        clock.advance(Duration.ofSeconds(5));

        assertThat(seen.lines()).containsExactly("ledger failed: o-bad", "ledger failed: o-bad", "ledger failed: o-bad");
        List<Message> dlt = broker.messages("payments-dlt");
        assertThat(dlt).hasSize(1);
        assertThat(dlt.get(0).payload().toString()).isEqualTo("{\"orderId\":\"o-bad\",\"amount\":-5}");
        assertThat(dlt.get(0).headers()).containsEntry("kafka_dlt-original-topic", "payments")
                .containsKey("kafka_dlt-exception-message");
        DeadLetter letter = broker.deadLetterDetails("payments", "ledger").get(0);
        assertThat(letter.lastFailure()).isInstanceOf(IllegalStateException.class)
                .hasMessage("negative amount for o-bad");
        assertThat(letter.failures()).isEqualTo(3);
        assertThat(broker.trace().render()).contains("retry in 1s, at 2026-01-01T00:00:01.000Z");
    }

    @Test
    void aRecordTheListenerCannotReadIsDeadLetteredNamingMethodTypeAndJson() {
        Map<String, Object> notAnOrder = new LinkedHashMap<>();
        notAnOrder.put("orderId", "o-9");
        notAnOrder.put("amount", "lots");
        kafka.send("orders", "o-9", notAnOrder);
        broker.runUntilIdle();

        DeadLetter letter = broker.deadLetterDetails("orders", "payments").get(0);
        assertThat(letter.lastFailure()).isInstanceOf(UnreadableRecordException.class);
        assertThat(letter.lastFailure().getMessage()).startsWith(
                "Listeners.requestPayment(OrderCreated) cannot read orders[" + letter.message().partition()
                        + "]@0 as dev.eventtestkit.spring.shop.OrderCreated: ")
                .contains("lots")
                .endsWith("; the record: {\"orderId\":\"o-9\",\"amount\":\"lots\"}");
        assertThat(broker.messages("orders-dlt")).hasSize(4); // payments, shipping, mailer, payment-timeout
    }

    @Test
    void everyTestGetsAFreshBrokerAndClock() {
        assertThat(broker.messages("orders")).isEmpty();
        assertThat(clock.instant()).hasToString("2026-01-01T00:00:00Z");
        kafka.send("orders", "o-1", new OrderCreated("o-1", 100, "EUR"));
        clock.advance(Duration.ofHours(1));
    }

    @Test
    void theSameBrokerIsInjectedWhereverTheTestAsksForIt(@Autowired FakeBroker again) {
        assertThat(again).isSameAs(broker);
        assertThat(again.clock()).isSameAs(clock);
    }
}
