package dev.eventtestkit.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.explore.ExplorationResult;
import dev.eventtestkit.explore.Explorer;
import dev.eventtestkit.explore.Scenario;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The scenario and the random exploration of docs/exploring.md: the naive billing charges a duplicate twice. */
class ExploringDocExamplesTest {

    /** The doc's consumer under test: charges an order on every delivery, duplicates included. */
    static final class Billing {
        private final Map<String, Integer> charges = new HashMap<>();

        static Billing naive() {
            return new Billing();
        }

        void on(Message message) {
            charges.merge(message.payloadAs(OrderPlaced.class).orderId(), 1, Integer::sum);
        }

        int charges(String orderId) {
            return charges.getOrDefault(orderId, 0);
        }
    }

    @Test
    void findsTheScheduleThatChargesTwice() {
        Scenario chargesOnce = broker -> {
            Billing billing = Billing.naive();
            broker.subscribe("orders", "billing", billing::on);
            broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
            broker.publish("orders", "o-2", new OrderPlaced("o-2", 250));
            broker.runUntilIdle();
            assertEquals(1, billing.charges("o-1"), "charges of o-1");
            assertEquals(1, billing.charges("o-2"), "charges of o-2");
        };

        ExplorationResult result = Explorer.random(200)
                .seed(42L)
                .faults(Faults.builder().duplicates(0.3).build())
                .run(chargesOnce);

        assertThat(result.passed()).isFalse();
        assertThatThrownBy(result::assertNoFailure)
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("of 200 (random, seed = ")
                .hasMessageContaining("==> expected: <1> but was: <2>");
    }
}
