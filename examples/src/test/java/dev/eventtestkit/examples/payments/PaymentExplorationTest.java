package dev.eventtestkit.examples.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.examples.support.ExampleContracts;
import dev.eventtestkit.explore.ExplorationFailure;
import dev.eventtestkit.explore.ExplorationResult;
import dev.eventtestkit.explore.Explorer;
import dev.eventtestkit.explore.Scenario;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** The payments consumer under many schedules of duplicates and lost acks: charged once, or caught. */
class PaymentExplorationTest {

    private static final Faults DUPLICATES = Faults.builder().duplicates(0.3).crashBeforeAck(0.1).build();

    @Test
    void chargesEachOrderOnceUnderEverySchedule() {
        ExplorationResult result = Explorer.random(200).seed(42L).faults(DUPLICATES)
                .configure(ExampleContracts.validating())
                .run(chargesOnce((broker, gateway) -> new PaymentService(broker, gateway,
                        new InMemoryProcessedPayments())::onMessage));

        result.assertNoFailure();
        assertThat(result.schedulesRun()).isEqualTo(200);
        assertThat(result.distinctTraces()).isGreaterThan(20);
    }

    @Test
    void catchesTheNonIdempotentHandlerChargingTwiceAndPrintsTheSeedAndTheReplay() {
        ExplorationResult result = Explorer.random(200).seed(42L).faults(DUPLICATES)
                .configure(ExampleContracts.validating())
                .run(chargesOnce(NonIdempotentPaymentHandler::new));

        ExplorationFailure failure = result.failure().orElseThrow();
        assertThat(failure.seed()).isEqualTo(42L);
        assertThat(failure.report()).startsWith(""
                + "schedule 1 of 200 (random, seed = 42) failed: org.opentest4j.AssertionFailedError:"
                + " charges per order ==> expected: <{o-1=1, o-2=1}> but was: <{o-1=1, o-2=2}>\n"
                + "\n"
                + "Replay it:\n"
                + "  @Interleavings(value = 1, seed = 42L)\n"
                + "  Explorer.replay(42L).faults(Faults.builder().duplicates(0.3).crashBeforeAck(0.1).build())"
                + ".run(scenario)\n");
        assertThat(failure.report()).contains("fault duplicate: acked, delivered again");
        assertThat(Explorer.replay(failure.seed()).faults(DUPLICATES).configure(ExampleContracts.validating())
                .run(chargesOnce(NonIdempotentPaymentHandler::new)).passed()).isFalse();
    }

    /** Two orders, each requested once; whatever the broker does, each is charged exactly once. */
    private static Scenario chargesOnce(
            BiFunction<dev.eventtestkit.broker.Broker, PaymentGateway, dev.eventtestkit.broker.MessageHandler> consumer) {
        return broker -> {
            FakePaymentGateway gateway = new FakePaymentGateway();
            broker.subscribe(PaymentService.REQUESTS, PaymentService.GROUP, consumer.apply(broker, gateway));

            broker.publish(PaymentService.REQUESTS, "o-1", new PaymentRequested("o-1", 100));
            broker.publish(PaymentService.REQUESTS, "o-2", new PaymentRequested("o-2", 200));
            broker.runUntilIdle();

            gateway.assertChargedOnce("o-1", "o-2");
        };
    }
}
