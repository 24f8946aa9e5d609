package dev.eventtestkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.spring.shop.OrderCreated;
import dev.eventtestkit.spring.shop.PaymentTimeout;
import dev.eventtestkit.spring.shop.ShopApplication;
import dev.eventtestkit.time.VirtualClock;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.kafka.core.KafkaTemplate;

@SpringBootTest(classes = ShopApplication.class)
@EventTestkitKafka(virtualTime = true, start = "2026-03-01T09:00:00Z")
class VirtualTimeTest {

    @Autowired
    FakeBroker broker;

    @Autowired
    VirtualClock clock;

    @Autowired
    Clock appClock;

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    PaymentTimeout timeout;

    @BeforeEach
    void forgetOrdersOfEarlierTests() {
        timeout.clear();
    }

    @Test
    void theAppsClockBeanReadsTheVirtualClock() {
        assertThat(appClock.instant()).hasToString("2026-03-01T09:00:00Z");
        clock.advance(Duration.ofHours(2));
        assertThat(appClock.instant()).hasToString("2026-03-01T11:00:00Z");
    }

    @Test
    void theScheduledTimeoutFiresOnVirtualTimeOnly() {
        kafka.send("orders", "o-1", new OrderCreated("o-1", 100, "EUR"));
        broker.runUntilIdle();

        clock.advance(Duration.ofMinutes(29));
        assertThat(broker.messages("orders-cancelled")).isEmpty();

        clock.advance(Duration.ofMinutes(2));
        assertThat(broker.messages("orders-cancelled")).singleElement()
                .satisfies(m -> assertThat(m.payload().toString())
                        .isEqualTo("{\"orderId\":\"o-1\",\"reason\":\"payment timeout\"}"))
                .satisfies(m -> assertThat(m.timestamp()).hasToString("2026-03-01T09:30:00Z"));
    }

    @Test
    void theReplacedSchedulerTakesTheEventsTheOriginalWasRegisteredFor(@Autowired ApplicationContext context) {
        // Boot's ThreadPoolTaskScheduler listens for the context closing; without this, closing the context logged
        // "Bean named 'taskScheduler' is expected to be of type 'org.springframework.context.ApplicationListener'"
        assertThat(context.getBean("taskScheduler", ApplicationListener.class)).isNotNull();
    }

    @Test
    void aFreshBrokerGetsTheScheduledTasksAgainFromItsOwnStart() {
        assertThat(clock.instant()).hasToString("2026-03-01T09:00:00Z");
        assertThat(clock.pendingTimers()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(10));
        assertThat(clock.nextTimer()).hasValueSatisfying(next -> assertThat(next).hasToString("2026-03-01T09:11:00Z"));
    }
}
