package dev.eventtestkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.spring.shop.OrderCreated;
import dev.eventtestkit.spring.shop.Seen;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.kafka.listener.ConsumerSeekAware.ConsumerSeekCallback;
import org.springframework.stereotype.Component;

/**
 * A ConsumerSeekAware listener gets its callbacks on the fake: registerSeekCallback and onPartitionsAssigned when
 * it joins each test's broker, and a callback whose seeks move its group on the fake broker.
 */
@SpringBootTest(classes = {SeekAwareListenersTest.App.class, SeekAwareListenersTest.Ledger.class, Seen.class})
@EventTestkitKafka
class SeekAwareListenersTest {

    @Autowired
    FakeBroker broker;

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    Seen seen;

    @Autowired
    Ledger ledger;

    @BeforeEach
    void forgetWhatEarlierTestsSaw() {
        seen.clear();
    }

    @Test
    void theListenerIsAssignedItsPartitionsAtTheGroupsPositionOnEachTestsBroker() {
        assertThat(ledger.assigned).containsExactly(Map.entry(new TopicPartition("ledger", 0), 0L));
        assertThat(ledger.callback().getGroupId()).isEqualTo("ledger");
    }

    @Test
    void seekToBeginningReplaysTheTopic() {
        send("o-1", "o-2", "o-3");
        broker.runUntilIdle();

        ledger.seekToBeginning();
        broker.runUntilIdle();

        assertThat(seen.lines()).containsExactly("o-1@0", "o-2@1", "o-3@2", "o-1@0", "o-2@1", "o-3@2");
    }

    @Test
    void seeksToAnOffsetRelativeToTheCurrentPositionOrToTheEnd() {
        send("o-1", "o-2", "o-3");
        broker.runUntilIdle();
        ConsumerSeekCallback callback = ledger.callback();

        callback.seekRelative("ledger", 0, -2, true);
        broker.runUntilIdle();
        callback.seek("ledger", 0, 0);
        broker.runUntilIdle();
        callback.seekToEnd("ledger", 0);
        send("o-4");
        broker.runUntilIdle();

        assertThat(seen.lines()).containsExactly("o-1@0", "o-2@1", "o-3@2", "o-2@1", "o-3@2",
                "o-1@0", "o-2@1", "o-3@2", "o-4@3");
    }

    @Test
    void seeksToATimestamp() {
        send("o-1");
        broker.clock().advance(java.time.Duration.ofMinutes(5));
        Instant later = broker.clock().instant();
        send("o-2");
        broker.runUntilIdle();

        ledger.seekToTimestamp(later.toEpochMilli());
        broker.runUntilIdle();

        assertThat(seen.lines()).containsExactly("o-1@0", "o-2@1", "o-2@1");
    }

    @Test
    void theListenerSeeksFromInsideItsOwnDelivery() {
        send("o-1", "again-o-2", "o-3");
        broker.runUntilIdle();

        // "again-" records make the listener seek back to itself once: it reads the record twice
        assertThat(seen.lines()).containsExactly("o-1@0", "again-o-2@1", "again-o-2@1", "o-3@2");
    }

    private void send(String... orderIds) {
        for (String id : orderIds) {
            kafka.send("ledger", id, new OrderCreated(id, 1, "EUR"));
        }
    }

    @Component
    static class Ledger extends AbstractConsumerSeekAware {

        final Map<TopicPartition, Long> assigned = new java.util.LinkedHashMap<>();
        private final Seen seen;
        private boolean replayed;

        Ledger(Seen seen) {
            this.seen = seen;
        }

        @Override
        public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
            super.onPartitionsAssigned(assignments, callback);
            assigned.clear();
            assigned.putAll(assignments);
        }

        ConsumerSeekCallback callback() {
            return getSeekCallbackFor(new TopicPartition("ledger", 0));
        }

        @KafkaListener(topics = "ledger", groupId = "ledger")
        void on(org.apache.kafka.clients.consumer.ConsumerRecord<String, OrderCreated> record) {
            seen.add(record.value().orderId() + "@" + record.offset());
            if (record.value().orderId().startsWith("again-") && !replayed) {
                replayed = true;
                getSeekCallbackFor(new TopicPartition(record.topic(), record.partition()))
                        .seek(record.topic(), record.partition(), record.offset());
            }
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {}
}
