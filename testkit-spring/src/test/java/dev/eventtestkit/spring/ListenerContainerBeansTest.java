package dev.eventtestkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.spring.shop.OrderCreated;
import dev.eventtestkit.spring.shop.Seen;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;

/** Listener containers the app declares as beans itself are delivered to by the fake, and never start. */
@SpringBootTest(classes = {ListenerContainerBeansTest.App.class, Seen.class})
@EventTestkitKafka
class ListenerContainerBeansTest {

    @Autowired
    FakeBroker broker;

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    Seen seen;

    @Autowired
    ConcurrentMessageListenerContainer<Object, Object> invoicing;

    @BeforeEach
    void forgetWhatEarlierTestsSaw() {
        seen.clear();
    }

    @Test
    void containerBeansGetTheRecordsOfTheirTopicsAndNeverStart() {
        kafka.send("orders", "o-1", new OrderCreated("o-1", 100, "EUR"));
        broker.runUntilIdle();

        assertThat(seen.lines()).containsExactlyInAnyOrder("invoicing: o-1", "archive: o-1 from orders");
        assertThat(invoicing.isRunning()).isFalse();
        assertThat(broker.trace().render()).containsPattern("invoicing +1 +deliver to instance")
                .containsPattern("archive +1 +deliver to instance 1");
    }

    @Test
    void aContainerBeanWithATopicPatternFailsTheContextNamingTheBean() {
        assertThat(UnsupportedListenersTest.rootCause(PatternCase.class)).isEqualTo("listener container bean"
                + " 'patterned' subscribes to the topic pattern \"orders-.*\", which the fake broker of"
                + " @EventTestkitKafka cannot honour: name its topics, @KafkaListener(topics = {...}): the fake"
                + " broker subscribes to named topics");
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

        /** Built on Boot's container factory: its consumer factory and error handler. */
        @Bean
        ConcurrentMessageListenerContainer<Object, Object> invoicing(
                ConcurrentKafkaListenerContainerFactory<Object, Object> factory, Seen seen) {
            ConcurrentMessageListenerContainer<Object, Object> container = factory.createContainer("orders");
            container.getContainerProperties().setGroupId("invoicing");
            container.setConcurrency(2);
            container.setupMessageListener((MessageListener<String, OrderCreated>) record ->
                    seen.add("invoicing: " + record.value().orderId()));
            return container;
        }

        /** Built by hand on the app's consumer factory. */
        @Bean
        @SuppressWarnings("unchecked")
        KafkaMessageListenerContainer<Object, Object> archive(ConsumerFactory<?, ?> consumers, Seen seen) {
            ContainerProperties properties = new ContainerProperties("orders");
            properties.setGroupId("archive");
            properties.setMessageListener((MessageListener<String, OrderCreated>) record ->
                    seen.add("archive: " + record.value().orderId() + " from " + record.topic()));
            return new KafkaMessageListenerContainer<>((ConsumerFactory<Object, Object>) consumers, properties);
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class PatternApp {

        @Bean
        @SuppressWarnings("unchecked")
        KafkaMessageListenerContainer<Object, Object> patterned(ConsumerFactory<?, ?> consumers) {
            ContainerProperties properties = new ContainerProperties(Pattern.compile("orders-.*"));
            properties.setGroupId("g");
            properties.setMessageListener((MessageListener<String, String>) record -> {});
            return new KafkaMessageListenerContainer<>((ConsumerFactory<Object, Object>) consumers, properties);
        }
    }

    @SpringBootTest(classes = PatternApp.class)
    @EventTestkitKafka
    static class PatternCase {
        @Test
        void starts() {}
    }
}
