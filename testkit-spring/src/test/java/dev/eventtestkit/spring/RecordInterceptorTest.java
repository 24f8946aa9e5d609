package dev.eventtestkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.spring.shop.OrderCreated;
import dev.eventtestkit.spring.shop.Seen;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.stereotype.Component;

/** The app's RecordInterceptor runs around every delivery on the fake, as its container would run it. */
@SpringBootTest(classes = {RecordInterceptorTest.App.class, RecordInterceptorTest.Invoicing.class, Seen.class})
@EventTestkitKafka
class RecordInterceptorTest {

    @Autowired
    FakeBroker broker;

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    Seen seen;

    @BeforeEach
    void forgetWhatEarlierTestsSaw() {
        seen.clear();
    }

    @Test
    void theInterceptorSeesEveryRecordAndSkipsThoseItReturnsNullFor() {
        kafka.send("orders", "o-1", new OrderCreated("o-1", 100, "EUR"));
        kafka.send("orders", "test-o-2", new OrderCreated("test-o-2", 1, "EUR"));
        broker.runUntilIdle();

        assertThat(seen.lines()).containsExactly(
                "intercept o-1", "invoice o-1", "success o-1", "after o-1",
                "intercept test-o-2", "skipped test-o-2");
        assertThat(broker.deadLetters("orders", "invoicing")).isEmpty();
    }

    @Test
    void theInterceptorIsToldOfAFailureBeforeTheErrorHandlerRuns() {
        kafka.send("orders", "o-0", new OrderCreated("o-0", 0, "EUR"));
        broker.runUntilIdle();

        assertThat(seen.lines()).startsWith("intercept o-0", "invoice o-0",
                "failure o-0: nothing to invoice for o-0", "after o-0");
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

        /** Boot puts a RecordInterceptor bean on its listener container factory. */
        @Bean
        RecordInterceptor<Object, Object> testOrdersFilter(Seen seen) {
            return new RecordInterceptor<>() {
                @Override
                public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
                        Consumer<Object, Object> consumer) {
                    seen.add("intercept " + record.key());
                    if (record.key().toString().startsWith("test-")) {
                        seen.add("skipped " + record.key());
                        return null;
                    }
                    return record;
                }

                @Override
                public void success(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
                    seen.add("success " + record.key());
                }

                @Override
                public void failure(ConsumerRecord<Object, Object> record, Exception exception,
                        Consumer<Object, Object> consumer) {
                    seen.add("failure " + record.key() + ": " + exception.getCause().getMessage());
                }

                @Override
                public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
                    seen.add("after " + record.key());
                }
            };
        }
    }

    @Component
    static class Invoicing {

        private final Seen seen;

        Invoicing(Seen seen) {
            this.seen = seen;
        }

        @KafkaListener(topics = "orders", groupId = "invoicing")
        void invoice(OrderCreated order) {
            seen.add("invoice " + order.orderId());
            if (order.amount() == 0) {
                throw new IllegalStateException("nothing to invoice for " + order.orderId());
            }
        }
    }
}
