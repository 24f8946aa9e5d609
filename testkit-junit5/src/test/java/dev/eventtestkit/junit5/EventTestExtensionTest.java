package dev.eventtestkit.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.broker.QueueBroker;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.junit5.Events.OrderPlaced;
import dev.eventtestkit.time.VirtualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

class EventTestExtensionTest {

    @TempDir
    Path coverage;

    @Test
    void injectsTheBrokerItsClockAndTheContracts() {
        EngineExecutionResults results = Scenarios.run(coverage, Injection.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @OnlyInEngineTestKit
    @EventTest(schemas = Events.SHOP)
    static class Injection {
        @Test
        void resolves(FakeBroker broker, Broker asInterface, QueueBroker queues, VirtualClock clock,
                EventContracts contracts) {
            assertThat(asInterface).isSameAs(broker);
            assertThat(queues).isSameAs(broker);
            assertThat(clock).isSameAs(broker.clock());
            assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
            assertThat(contracts.subjects()).containsExactly("OrderPlaced", "PaymentCharged");
            assertThat(broker.seed()).isZero();
            assertThat(broker.faults()).isEqualTo(Faults.none());
        }
    }

    @Test
    void givesEveryTestAFreshBrokerAndClock() {
        EngineExecutionResults results = Scenarios.run(coverage, FreshWorld.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @OnlyInEngineTestKit
    @EventTest
    @TestMethodOrder(MethodOrderer.MethodName.class)
    static class FreshWorld {
        @Test
        void first(FakeBroker broker, VirtualClock clock) {
            publishOneAndAdvance(broker, clock);
        }

        @Test
        void second(FakeBroker broker, VirtualClock clock) {
            publishOneAndAdvance(broker, clock);
        }

        private static void publishOneAndAdvance(FakeBroker broker, VirtualClock clock) {
            assertThat(broker.messages("orders")).isEmpty();
            assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
            broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
            clock.advance(Duration.ofHours(1));
        }
    }

    @Test
    void appliesTheOptionsOfTheAnnotationOnTheClassAndOnTheMethod() {
        EngineExecutionResults results = Scenarios.run(coverage, Options.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @OnlyInEngineTestKit
    @EventTest(seed = 42L, duplicates = 0.25, crashBeforeAck = 0.5, reorder = true, maxDelayMillis = 250,
            maxAttempts = 5, backoffMillis = 100, start = "2030-06-01T12:00:00Z")
    static class Options {
        @Test
        void fromTheClass(FakeBroker broker) {
            assertThat(broker.seed()).isEqualTo(42L);
            assertThat(broker.faults()).isEqualTo(Faults.builder().duplicates(0.25).crashBeforeAck(0.5).reorder(true)
                    .delay(Duration.ofMillis(250)).build());
            assertThat(broker.clock().instant()).isEqualTo(Instant.parse("2030-06-01T12:00:00Z"));
        }

        @Test
        @EventTest(maxAttempts = 2, backoffMillis = {})
        void fromTheMethod(FakeBroker broker) {
            broker.subscribe("orders", "billing", message -> {
                throw new IllegalStateException("down");
            });
            broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
            broker.runUntilIdle();
            assertThat(broker.seed()).isZero();
            assertThat(broker.faults()).isEqualTo(Faults.none());
            assertThat(broker.deadLetterDetails("orders", "billing")).hasSize(1);
            assertThat(broker.trace().entries().stream().filter(e -> e.detail().startsWith("deliver"))).hasSize(2);
        }
    }

    @Test
    void appliesTheClassAnnotationToNestedClasses() {
        EngineExecutionResults results = Scenarios.run(coverage, Outer.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @OnlyInEngineTestKit
    @EventTest(seed = 7L, schemas = Events.SHOP)
    static class Outer {
        @Nested
        class Inner {
            @Test
            void seesTheOuterOptions(FakeBroker broker, EventContracts contracts) {
                assertThat(broker.seed()).isEqualTo(7L);
                assertThat(contracts.subjects()).contains("PaymentCharged");
            }
        }
    }

    @Test
    void validatesEveryPublishAgainstTheContracts() {
        EngineExecutionResults results = Scenarios.run(coverage, Validation.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        assertThat(Scenarios.failureMessage(results)).isEqualTo("""
                PaymentCharged v1 does not match its contract src/test/resources/contracts/shop/payments/PaymentCharged/v1.json:
                  #/amount: minimum: must have a minimum value of 1
                payload: {"orderId":"o-1","amount":-5}

                FakeBroker timeline (seed 0, Faults.none()): empty, nothing was published
                """ + Scenarios.report(Validation.class, "publishesANegativeCharge", "seed-0") + "\n");
    }

    @OnlyInEngineTestKit
    @EventTest(schemas = Events.SHOP)
    static class Validation {
        @Test
        void publishesANegativeCharge(FakeBroker broker) {
            broker.publish("payments", "o-1", new Events.PaymentCharged("o-1", -5));
        }
    }

    @Test
    void appendsTheTimelineToAFailureKeepingExpectedActualAndCause() {
        EngineExecutionResults results = Scenarios.run(coverage, FailingAssertion.class);

        Throwable failure = Scenarios.failure(results);
        assertThat(failure).isInstanceOf(AssertionFailedError.class).hasMessage("""
                expected: <1> but was: <2>

                FakeBroker timeline (seed 0, Faults.none()):
                time                      step  position     group    attempt  event
                2026-01-01T00:00:00.000Z  -     orders[0]@0  -        -        publish OrderPlaced v1 key=o-1
                2026-01-01T00:00:00.000Z  1     orders[0]@0  billing  1        deliver to instance 1
                2026-01-01T00:00:00.000Z  1     orders[0]@0  billing  1        ack
                """ + Scenarios.report(FailingAssertion.class, "countsTwice", "seed-0") + "\n");
        AssertionFailedError assertion = (AssertionFailedError) failure;
        assertThat(assertion.getExpected().getValue()).isEqualTo(1);
        assertThat(assertion.getActual().getValue()).isEqualTo(2);
        assertThat(assertion.getCause()).isInstanceOf(AssertionFailedError.class).hasMessage("expected: <1> but was: <2>");
    }

    @Test
    void writesTheScheduleReportAndShowsPayloadsWhenConfigured() throws Exception {
        java.nio.file.Path report = dev.eventtestkit.report.html.ReportFiles.file(
                FailingAssertion.class.getName() + ".countsTwice", "seed-0").toAbsolutePath();
        java.nio.file.Files.deleteIfExists(report);

        EngineExecutionResults results = Scenarios.run(coverage, FailingAssertion.class,
                java.util.Map.of(Timelines.PAYLOADS, "true"));

        assertThat(Scenarios.failureMessage(results)).endsWith("""
                2026-01-01T00:00:00.000Z  -     orders[0]@0  -        -        publish OrderPlaced v1 key=o-1
                                                                               payload {"orderId":"o-1","amount":100}
                2026-01-01T00:00:00.000Z  1     orders[0]@0  billing  1        deliver to instance 1
                                                                               payload {"orderId":"o-1","amount":100}
                2026-01-01T00:00:00.000Z  1     orders[0]@0  billing  1        ack
                """ + Scenarios.report(FailingAssertion.class, "countsTwice", "seed-0") + "\n");
        assertThat(java.nio.file.Files.readString(report))
                .contains("<title>dev.eventtestkit.junit5.EventTestExtensionTest$FailingAssertion.countsTwice</title>")
                .contains("<pre class=\"failure\">org.opentest4j.AssertionFailedError: expected: &lt;1&gt; but was: &lt;2&gt;</pre>")
                .contains("<g class=\"a k-ack\" data-i=\"2\">");
    }

    @OnlyInEngineTestKit
    @EventTest
    static class FailingAssertion {
        @Test
        void countsTwice(FakeBroker broker) {
            int[] charges = {0};
            broker.subscribe("orders", "billing", message -> charges[0]++);
            broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
            broker.runUntilIdle();
            assertEquals(1, charges[0] + 1);
        }
    }

    @Test
    void wrapsAnyOtherExceptionWithTheTimeline() {
        EngineExecutionResults results = Scenarios.run(coverage, FailingWithException.class);

        Throwable failure = Scenarios.failure(results);
        assertThat(failure).isInstanceOf(AssertionFailedError.class).hasMessage("""
                java.lang.IllegalStateException: no stock for o-1

                FakeBroker timeline (seed 0, Faults.none()):
                time                      step  position     group  attempt  event
                2026-01-01T00:00:00.000Z  -     orders[0]@0  -      -        publish OrderPlaced v1 key=o-1
                """ + Scenarios.report(FailingWithException.class, "throwsOnTheTestThread", "seed-0") + "\n")
                .cause().isInstanceOf(IllegalStateException.class).hasMessage("no stock for o-1");
    }

    @OnlyInEngineTestKit
    @EventTest
    static class FailingWithException {
        @Test
        void throwsOnTheTestThread(FakeBroker broker) {
            broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
            throw new IllegalStateException("no stock for o-1");
        }
    }

    @Test
    void leavesAFailureAloneWhenTheTestHadNoBroker() {
        EngineExecutionResults results = Scenarios.run(coverage, NoBroker.class);

        assertThat(Scenarios.failureMessage(results)).isEqualTo("expected: <1> but was: <2>");
    }

    @OnlyInEngineTestKit
    @EventTest
    static class NoBroker {
        @Test
        void failsWithoutTheWorld() {
            assertEquals(1, 2);
        }
    }

    @Test
    void explainsThatContractsNeedAFolder() {
        EngineExecutionResults results = Scenarios.run(coverage, ContractsWithoutFolder.class);

        assertThat(Scenarios.failureMessage(results)).isEqualTo("an EventContracts parameter needs the folder to load: "
                + "annotate the test or its class with @EventTest(schemas = \"schemas\")");
    }

    @OnlyInEngineTestKit
    @EventTest
    static class ContractsWithoutFolder {
        @Test
        void asksForContracts(EventContracts contracts) {}
    }

    @Test
    void namesTheFolderItCouldNotFind() {
        EngineExecutionResults results = Scenarios.run(coverage, MissingFolder.class);

        assertThat(Scenarios.failureMessage(results)).isEqualTo("Failed to resolve parameter [dev.eventtestkit.broker."
                + "FakeBroker broker] in method [void dev.eventtestkit.junit5.EventTestExtensionTest$MissingFolder."
                + "asksForABroker(dev.eventtestkit.broker.FakeBroker)]: @EventTest(schemas = \"no-such-contracts\"): "
                + "no folder no-such-contracts in " + Path.of("").toAbsolutePath() + " or in any folder above it");
    }

    @OnlyInEngineTestKit
    @EventTest(schemas = "no-such-contracts")
    static class MissingFolder {
        @Test
        void asksForABroker(FakeBroker broker) {}
    }

    @Test
    void findsTheFolderInADirectoryAboveTheWorkingDirectory() {
        assertThat(LoadedContracts.locate("testkit-core/src/main")).isEqualTo(Path.of("../testkit-core/src/main"));
        assertThat(LoadedContracts.locate(Events.SHOP)).isEqualTo(Path.of(Events.SHOP));
        assertThatThrownBy(() -> LoadedContracts.locate("nowhere")).hasMessageStartingWith(
                "@EventTest(schemas = \"nowhere\"): no folder nowhere in ");
    }
}
