package dev.eventtestkit.cucumber;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opentest4j.AssertionFailedError;

/** Failure messages of the aggregate steps, pinned whole: failing/recorded.feature run on the Cucumber engine. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AggregateFailuresTest {

    private FeatureRun run;

    @BeforeAll
    void runTheFeature() {
        run = FeatureRun.of("failing/recorded.feature");
    }

    @Test
    void failsEveryScenario() {
        run.tests().assertStatistics(stats -> stats.started(8).failed(8).succeeded(0));
    }

    @Test
    void namesTheDifferingFieldByItsJsonPointer() {
        assertThat(run.failure("a listed field differs"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("""
                        Expected these events recorded by the order "o-1" after the command PayOrder, in order (fields not listed are ignored):
                          1. OrderPaid {"orderId":"o-2"}
                        but it recorded 1 event:
                          1. OrderPaid {"orderId":"o-1"}
                        differences:
                          event 1 OrderPaid /orderId: expected "o-2" but was "o-1\"""");
    }

    @Test
    void listsEveryPositionWhoseTypeDiffersOrIsMissing() {
        assertThat(run.failure("an event is missing and the types differ"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("""
                        Expected these events recorded by the order "o-1" after the command PlaceOrder, in order (fields not listed are ignored):
                          1. OrderPaid {"orderId":"o-1"}
                          2. OrderPlaced {"orderId":"o-1","amount":120}
                        but it recorded 1 event:
                          1. OrderPlaced {"orderId":"o-1","amount":100}
                        differences:
                          event 1: expected OrderPaid but was OrderPlaced
                          event 2: expected OrderPlaced but there is none""");
    }

    @Test
    void showsTheRejectionWhenEventsWereExpected() {
        assertThat(run.failure("rejected instead of recording events"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("""
                        Expected these events recorded by the order "o-1" after the command ShipOrder, but it was rejected with java.lang.IllegalStateException: not paid
                        expected:
                          1. OrderShipped {"orderId":"o-1"}""");
    }

    @Test
    void showsTheRecordedEventsWhenARejectionWasExpected() {
        assertThat(run.failure("accepted instead of rejected"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("""
                        Expected the command PayOrder to be rejected with "not placed", but it was accepted; the order "o-1" recorded:
                          1. OrderPaid {"orderId":"o-1"}""");
    }

    @Test
    void showsTheOtherRejection() {
        assertThat(run.failure("rejected with another message"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("""
                        Expected the command ShipOrder to be rejected with "already shipped", but it was rejected with java.lang.IllegalStateException: not paid""");
    }

    @Test
    void namesTheViolatedContractOfARecordedEvent() {
        assertThat(run.failure("a recorded event breaks its contract"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("""
                        Expected every recorded event to conform to its contract in target/test-classes/schemas, but 1 violation was found among 1 event:
                          recorded event 1 OrderPlaced v1: #/amount: minimum: must have a minimum value of 1 (target/test-classes/schemas/orders/OrderPlaced/v1.json)""");
    }

    @Test
    void saysHowMuchTimePassedWhenADeadlineDidNotFire() {
        assertThat(run.failure("a deadline that has not come yet"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("""
                        Expected these events recorded by the order "o-1" after 10 minutes passed, in order (fields not listed are ignored):
                          1. OrderCancelled {"orderId":"o-1"}
                        but it recorded 0 events:
                          (no events)
                        differences:
                          event 1: expected OrderCancelled but there is none""");
    }

    @Test
    void showsWhatTheDeadlinesRecordedWhenARejectionWasExpected() {
        assertThat(run.failure("no deadline command was rejected"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("""
                        Expected a deadline command to be rejected, but none was; the order "o-1" recorded:
                          1. OrderCancelled {"orderId":"o-1","reason":"payment timeout"}""");
    }
}
