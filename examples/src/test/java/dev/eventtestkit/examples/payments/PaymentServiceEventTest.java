package dev.eventtestkit.examples.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.MessageHandler;
import dev.eventtestkit.examples.orders.OrderEvent.OrderCancelled;
import dev.eventtestkit.examples.orders.process.OrderProcess;
import dev.eventtestkit.examples.support.OnlyInEngineTestKit;
import dev.eventtestkit.examples.support.Scenarios;
import dev.eventtestkit.junit5.EventTest;
import dev.eventtestkit.junit5.Interleavings;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * The payments service with the JUnit face of the kit: {@code @EventTest} hands each test a fresh fake broker
 * that validates every publish against {@code schemas/}, and {@code @Interleavings} runs one method under many
 * schedules of duplicates and lost acks.
 */
@EventTest(schemas = "schemas")
class PaymentServiceEventTest {

    @Test
    @EventTest(schemas = "schemas", duplicates = 1.0)
    void chargesOnceWhenEveryRequestIsDeliveredTwice(FakeBroker broker) {
        FakePaymentGateway gateway = new FakePaymentGateway();
        new PaymentService(broker, gateway, new InMemoryProcessedPayments()).subscribe();

        broker.publish(PaymentService.REQUESTS, "o-1", new PaymentRequested("o-1", 2500));
        broker.runUntilIdle();

        assertThat(broker.trace().faults()).hasSize(1);
        gateway.assertChargedOnce("o-1");
        assertThat(PaymentServiceBehaviourTest.events(broker))
                .containsExactly("PaymentProcessed {\"orderId\":\"o-1\",\"paymentId\":\"pay-o-1\"}");
    }

    @Test
    void failsADeclinedPaymentAndRefundsACancelledPaidOrder(FakeBroker broker) {
        FakePaymentGateway gateway = new FakePaymentGateway("o-2");
        new PaymentService(broker, gateway, new InMemoryProcessedPayments()).subscribe();

        broker.publish(PaymentService.REQUESTS, "o-1", new PaymentRequested("o-1", 2500));
        broker.publish(PaymentService.REQUESTS, "o-2", new PaymentRequested("o-2", 900));
        broker.runUntilIdle();
        broker.publish(OrderProcess.ORDERS, "o-1", new OrderCancelled("o-1", "customer asked"));
        broker.runUntilIdle();

        assertThat(gateway.refunds()).containsExactly("pay-o-1 2500");
        assertThat(PaymentServiceBehaviourTest.events(broker)).containsExactly(
                "PaymentProcessed {\"orderId\":\"o-1\",\"paymentId\":\"pay-o-1\"}",
                "PaymentFailed {\"orderId\":\"o-2\",\"reason\":\"insufficient funds\"}",
                "RefundIssued {\"orderId\":\"o-1\",\"paymentId\":\"pay-o-1\",\"amount\":2500}");
    }

    @Nested
    @EventTest(schemas = "schemas", duplicates = 0.3, crashBeforeAck = 0.1)
    class UnderDuplicatesAndLostAcks {

        @Interleavings(200)
        void chargesEachOrderOnce(FakeBroker broker) {
            chargesOnce(broker, (b, gateway) -> new PaymentService(b, gateway,
                    new InMemoryProcessedPayments())::onMessage);
        }
    }

    @Test
    void interleavingsCatchTheNonIdempotentHandlerAndPrintTheSeedTheReplayAndTheTimeline(
            @TempDir Path coverage) {
        EngineExecutionResults results = Scenarios.run(coverage, NonIdempotent.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        assertThat(Scenarios.startedTests(results)).isEqualTo("schedule 1 (seed 0), schedule 2 (seed 7960286522194355700)");
        assertThat(Scenarios.failureMessage(results)).isEqualTo("""
                schedule 2 of 200 (random, seed = 7960286522194355700) failed: org.opentest4j.AssertionFailedError: charges per order ==> expected: <{o-1=1, o-2=1}> but was: <{o-1=1, o-2=2}>

                Replay it:
                  @Interleavings(value = 1, seed = 7960286522194355700L)
                  Explorer.replay(7960286522194355700L).faults(Faults.builder().duplicates(0.3).crashBeforeAck(0.1).build()).run(scenario)

                Not shrunk: nothing can be removed (1 fault and 0 departures from the default order).
                1-minimal: without any one of these it passes:
                  fault duplicate: payments[0]@1 to payments, attempt 1
                time                      step  position             group     attempt  event
                2026-01-01T00:00:00.000Z  -     payments[0]@0        -         -        publish PaymentRequested v1 key=o-1
                2026-01-01T00:00:00.000Z  -     payments[0]@1        -         -        publish PaymentRequested v1 key=o-2
                2026-01-01T00:00:00.000Z  1     payments[0]@0        payments  1        deliver to instance 1
                2026-01-01T00:00:00.000Z  1     payment-events[0]@0  -         -        publish PaymentProcessed v1 key=o-1
                2026-01-01T00:00:00.000Z  1     payments[0]@0        payments  1        ack
                2026-01-01T00:00:00.000Z  2     payments[0]@1        payments  1        deliver to instance 1
                2026-01-01T00:00:00.000Z  2     payment-events[0]@1  -         -        publish PaymentProcessed v1 key=o-2
                2026-01-01T00:00:00.000Z  2     payments[0]@1        payments  1        ack
                2026-01-01T00:00:00.000Z  2     payments[0]@1        payments  1        fault duplicate: acked, delivered again
                2026-01-01T00:00:00.000Z  3     payments[0]@1        payments  2        deliver to instance 1
                2026-01-01T00:00:00.000Z  3     payment-events[0]@2  -         -        publish PaymentProcessed v1 key=o-2
                2026-01-01T00:00:00.000Z  3     payments[0]@1        payments  2        ack
                """ + "\n" + Scenarios.report(NonIdempotent.class, "chargesEachOrderOnce", "seed-7960286522194355700"));
    }

    @Test
    void thePrintedSeedReplaysTheSameFailure(@TempDir Path coverage) {
        String original = Scenarios.failureMessage(Scenarios.run(coverage, NonIdempotent.class));

        EngineExecutionResults replay = Scenarios.run(coverage, NonIdempotentReplay.class);

        replay.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        assertThat(Scenarios.startedTests(replay)).isEqualTo("schedule 1 (seed 7960286522194355700)");
        assertThat(Scenarios.failureMessage(replay))
                .isEqualTo(original.replace("schedule 2 of 200 (random", "schedule 1 of 1 (random").replace("_NonIdempotent.", "_NonIdempotentReplay."))
                .startsWith("schedule 1 of 1 (random, seed = 7960286522194355700) failed: ");
    }

    /** DELIBERATELY FAILING: the non-idempotent handler under the same schedules. */
    @OnlyInEngineTestKit
    @EventTest(schemas = "schemas", duplicates = 0.3, crashBeforeAck = 0.1)
    static class NonIdempotent {

        @Interleavings(200)
        void chargesEachOrderOnce(FakeBroker broker) {
            chargesOnce(broker, NonIdempotentPaymentHandler::new);
        }
    }

    /** DELIBERATELY FAILING: the printed replay annotation pasted in place of {@code @Interleavings(200)}. */
    @OnlyInEngineTestKit
    @EventTest(schemas = "schemas", duplicates = 0.3, crashBeforeAck = 0.1)
    static class NonIdempotentReplay {

        @Interleavings(value = 1, seed = 7960286522194355700L)
        void chargesEachOrderOnce(FakeBroker broker) {
            chargesOnce(broker, NonIdempotentPaymentHandler::new);
        }
    }

    /** Two orders, each requested once; whatever the broker does, each is charged exactly once. */
    static void chargesOnce(FakeBroker broker,
            BiFunction<FakeBroker, PaymentGateway, MessageHandler> consumer) {
        FakePaymentGateway gateway = new FakePaymentGateway();
        broker.subscribe(PaymentService.REQUESTS, PaymentService.GROUP, consumer.apply(broker, gateway));

        broker.publish(PaymentService.REQUESTS, "o-1", new PaymentRequested("o-1", 100));
        broker.publish(PaymentService.REQUESTS, "o-2", new PaymentRequested("o-2", 200));
        broker.runUntilIdle();

        gateway.assertChargedOnce("o-1", "o-2");
    }
}
