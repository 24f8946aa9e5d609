package dev.eventtestkit.cucumber;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opentest4j.AssertionFailedError;

/** Failure messages of the broker steps, pinned whole: failing/broker.feature run on the Cucumber engine. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokerFailuresTest {

    private FeatureRun run;

    @BeforeAll
    void runTheFeature() {
        run = FeatureRun.of("failing/broker.feature");
    }

    @Test
    void failsEveryScenario() {
        run.tests().assertStatistics(stats -> stats.started(7).failed(7).succeeded(0));
    }

    @Test
    void countsPublishedEventsAndPrintsTheSeed() {
        assertThat(run.failure("a consumer that is not idempotent sends two receipts"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("""
                        Expected exactly 1 "ReceiptSent" published to "receipts", but found 2; "receipts" holds:
                          receipts[0]@0 ReceiptSent key=o-1 {"orderId":"o-1"}
                          receipts[0]@1 ReceiptSent key=o-1 {"orderId":"o-1"}
                        seed: 42 (the same seed replays this run: Given the seed is 42)""");
    }

    @Test
    void comparesKeysAndFieldsOfThePublishedSequence() {
        assertThat(run.failure("the published sequence differs"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("""
                        Expected these events published to "payment-events", in order (fields not listed are ignored):
                          1. PaymentProcessed key=o-2 {"orderId":"o-1","amount":150}
                        but it holds 1 event:
                          1. PaymentProcessed key=o-1 {"orderId":"o-1","amount":100}
                        differences:
                          event 1 PaymentProcessed key: expected o-2 but was o-1
                          event 1 PaymentProcessed /amount: expected 150 but was 100
                        seed: 0 (the same seed replays this run: Given the seed is 0)""");
    }

    @Test
    void listsWhatWasPublishedWhereNothingShouldBe() {
        assertThat(run.failure("something was published where nothing should be"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("""
                        Expected nothing published to "payment-events", but it holds 1 event:
                          payment-events[0]@0 PaymentProcessed key=o-1 {"orderId":"o-1","amount":100}
                        seed: 0 (the same seed replays this run: Given the seed is 0)""");
    }

    @Test
    void listsEachDeadLetterWithItsLastFailure() {
        assertThat(run.failure("a message was dead-lettered"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("""
                        Expected no message dead-lettered, but 1 message was:
                          payments[0]@0 PaymentRequested key=o-7 {"orderId":"o-7","amount":5000} by billing after 3 failures: java.lang.IllegalStateException: card declined for o-7
                        seed: 0 (the same seed replays this run: Given the seed is 0)""");
    }

    @Test
    void pointsAtRetriesStillWaitingOnTheClock() {
        assertThat(run.failure("fewer dead letters than expected"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("""
                        Expected 1 message dead-lettered from "payments" by "billing", but found 0:
                          (none)
                        still waiting on the virtual clock: 1 timer(s), the next at 2026-01-01T00:00:01Z (retries, delays or deadlines: let time pass before this step to see them)
                        seed: 0 (the same seed replays this run: Given the seed is 0)""");
    }

    @Test
    void listsEveryPublishedEventThatBreaksItsContract() {
        assertThat(run.failure("a published event breaks its contract"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("""
                        Expected every published event to conform to its contract in target/test-classes/schemas, but 2 violations were found among 3 events:
                          payments[0]@0 PaymentRequested v1: #/amount: minimum: must have a minimum value of 1 (target/test-classes/schemas/payments/PaymentRequested/v1.json)
                          payment-events[0]@0 PaymentProcessed v1: #/amount: minimum: must have a minimum value of 1 (target/test-classes/schemas/payments/PaymentProcessed/v1.json)
                        seed: 0 (the same seed replays this run: Given the seed is 0)""");
    }

    @Test
    void suggestsTheClosestTypeInExpectations() {
        assertThat(run.failure("a misspelt type in an expectation"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("""
                        unknown event type "PaymentProcesed"; did you mean "PaymentProcessed"? registered: OrderCancelled, OrderPaid, OrderPlaced, OrderShipped, PaymentProcessed, PaymentRequested, ReceiptSent, StockReceived, StockReserved""");
    }
}
