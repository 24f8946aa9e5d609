package example.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.spring.EventTestkitKafka;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;

/**
 * A {@code ConsumerSeekAware} listener on the fake, on Boot 3.5 and on Boot 4.0 alike: it is assigned its
 * partitions when it joins each test's broker, and its seeks move its group there.
 */
@SpringBootTest
@EventTestkitKafka
class ReplayOrdersTest {

    @Autowired
    FakeBroker broker;

    @Autowired
    OrderService service;

    @Autowired
    OrderReplay replay;

    @BeforeEach
    void forgetWhatEarlierTestsSaw() {
        replay.seen.clear();
    }

    @Test
    void seekToBeginningReadsEveryOrderAgain() {
        service.place("o-1", 100);
        service.place("o-2", 200);
        broker.runUntilIdle();

        replay.seekToBeginning();
        broker.runUntilIdle();

        assertThat(replay.seen).containsExactlyInAnyOrder("o-1", "o-2", "o-1", "o-2");
    }

    static class OrderReplay extends AbstractConsumerSeekAware {

        final List<String> seen = new CopyOnWriteArrayList<>();

        @KafkaListener(topics = Topics.ORDERS, groupId = "replay")
        void on(ConsumerRecord<String, Object> record) {
            seen.add(record.key());
        }
    }

    @TestConfiguration
    static class Replaying {

        @Bean
        OrderReplay replay() {
            return new OrderReplay();
        }
    }
}
