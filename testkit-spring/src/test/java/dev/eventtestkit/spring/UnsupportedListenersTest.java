package dev.eventtestkit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.eventtestkit.junit5.Interleavings;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.annotation.EnableKafkaRetryTopic;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.annotation.RetryableTopic;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.test.context.TestPropertySource;

/** A listener the fake cannot honour fails the context at start, naming the bean method and what to do. */
class UnsupportedListenersTest {

    @Test
    void aTopicPatternFailsTheContextNamingTheMethod() {
        assertThat(rootCause(PatternCase.class)).isEqualTo("@KafkaListener PatternListener.on(String) subscribes to"
                + " the topic pattern \"orders-.*\", which the fake broker of @EventTestkitKafka cannot honour: name"
                + " its topics, @KafkaListener(topics = {...}): the fake broker subscribes to named topics");
    }

    @Test
    void aBatchListenerFailsTheContext() {
        assertThat(rootCause(BatchCase.class)).isEqualTo("@KafkaListener BatchListener.on(List) is a batch listener,"
                + " which the fake broker of @EventTestkitKafka cannot honour: the fake broker delivers one record at"
                + " a time: give the test a record listener (batch = \"false\"), or test the batch listener on a real"
                + " Kafka");
    }

    @Test
    void manualAcknowledgementFailsTheContext() {
        assertThat(rootCause(ManualAckCase.class)).isEqualTo("@KafkaListener ManualAckListener.on(ConsumerRecord,"
                + " Acknowledgment) uses AckMode.MANUAL, which the fake broker of @EventTestkitKafka cannot honour:"
                + " the fake broker acknowledges a record when the listener returns and redelivers it when it throws:"
                + " run the test with AckMode.RECORD (spring.kafka.listener.ack-mode=record)");
    }

    @Test
    void aListenerWithoutGroupFailsTheContext() {
        assertThat(rootCause(NoGroupCase.class)).isEqualTo("@KafkaListener NoGroupListener.on(String) has no consumer"
                + " group, which the fake broker of @EventTestkitKafka cannot honour: set groupId (or id) on"
                + " @KafkaListener, or spring.kafka.consumer.group-id");
    }

    @Test
    void aListenerThatDoesNotStartWithTheContextFailsTheContext() {
        assertThat(rootCause(LateStartCase.class)).isEqualTo("@KafkaListener LateStartListener.on(String) does not"
                + " start automatically (autoStartup = false), which the fake broker of @EventTestkitKafka cannot"
                + " honour: the fake broker delivers to every listener from the start and cannot follow the app"
                + " starting, pausing or stopping a container: let it start with the context in the test"
                + " (spring.kafka.listener.auto-startup=true)");
    }

    @Test
    void aRetryableTopicFailsTheContextSayingWhatToDoInstead() {
        assertThat(rootCause(RetryableTopicCase.class)).isEqualTo("@KafkaListener RetryingListener.on(String) uses"
                + " @RetryableTopic (non-blocking retries through retry topics [refunds]), which the fake broker of"
                + " @EventTestkitKafka cannot honour: its back-off pauses partitions on the real clock; in the test,"
                + " retry in place with the DefaultErrorHandler's BackOff (retries then wait on the virtual clock),"
                + " or run the test with @EventTestkitKafka(embeddedKafka = true)");
    }

    @Test
    void interleavingsOnASpringTestFailsSayingWhatToDoInstead() {
        List<String> messages = EngineTestKit.engine("junit-jupiter").selectors(selectClass(InterleavingsCase.class))
                .execute().testEvents().failed().stream() // every invocation of the template, the same line
                .map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                        .getThrowable().orElseThrow().getMessage()).distinct().toList();
        assertThat(messages).containsExactly("@Interleavings on InterleavingsCase.explores, an"
                + " @EventTestkitKafka test, is not supported yet: its schedules would run on brokers the Spring app"
                + " is not wired to; use @EventTestkitKafka(seed = ..., duplicates = ..., crashBeforeAck = ...,"
                + " reorder = true) and vary the seed");
    }

    static String rootCause(Class<?> testCase) {
        List<Event> failures = EngineTestKit.engine("junit-jupiter").selectors(selectClass(testCase)).execute()
                .allEvents().failed().list(); // a test, or its class when the test context cannot even be built
        assertThat(failures).as("failed tests of " + testCase.getSimpleName()).hasSize(1);
        Throwable thrown = failures.get(0).getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .orElseThrow().getThrowable().orElseThrow();
        Throwable root = thrown;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {}

    static class PatternListener {
        @KafkaListener(topicPattern = "orders-.*", groupId = "g")
        void on(String order) {}
    }

    static class BatchListener {
        @KafkaListener(topics = "orders", groupId = "g", batch = "true")
        void on(List<String> orders) {}
    }

    static class ManualAckListener {
        @KafkaListener(topics = "orders", groupId = "g")
        void on(ConsumerRecord<String, String> order, Acknowledgment ack) {}
    }

    static class NoGroupListener {
        @KafkaListener(topics = "orders")
        void on(String order) {}
    }

    @SpringBootTest(classes = {App.class, PatternListener.class})
    @EventTestkitKafka
    static class PatternCase {
        @Test
        void starts() {}
    }

    @SpringBootTest(classes = {App.class, BatchListener.class})
    @EventTestkitKafka
    static class BatchCase {
        @Test
        void starts() {}
    }

    @SpringBootTest(classes = {App.class, ManualAckListener.class})
    @TestPropertySource(properties = "spring.kafka.listener.ack-mode=manual")
    @EventTestkitKafka
    static class ManualAckCase {
        @Test
        void starts() {}
    }

    static class LateStartListener {
        @KafkaListener(topics = "orders", groupId = "g", autoStartup = "false")
        void on(String order) {}
    }

    @SpringBootTest(classes = {App.class, LateStartListener.class})
    @EventTestkitKafka
    static class LateStartCase {
        @Test
        void starts() {}
    }

    @EnableKafkaRetryTopic
    @EnableScheduling
    static class RetryingListener {
        @RetryableTopic(attempts = "3")
        @KafkaListener(topics = "refunds", groupId = "g")
        void on(String refund) {}
    }

    @SpringBootTest(classes = {App.class, RetryingListener.class})
    @EventTestkitKafka
    static class RetryableTopicCase {
        @Test
        void starts() {}
    }

    @SpringBootTest(classes = App.class)
    @EventTestkitKafka
    static class InterleavingsCase {
        @Interleavings(3)
        void explores() {}
    }

    @SpringBootTest(classes = {App.class, NoGroupListener.class})
    @EventTestkitKafka
    static class NoGroupCase {
        @Test
        void starts() {}
    }
}
