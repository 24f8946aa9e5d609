package dev.eventtestkit.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCreated;
import dev.eventtestkit.junit5.EventTest;
import dev.eventtestkit.time.VirtualClock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The first example of docs/junit5.md: {@code @EventTest} injects the broker, its clock and the contracts. */
@EventTest(schemas = "schemas")
class PaymentsTest {

    /** Charges each order it is handed. */
    static final class Billing {
        private final Map<String, Integer> charges = new HashMap<>();

        void on(Message message) {
            charges.merge(message.payloadAs(OrderCreated.class).orderId(), 1, Integer::sum);
        }

        int charges(String orderId) {
            return charges.getOrDefault(orderId, 0);
        }
    }

    private final Billing billing = new Billing();

    @Test
    void paysOnce(FakeBroker broker, VirtualClock clock, EventContracts contracts) {
        broker.subscribe("orders", "billing", billing::on);
        broker.publish("orders", "o-1", new OrderCreated("o-1", 100));
        clock.advance(Duration.ofMinutes(30));
        assertEquals(1, billing.charges("o-1"));
        assertThat(contracts.subjects()).contains("OrderCreated");
    }
}
