package dev.eventtestkit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.spring.shop.OrderCreated;
import dev.eventtestkit.spring.shop.Seen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * A listener container the app pauses at run time: the fake cannot follow it yet, so the run stops at the first
 * record it would deliver to the paused listener, naming it and what to do, instead of delivering regardless.
 */
@SpringBootTest(classes = {ContainerLifecycleTest.App.class, ContainerLifecycleTest.Billing.class, Seen.class})
@EventTestkitKafka
class ContainerLifecycleTest {

    @Autowired
    FakeBroker broker;

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    KafkaListenerEndpointRegistry registry;

    @Autowired
    Seen seen;

    MessageListenerContainer billing;

    @BeforeEach
    void findTheContainer() {
        seen.clear();
        billing = registry.getListenerContainer("billing");
    }

    @AfterEach
    void resume() {
        billing.resume();
    }

    @Test
    void aPausedContainerStopsTheRunAtTheFirstRecordItWouldGet() {
        billing.pause();
        kafka.send("bills", "o-1", new OrderCreated("o-1", 100, "EUR"));

        assertThatThrownBy(broker::runUntilIdle).isInstanceOf(AssertionError.class).hasMessage("@KafkaListener"
                + " Billing.on(OrderCreated): the app paused its listener container (pause()), which the fake broker"
                + " of @EventTestkitKafka cannot follow yet: it would deliver bills[0]@0 to the paused listener;"
                + " test pausing with @EventTestkitKafka(embeddedKafka = true), or keep the container running in"
                + " this test");
        assertThat(seen.lines()).isEmpty();
    }

    @Test
    void aContainerTheAppStartsItselfStopsTheRunAndIsStoppedAgain() {
        billing.start();
        kafka.send("bills", "o-1", new OrderCreated("o-1", 100, "EUR"));

        assertThatThrownBy(broker::runUntilIdle).isInstanceOf(AssertionError.class).hasMessage("@KafkaListener"
                + " Billing.on(OrderCreated): the app started its listener container (start()), which the fake"
                + " broker of @EventTestkitKafka cannot follow: the fake delivers to every listener from the start"
                + " and a started container polls the configured bootstrap servers instead (stopped again); do not"
                + " start or stop containers in this test, or use @EventTestkitKafka(embeddedKafka = true)");
        assertThat(billing.isRunning()).isFalse();
        assertThat(seen.lines()).isEmpty();
    }

    @Test
    void aResumedContainerReceives() {
        billing.pause();
        billing.resume();
        kafka.send("bills", "o-1", new OrderCreated("o-1", 100, "EUR"));
        broker.runUntilIdle();

        assertThat(seen.lines()).containsExactly("billed o-1");
    }

    @Component
    static class Billing {

        private final Seen seen;

        Billing(Seen seen) {
            this.seen = seen;
        }

        @KafkaListener(id = "billing", topics = "bills")
        void on(OrderCreated order) {
            seen.add("billed " + order.orderId());
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {}
}
