package dev.eventtestkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.spring.shop.OrderCreated;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerInterceptor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;
import org.springframework.test.context.TestPropertySource;

/** Kafka client interceptors (interceptor.classes) run on the fake as Kafka's producer and consumer run them. */
@SpringBootTest(classes = {KafkaClientInterceptorsTest.App.class, KafkaClientInterceptorsTest.Invoicing.class})
@TestPropertySource(properties = {
        "spring.kafka.producer.properties.interceptor.classes=dev.eventtestkit.spring.KafkaClientInterceptorsTest$Stamp",
        "spring.kafka.consumer.properties.interceptor.classes=dev.eventtestkit.spring.KafkaClientInterceptorsTest$DropTestOrders"})
@EventTestkitKafka
class KafkaClientInterceptorsTest {

    static final List<String> SEEN = new ArrayList<>();

    @Autowired
    FakeBroker broker;

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @BeforeEach
    void forgetWhatEarlierTestsSaw() {
        SEEN.clear();
    }

    @Test
    void theProducerInterceptorStampsEverySendAndHearsItsAcknowledgement() {
        kafka.send("orders", "o-1", new OrderCreated("o-1", 100, "EUR"));

        assertThat(broker.messages("orders")).singleElement()
                .satisfies(m -> assertThat(m.headers()).containsEntry("stamped-by", "billing-service"));
        assertThat(SEEN).startsWith("acknowledged orders[" + broker.messages("orders").get(0).partition() + "]@0");
    }

    @Test
    void theConsumerInterceptorDropsRecordsAndHearsCommits() {
        kafka.send("orders", "test-o-2", new OrderCreated("test-o-2", 1, "EUR"));
        kafka.send("orders", "o-3", new OrderCreated("o-3", 100, "EUR"));
        broker.runUntilIdle();

        assertThat(SEEN).filteredOn(line -> !line.startsWith("acknowledged")).containsExactly(
                "dropped test-o-2", "invoiced o-3 stamped by billing-service", "committed orders 2"); // the next offset to read, as Kafka commits
    }

    public static class Stamp implements ProducerInterceptor<Object, Object> {
        @Override
        public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
            record.headers().add("stamped-by", "billing-service".getBytes(StandardCharsets.UTF_8));
            return record;
        }

        @Override
        public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
            SEEN.add("acknowledged " + metadata.topic() + "[" + metadata.partition() + "]@" + metadata.offset());
        }

        @Override
        public void close() {}

        @Override
        public void configure(Map<String, ?> configs) {}
    }

    public static class DropTestOrders implements ConsumerInterceptor<Object, Object> {
        @Override
        public ConsumerRecords<Object, Object> onConsume(ConsumerRecords<Object, Object> records) {
            Map<TopicPartition, List<ConsumerRecord<Object, Object>>> kept = new java.util.HashMap<>();
            for (TopicPartition partition : records.partitions()) {
                for (ConsumerRecord<Object, Object> record : records.records(partition)) {
                    if (record.key().toString().startsWith("test-")) {
                        SEEN.add("dropped " + record.key());
                    } else {
                        kept.computeIfAbsent(partition, p -> new ArrayList<>()).add(record);
                    }
                }
            }
            return new ConsumerRecords<>(kept);
        }

        @Override
        public void onCommit(Map<TopicPartition, OffsetAndMetadata> offsets) {
            offsets.forEach((partition, offset) -> SEEN.add("committed " + partition.topic() + " " + offset.offset()));
        }

        @Override
        public void close() {}

        @Override
        public void configure(Map<String, ?> configs) {}
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {}

    @Component
    static class Invoicing {
        @KafkaListener(topics = "orders", groupId = "invoicing")
        void invoice(OrderCreated order, @Header("stamped-by") String stamp) {
            SEEN.add("invoiced " + order.orderId() + " stamped by " + stamp);
        }
    }
}
