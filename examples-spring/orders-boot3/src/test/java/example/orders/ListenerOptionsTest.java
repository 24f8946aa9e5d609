package example.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.spring.EventTestkitKafka;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerInterceptor;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.test.context.TestPropertySource;

/**
 * What the fake sees of an app beyond its {@code @KafkaListener} methods, on Boot 3.5 and on Boot 4.0 alike: a
 * listener container declared as a bean, a {@code RecordInterceptor} bean, and a Kafka consumer interceptor.
 */
@SpringBootTest
@TestPropertySource(properties = "spring.kafka.consumer.properties.interceptor.classes=example.orders.ListenerOptionsTest$Polls")
@EventTestkitKafka
class ListenerOptionsTest {

    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    @Autowired
    FakeBroker broker;

    @Autowired
    OrderService service;

    @BeforeEach
    void forgetWhatEarlierTestsSaw() {
        SEEN.clear();
    }

    @Test
    void aContainerBeanARecordInterceptorAndAConsumerInterceptorAllSeeTheOrder() {
        service.place("o-5", 500);
        broker.runUntilIdle();

        assertThat(SEEN).contains("polled orders o-5", "intercepted orders o-5", "audited o-5");
    }

    @TestConfiguration
    static class Extras {

        @Bean
        RecordInterceptor<Object, Object> tracing() {
            return (record, consumer) -> {
                SEEN.add("intercepted " + record.topic() + " " + record.key());
                return record;
            };
        }

        @Bean
        ConcurrentMessageListenerContainer<Object, Object> audit(
                ConcurrentKafkaListenerContainerFactory<Object, Object> factory) {
            ConcurrentMessageListenerContainer<Object, Object> container = factory.createContainer(Topics.ORDERS);
            container.getContainerProperties().setGroupId("audit");
            container.setupMessageListener((MessageListener<String, Object>) record ->
                    SEEN.add("audited " + record.key()));
            return container;
        }
    }

    public static class Polls implements ConsumerInterceptor<Object, Object> {
        @Override
        public ConsumerRecords<Object, Object> onConsume(ConsumerRecords<Object, Object> records) {
            records.forEach(record -> SEEN.add("polled " + record.topic() + " " + record.key()));
            return records;
        }

        @Override
        public void onCommit(Map<TopicPartition, OffsetAndMetadata> offsets) {}

        @Override
        public void close() {}

        @Override
        public void configure(Map<String, ?> configs) {}
    }
}
