package dev.eventtestkit.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.examples.payments.PaymentRequested;
import dev.eventtestkit.explore.Explorer;
import dev.eventtestkit.explore.Scenario;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** README's "One world, four faces" snippet: the fake broker face and the explorer face, run for real. */
class ReadmeExamplesTest {

    /** Charges each order once, however often its request is delivered. */
    static final class Billing {
        final Set<String> charged = new HashSet<>();
        int deliveries;

        void on(PaymentRequested request) {
            deliveries++;
            charged.add(request.orderId());
        }
    }

    @Test
    void theFakeBrokerDeliversWithFaultsAndValidatesEveryPublish() {
        EventContracts contracts = EventContracts.load(RepositoryRoot.schemas());
        Billing billing = new Billing();

        FakeBroker broker = FakeBroker.builder()
                .seed(42L)
                .faults(Faults.builder().duplicates(0.3).crashBeforeAck(0.1).reorder(true).build())
                .contracts(contracts)
                .build();
        broker.subscribe("payments", "billing", message -> billing.on(message.payloadAs(PaymentRequested.class)));
        broker.publish("payments", "o-1", new PaymentRequested("o-1", 100));
        broker.clock().advance(Duration.ofMinutes(30));

        assertThat(billing.charged).containsExactly("o-1");
        assertThat(billing.deliveries).isPositive();
        assertThat(contracts.coverage().exercised()).hasToString("[PaymentRequested v1]");
    }

    @Test
    void theExplorerFindsNoScheduleThatChargesTwice() {
        Scenario scenario = broker -> {
            Billing billing = new Billing();
            broker.subscribe("payments", "billing", message -> billing.on(message.payloadAs(PaymentRequested.class)));
            broker.publish("payments", "o-1", new PaymentRequested("o-1", 100));
            broker.publish("payments", "o-2", new PaymentRequested("o-2", 250));
            broker.runUntilIdle();
            assertThat(billing.charged).containsExactlyInAnyOrder("o-1", "o-2");
        };

        Explorer.random(200).faults(Faults.builder().duplicates(0.3).build()).run(scenario).assertNoFailure();
    }
}
