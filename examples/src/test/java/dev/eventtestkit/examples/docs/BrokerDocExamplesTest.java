package dev.eventtestkit.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.RetryPolicy;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.event.Jackson2Codec;
import dev.eventtestkit.examples.payments.PaymentRequested;
import dev.eventtestkit.time.VirtualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The code blocks of docs/broker.md. */
class BrokerDocExamplesTest {

    /** One consumer instance: remembers the keys it was handed. */
    static final class Consumer {
        final List<String> keys = new ArrayList<>();

        void on(Message message) {
            keys.add(message.key());
        }
    }

    @Test
    void configuresEveryOptionOfTheBuilder() {
        VirtualClock clock = VirtualClock.create();
        ObjectMapper objectMapper = new ObjectMapper();   // the application's Jackson 2 mapper
        EventContracts contracts = EventContracts.load(RepositoryRoot.schemas());

        FakeBroker broker = FakeBroker.builder()
                .seed(42L)
                .clock(clock)
                .faults(Faults.builder().duplicates(0.3).crashBeforeAck(0.1).reorder(true).build())
                .retryPolicy(RetryPolicy.of(5, Duration.ofMillis(100)))
                .codec(Jackson2Codec.of(objectMapper))
                .contracts(contracts)
                .maxSteps(10_000)
                .build();

        assertThat(broker.seed()).isEqualTo(42L);
        assertThat(broker.clock()).isSameAs(clock);
        assertThat(broker.faults().crashBeforeAck()).isEqualTo(0.1);
        broker.publish("payments", "o-1", new PaymentRequested("o-1", 100));
        assertThat(broker.messages("payments")).hasSize(1);
        assertThatThrownBy(() -> broker.publish("payments", "o-2", new PaymentRequested("o-2", -1)))
                .hasMessageContaining("PaymentRequested v1");
        assertThat(broker.messages("payments")).hasSize(1);
    }

    @Test
    void sharesAGroupsRecordsBetweenItsInstancesAndGivesEveryGroupAll() {
        FakeBroker broker = FakeBroker.create();
        Consumer first = new Consumer();
        Consumer second = new Consumer();
        Consumer shipping = new Consumer();

        broker.createTopic("orders", 3);
        broker.subscribe("orders", "billing", first::on);
        broker.subscribe("orders", "billing", second::on);
        broker.subscribe("orders", "shipping", shipping::on);
        for (int i = 1; i <= 12; i++) {
            broker.publish("orders", "o-" + i, new OrderPlaced("o-" + i, 100));
        }
        broker.runUntilIdle();

        assertThat(first.keys).isNotEmpty().doesNotContainAnyElementsOf(second.keys);
        assertThat(first.keys.size() + second.keys.size()).isEqualTo(12);
        assertThat(shipping.keys).hasSize(12);
    }

    @Test
    void buildsFaults() {
        Faults faults = Faults.builder()
                .duplicates(0.3)
                .crashBeforeAck(0.1)
                .reorder(true)
                .delay(Duration.ofMillis(500))
                .build();

        assertThat(faults.duplicates()).isEqualTo(0.3);
        assertThat(faults.crashBeforeAck()).isEqualTo(0.1);
        assertThat(faults.reorder()).isTrue();
        assertThat(faults.delay()).isEqualTo(Duration.ofMillis(500));
        assertThat(faults).isNotEqualTo(Faults.none());
    }
}
