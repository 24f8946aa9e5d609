package dev.eventtestkit.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.QueueBroker;
import dev.eventtestkit.junit5.Events.OrderPlaced;
import dev.eventtestkit.junit5.Events.PaymentCharged;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

class InterleavingsTest {

    @TempDir
    Path coverage;

    @Test
    void catchesANonIdempotentConsumerUnderDuplicatesAndShrinksTheSchedule() {
        EngineExecutionResults results = Scenarios.run(coverage, NonIdempotent.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        assertThat(Scenarios.startedTests(results)).isEqualTo("schedule 1 (seed 0)");
        Throwable failure = Scenarios.failure(results);
        assertThat(failure).isInstanceOf(AssertionFailedError.class).hasMessage("""
                schedule 1 of 20 (random, seed = 0) failed: org.opentest4j.AssertionFailedError: expected: <{o-1=1, o-2=1, o-3=1}> but was: <{o-1=1, o-2=3, o-3=1}>

                Replay it:
                  @Interleavings(value = 1, seed = 0L)
                  Explorer.replay(0L).faults(Faults.builder().duplicates(0.5).build()).run(scenario)

                Shrunk to 1 fault and 0 departures from the default order (the original had 2 faults and 1 departure from the default order):
                  Explorer.replay(Schedule.of(0L, 0, 0, 1)).faults(Faults.builder().duplicates(0.5).build()).run(scenario)
                  failed: org.opentest4j.AssertionFailedError: expected: <{o-1=1, o-2=1, o-3=1}> but was: <{o-1=1, o-2=1, o-3=2}>
                time                      step  position     group    attempt  event
                2026-01-01T00:00:00.000Z  -     orders[0]@0  -        -        publish OrderPlaced v1 key=o-1
                2026-01-01T00:00:00.000Z  -     orders[0]@1  -        -        publish OrderPlaced v1 key=o-2
                2026-01-01T00:00:00.000Z  -     orders[0]@2  -        -        publish OrderPlaced v1 key=o-3
                2026-01-01T00:00:00.000Z  1     orders[0]@0  billing  1        deliver to instance 1
                2026-01-01T00:00:00.000Z  1     orders[0]@0  billing  1        ack
                2026-01-01T00:00:00.000Z  2     orders[0]@1  billing  1        deliver to instance 1
                2026-01-01T00:00:00.000Z  2     orders[0]@1  billing  1        ack
                2026-01-01T00:00:00.000Z  3     orders[0]@2  billing  1        deliver to instance 1
                2026-01-01T00:00:00.000Z  3     orders[0]@2  billing  1        ack
                2026-01-01T00:00:00.000Z  3     orders[0]@2  billing  1        fault duplicate: acked, delivered again
                2026-01-01T00:00:00.000Z  4     orders[0]@2  billing  2        deliver to instance 1
                2026-01-01T00:00:00.000Z  4     orders[0]@2  billing  2        ack

                Original schedule:
                time                      step  position     group    attempt  event
                2026-01-01T00:00:00.000Z  -     orders[0]@0  -        -        publish OrderPlaced v1 key=o-1
                2026-01-01T00:00:00.000Z  -     orders[0]@1  -        -        publish OrderPlaced v1 key=o-2
                2026-01-01T00:00:00.000Z  -     orders[0]@2  -        -        publish OrderPlaced v1 key=o-3
                2026-01-01T00:00:00.000Z  1     orders[0]@0  billing  1        deliver to instance 1
                2026-01-01T00:00:00.000Z  1     orders[0]@0  billing  1        ack
                2026-01-01T00:00:00.000Z  2     orders[0]@1  billing  1        deliver to instance 1
                2026-01-01T00:00:00.000Z  2     orders[0]@1  billing  1        ack
                2026-01-01T00:00:00.000Z  2     orders[0]@1  billing  1        fault duplicate: acked, delivered again
                2026-01-01T00:00:00.000Z  3     orders[0]@2  billing  1        deliver to instance 1
                2026-01-01T00:00:00.000Z  3     orders[0]@2  billing  1        ack
                2026-01-01T00:00:00.000Z  4     orders[0]@1  billing  2        deliver to instance 1
                2026-01-01T00:00:00.000Z  4     orders[0]@1  billing  2        ack
                2026-01-01T00:00:00.000Z  4     orders[0]@1  billing  2        fault duplicate: acked, delivered again
                2026-01-01T00:00:00.000Z  5     orders[0]@1  billing  3        deliver to instance 1
                2026-01-01T00:00:00.000Z  5     orders[0]@1  billing  3        ack
                """);
        assertThat(failure.getCause()).isInstanceOf(AssertionFailedError.class)
                .hasMessage("expected: <{o-1=1, o-2=1, o-3=1}> but was: <{o-1=1, o-2=3, o-3=1}>");
    }

    @OnlyInEngineTestKit
    @EventTest(duplicates = 0.5)
    static class NonIdempotent {
        @Interleavings(20)
        void chargesEachOrderOnce(FakeBroker broker) {
            Map<String, Integer> charges = new TreeMap<>();
            broker.subscribe("orders", "billing", message -> charges.merge(message.key(), 1, Integer::sum));
            broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
            broker.publish("orders", "o-2", new OrderPlaced("o-2", 250));
            broker.publish("orders", "o-3", new OrderPlaced("o-3", 75));
            broker.runUntilIdle();
            assertEquals(new TreeMap<>(Map.of("o-1", 1, "o-2", 1, "o-3", 1)), charges);
        }
    }

    @Test
    void stopsAtTheFirstFailingScheduleWithoutGeneratingTheRest() {
        EngineExecutionResults results = Scenarios.run(coverage, LaterFailure.class);

        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(2).failed(1));
        assertThat(Scenarios.startedTests(results)).isEqualTo("schedule 1 (seed 0), "
                + "schedule 2 (seed 7960286522194355700), schedule 3 (seed 487617019471545679)");
        assertThat(Scenarios.failureMessage(results)).startsWith("schedule 3 of 20 (random, seed = "
                + "487617019471545679) failed: org.opentest4j.AssertionFailedError: expected: <{o-1=1, o-2=1, o-3=1}> "
                + "but was: <{o-1=2, o-2=1, o-3=1}>\n\nReplay it:\n  @Interleavings(value = 1, seed = 487617019471545679L)\n");
    }

    @OnlyInEngineTestKit
    @EventTest(duplicates = 0.2)
    static class LaterFailure {
        /** State in a field: each re-run of the explorer gets a new instance, so runs do not pollute each other. */
        final Map<String, Integer> charges = new TreeMap<>();

        @Interleavings(20)
        void chargesEachOrderOnce(FakeBroker broker) {
            broker.subscribe("orders", "billing", message -> charges.merge(message.key(), 1, Integer::sum));
            broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
            broker.publish("orders", "o-2", new OrderPlaced("o-2", 250));
            broker.publish("orders", "o-3", new OrderPlaced("o-3", 75));
            broker.runUntilIdle();
            assertEquals(new TreeMap<>(Map.of("o-1", 1, "o-2", 1, "o-3", 1)), charges);
        }
    }

    @Test
    void replaysThePrintedSeedAndFailsTheSameWay() {
        String original = Scenarios.failureMessage(Scenarios.run(coverage, LaterFailure.class));

        EngineExecutionResults replay = Scenarios.run(coverage, Replay.class);

        replay.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        assertThat(Scenarios.startedTests(replay)).isEqualTo("schedule 1 (seed 487617019471545679)");
        assertThat(Scenarios.failureMessage(replay))
                .isEqualTo(original.replace("schedule 3 of 20 (random", "schedule 1 of 1 (random"));
    }

    @OnlyInEngineTestKit
    @EventTest(duplicates = 0.2)
    static class Replay extends LaterFailure {
        @Override
        @Interleavings(value = 1, seed = 487617019471545679L)
        void chargesEachOrderOnce(FakeBroker broker) {
            super.chargesEachOrderOnce(broker);
        }
    }

    @Test
    void runsEveryScheduleOfAnIdempotentConsumerWithAFreshBrokerEach() {
        EngineExecutionResults results = Scenarios.run(coverage, Idempotent.class);

        results.testEvents().assertStatistics(stats -> stats.started(10).succeeded(10));
        assertThat(Scenarios.startedTests(results)).startsWith("schedule 1 (seed 0), "
                + "schedule 2 (seed 7960286522194355700), schedule 3 (seed 487617019471545679), schedule 4 (seed ");
    }

    @OnlyInEngineTestKit
    @EventTest(duplicates = 0.5)
    static class Idempotent {
        @Interleavings(10)
        void chargesEachOrderOnce(FakeBroker broker) {
            assertThat(broker.messages("orders")).isEmpty();
            Set<String> seen = new HashSet<>();
            Map<String, Integer> charges = new TreeMap<>();
            broker.subscribe("orders", "billing", message -> {
                if (seen.add(message.id())) {
                    charges.merge(message.key(), 1, Integer::sum);
                }
            });
            broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
            broker.publish("orders", "o-2", new OrderPlaced("o-2", 250));
            broker.runUntilIdle();
            assertEquals(new TreeMap<>(Map.of("o-1", 1, "o-2", 1)), charges);
        }
    }

    @Test
    void raisesTheScheduleCountFromTheConfigurationButNotForAReplay() {
        Map<String, String> nightly = Map.of("eventtestkit.schedules", "15");

        EngineExecutionResults raised = Scenarios.run(coverage, Idempotent.class, nightly);
        EngineExecutionResults replay = Scenarios.run(coverage, Replay.class, nightly);

        raised.testEvents().assertStatistics(stats -> stats.started(15).succeeded(15));
        replay.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
    }

    @Test
    void saysSoWhenTheFailureDoesNotComeBackOnARerun() {
        FailsOnce.calls.set(0);

        EngineExecutionResults results = Scenarios.run(coverage, FailsOnce.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        assertThat(Scenarios.failureMessage(results)).isEqualTo("schedule 1 (seed 0) failed, but passed when the "
                + "exploration ran it again: the test depends on something outside the broker (state kept between runs, "
                + "wall-clock time, hash order); build everything it uses inside the test method\n"
                + "org.opentest4j.AssertionFailedError: first call ==> expected: <true> but was: <false>");
    }

    @OnlyInEngineTestKit
    static class FailsOnce {
        /** State outside the broker that outlives a run: what the message warns about. */
        static final AtomicInteger calls = new AtomicInteger();

        @Interleavings(5)
        void dependsOnAPreviousRun(FakeBroker broker) {
            assertTrue(calls.getAndIncrement() > 0, "first call");
        }
    }

    @Test
    void rejectsFewerThanOneSchedule() {
        EngineExecutionResults results = Scenarios.run(coverage, NoSchedules.class);

        Throwable failure = results.containerEvents().failed().list().get(0)
                .getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).orElseThrow();
        assertThat(failure).hasMessage("@Interleavings on nothing: value must be 1 or more, was 0");
    }

    @OnlyInEngineTestKit
    static class NoSchedules {
        @Interleavings(0)
        void nothing(FakeBroker broker) {}
    }

    @Test
    void walksEveryDeliveryOrderExhaustivelyInOneTest() {
        EngineExecutionResults results = Scenarios.run(coverage, OrderSensitive.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        assertThat(Scenarios.startedTests(results)).isEqualTo("exhaustive walk of up to 50 schedules");
        assertThat(Scenarios.failureMessage(results)).isEqualTo("""
                schedule 2 of at most 50 (exhaustive) failed: org.opentest4j.AssertionFailedError: payments of orders not seen yet ==> expected: <[]> but was: <[o-1]>

                Replay it:
                  Explorer.replay(Schedule.of(0L, 1)).run(scenario)

                Not shrunk: no schedule with fewer faults or departures from the default order fails this way (0 faults and 1 departure from the default order).
                time                      step  position       group       attempt  event
                2026-01-01T00:00:00.000Z  -     orders[0]@0    -           -        publish OrderPlaced v1 key=o-1
                2026-01-01T00:00:00.000Z  -     payments[0]@0  -           -        publish PaymentCharged v1 key=o-1
                2026-01-01T00:00:00.000Z  1     payments[0]@0  projection  1        deliver to instance 1
                2026-01-01T00:00:00.000Z  1     payments[0]@0  projection  1        ack
                2026-01-01T00:00:00.000Z  2     orders[0]@0    projection  1        deliver to instance 1
                2026-01-01T00:00:00.000Z  2     orders[0]@0    projection  1        ack
                """);
    }

    @OnlyInEngineTestKit
    static class OrderSensitive {
        @Interleavings(value = 50, exhaustive = true)
        void recordsPaymentsOfKnownOrders(FakeBroker broker) {
            Set<String> orders = new HashSet<>();
            List<String> unmatched = new ArrayList<>();
            broker.subscribe("orders", "projection", message -> orders.add(message.key()));
            broker.subscribe("payments", "projection", message -> {
                if (!orders.contains(message.key())) {
                    unmatched.add(message.key());
                }
            });
            broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
            broker.publish("payments", "o-1", new PaymentCharged("o-1", 100));
            broker.runUntilIdle();
            assertEquals(List.of(), unmatched, "payments of orders not seen yet");
        }
    }

    @Test
    void reportsHowManySchedulesAnExhaustiveWalkCovered() {
        EngineExecutionResults results = Scenarios.run(coverage, OrderInsensitive.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(Scenarios.reportEntries(results))
                .isEqualTo("eventtestkit.exploration = exhaustive: 2 schedule(s), 2 distinct by happens-before, 2 distinct trace(s), all of them, no failure");
    }

    @OnlyInEngineTestKit
    static class OrderInsensitive {
        @Interleavings(value = 50, exhaustive = true)
        void countsEverything(FakeBroker broker) {
            int[] seen = {0};
            broker.subscribe("orders", "counter", message -> seen[0]++);
            broker.subscribe("payments", "counter", message -> seen[0]++);
            broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
            broker.publish("payments", "o-1", new PaymentCharged("o-1", 100));
            broker.runUntilIdle();
            assertEquals(2, seen[0]);
        }
    }

    @Test
    void exploresCompetingConsumersOfAQueueThroughAQueueBrokerParameter() {
        EngineExecutionResults results = Scenarios.run(coverage, QueueOrderSensitive.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        assertThat(Scenarios.failureMessage(results)).isEqualTo("""
                schedule 5 of at most 50 (exhaustive) failed: org.opentest4j.AssertionFailedError: orders handled in send order ==> expected: <[o-1, o-2]> but was: <[o-2, o-1]>

                Replay it:
                  Explorer.replay(Schedule.of(0L, 0, 2, 1)).run(scenario)

                Not shrunk: no schedule with fewer faults or departures from the default order fails this way (0 faults and 2 departures from the default order).
                time                      step  position     group   attempt  event
                2026-01-01T00:00:00.000Z  -     (default)#0  -       -        send OrderPlaced v1 key=orders -> orders
                2026-01-01T00:00:00.000Z  -     (default)#1  -       -        send OrderPlaced v1 key=orders -> orders
                2026-01-01T00:00:00.000Z  1     orders#0     ctag-1  1        dispatch to ctag-1
                2026-01-01T00:00:00.000Z  2     orders#1     ctag-2  1        dispatch to ctag-2
                2026-01-01T00:00:00.000Z  3     orders#1     ctag-2  1        deliver to ctag-2
                2026-01-01T00:00:00.000Z  3     orders#1     ctag-2  1        ack
                2026-01-01T00:00:00.000Z  4     orders#0     ctag-1  1        deliver to ctag-1
                2026-01-01T00:00:00.000Z  4     orders#0     ctag-1  1        ack
                """);
    }

    @OnlyInEngineTestKit
    static class QueueOrderSensitive {
        @Interleavings(value = 50, exhaustive = true)
        void handlesOrdersInSendOrder(QueueBroker broker) {
            List<String> handled = new ArrayList<>();
            broker.declareQueue("orders");
            broker.consume("orders", message -> handled.add(message.payloadAs(OrderPlaced.class).orderId()));
            broker.consume("orders", message -> handled.add(message.payloadAs(OrderPlaced.class).orderId()));
            broker.send("", "orders", new OrderPlaced("o-1", 100));
            broker.send("", "orders", new OrderPlaced("o-2", 100));
            broker.runUntilIdle();
            assertEquals(List.of("o-1", "o-2"), handled, "orders handled in send order");
        }
    }

    @Test
    void picksSchedulesWithTheStrategyNamedAndSaysItsBound() {
        EngineExecutionResults results = Scenarios.run(coverage, WholeChainFirst.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        assertThat(Scenarios.startedTests(results)).isEqualTo("pct(2) exploration of 100 schedules");
        assertThat(Scenarios.failureMessage(results)).startsWith("schedule ").contains(" of 100 (pct(2), seed = ")
                .contains(") failed: org.opentest4j.AssertionFailedError: b0 waited for all of partition 0 ==> expected: <true> but was: <false>\n"
                        + "pct(2): each schedule finds a bug of depth 2 with probability at least 1 in 12"
                        + " (1/(n*k) for n = 2 chains and k = 6 steps measured)\n\nReplay it:\n  Explorer.replay(Schedule.of(");
    }

    @OnlyInEngineTestKit
    static class WholeChainFirst {
        @Interleavings(value = 100, strategy = "pct(2)")
        void b0NeverWaitsForAllOfPartition0(FakeBroker broker) {
            broker.createTopic("orders", 2);
            List<String> order = new ArrayList<>();
            broker.subscribe("orders", "billing", message -> order.add(message.payloadAs(OrderPlaced.class).orderId()));
            for (int i = 0; i < 3; i++) {
                broker.publish("orders", keyOn(0), new OrderPlaced("a" + i, 1));
                broker.publish("orders", keyOn(1), new OrderPlaced("b" + i, 1));
            }
            broker.runUntilIdle();
            assertTrue(order.indexOf("b0") < order.indexOf("a2"), "b0 waited for all of partition 0");
        }

        private static String keyOn(int partition) {
            for (int i = 0; ; i++) {
                if (dev.eventtestkit.broker.KafkaPartitioner.partition("k" + i, 2) == partition) {
                    return "k" + i;
                }
            }
        }
    }

    @Test
    void refusesABadStrategyInOneLineNamingTheAttribute() {
        assertThat(containerFailure(UnknownStrategy.class)).hasMessage("@Interleavings on strategyMisspelt: unknown"
                + " strategy \"pcp(3)\": expected random, pct(depth), pos or exhaustive");
        assertThat(containerFailure(DepthZero.class))
                .hasMessage("@Interleavings on depthZero: strategy \"pct(0)\": pct depth must be 1 or more, was 0");
        assertThat(containerFailure(Contradiction.class)).hasMessage("@Interleavings on both: exhaustive = true"
                + " contradicts strategy = \"pos\"; set one of them");
    }

    private Throwable containerFailure(Class<?> testClass) {
        EngineExecutionResults results = Scenarios.run(coverage, testClass);
        return results.containerEvents().failed().list().get(0)
                .getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).orElseThrow();
    }

    @OnlyInEngineTestKit
    static class UnknownStrategy {
        @Interleavings(strategy = "pcp(3)")
        void strategyMisspelt(FakeBroker broker) {}
    }

    @OnlyInEngineTestKit
    static class DepthZero {
        @Interleavings(strategy = "pct(0)")
        void depthZero(FakeBroker broker) {}
    }

    @OnlyInEngineTestKit
    static class Contradiction {
        @Interleavings(exhaustive = true, strategy = "pos")
        void both(FakeBroker broker) {}
    }

    @Test
    void runsOnlyItsShardOfTheSchedulesWithTheGlobalSeeds() {
        EngineExecutionResults results = Scenarios.run(coverage, SixSchedules.class,
                Map.of("eventtestkit.interleavings.shard", "2/3"));

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(Scenarios.startedTests(results)).isEqualTo("schedule 2 (seed 7960286522194355700, shard 2/3),"
                + " schedule 5 (seed 1961750202426094747, shard 2/3)");
    }

    @Test
    void refusesAShardSpecOutsideItsCount() {
        EngineExecutionResults results = Scenarios.run(coverage, SixSchedules.class,
                Map.of("eventtestkit.interleavings.shard", "9/8"));

        assertThat(containerFailureOf(results))
                .hasMessage("eventtestkit.interleavings.shard: shard must be i/n with 1 <= i <= n, was 9/8");
    }

    @OnlyInEngineTestKit
    static class SixSchedules {
        @Interleavings(6)
        void passes(FakeBroker broker) {
            broker.subscribe("orders", "billing", message -> {});
            broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
            broker.runUntilIdle();
        }
    }

    @Test
    void remembersAFailingSeedAndTriesItFirstNextTime() {
        EngineExecutionResults first = Scenarios.run(coverage, LaterFailure.class);
        EngineExecutionResults second = Scenarios.run(coverage, LaterFailure.class);

        assertThat(Scenarios.startedTests(first)).endsWith("schedule 3 (seed 487617019471545679)");
        assertThat(coverage.resolve("failing-seeds")
                .resolve(LaterFailure.class.getName() + ".chargesEachOrderOnce")).hasContent("487617019471545679");
        second.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        assertThat(Scenarios.startedTests(second)).isEqualTo("previously failing seed 487617019471545679 (tried first)");
        assertThat(Scenarios.failureMessage(second)).startsWith("the previously failing seed 487617019471545679"
                + " (random, tried first) failed: org.opentest4j.AssertionFailedError: ");
    }

    @Test
    void forgetsARememberedSeedThatPassesNow() throws java.io.IOException {
        Path remembered = coverage.resolve("failing-seeds").resolve(SixSchedules.class.getName() + ".passes");
        java.nio.file.Files.createDirectories(remembered.getParent());
        java.nio.file.Files.writeString(remembered, "42\n");

        EngineExecutionResults results = Scenarios.run(coverage, SixSchedules.class);

        results.testEvents().assertStatistics(stats -> stats.started(7).succeeded(7));
        assertThat(Scenarios.startedTests(results)).startsWith("previously failing seed 42 (tried first), schedule 1");
        assertThat(remembered).doesNotExist();
    }

    @Test
    void aTimeBudgetStopsGeneratingSchedulesAndAMalformedOneIsNamed() {
        EngineExecutionResults tight = Scenarios.run(coverage, TinyBudget.class);
        EngineExecutionResults malformed = Scenarios.run(coverage, MalformedBudget.class);

        assertThat(tight.testEvents().started().count()).isBetween(1L, 999_999L);
        assertThat(containerFailureOf(malformed)).hasMessage("@Interleavings on budgetInWords: timeBudget must be a"
                + " positive duration such as \"500ms\", \"10s\", \"2m\" or \"PT1M\", was \"ten seconds\"");
    }

    @OnlyInEngineTestKit
    static class TinyBudget {
        @Interleavings(value = 1_000_000, timeBudget = "1ms")
        void passes(FakeBroker broker) {
            broker.runUntilIdle();
        }
    }

    @OnlyInEngineTestKit
    static class MalformedBudget {
        @Interleavings(timeBudget = "ten seconds")
        void budgetInWords(FakeBroker broker) {}
    }

    @Test
    void parallelRunsTheWholeExplorationInOneInvocationWithTheSameFailure() {
        EngineExecutionResults results = Scenarios.run(coverage, ParallelLaterFailure.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        assertThat(Scenarios.startedTests(results)).isEqualTo("random exploration of 20 schedules in parallel");
        assertThat(Scenarios.failureMessage(results)).startsWith("schedule 3 of 20 (random, seed = "
                + "487617019471545679) failed: org.opentest4j.AssertionFailedError: expected: <{o-1=1, o-2=1, o-3=1}> "
                + "but was: <{o-1=2, o-2=1, o-3=1}>\n\nReplay it:\n  @Interleavings(value = 1, seed = 487617019471545679L)\n");
    }

    @OnlyInEngineTestKit
    @EventTest(duplicates = 0.2)
    static class ParallelLaterFailure {
        final Map<String, Integer> charges = new TreeMap<>();

        @Interleavings(value = 20, parallel = true)
        void chargesEachOrderOnce(FakeBroker broker) {
            broker.subscribe("orders", "billing", message -> charges.merge(message.key(), 1, Integer::sum));
            broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
            broker.publish("orders", "o-2", new OrderPlaced("o-2", 250));
            broker.publish("orders", "o-3", new OrderPlaced("o-3", 75));
            broker.runUntilIdle();
            assertEquals(new TreeMap<>(Map.of("o-1", 1, "o-2", 1, "o-3", 1)), charges);
        }
    }

    private static Throwable containerFailureOf(EngineExecutionResults results) {
        return results.containerEvents().failed().list().get(0)
                .getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).orElseThrow();
    }

    @Test
    void failsWhenAReachablePointIsNeverReachedAndNamesABadGroup() {
        EngineExecutionResults unreached = Scenarios.run(coverage, NeverRetried.class);
        EngineExecutionResults unknown = Scenarios.run(coverage, UnknownSharedGroup.class);

        unreached.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        assertThat(Scenarios.startedTests(unreached)).isEqualTo("random exploration of 5 schedules");
        assertThat(Scenarios.failureMessage(unreached)).startsWith("sometimes(\"charge retried\") never held in 5"
                + " schedules (random): the exploration never brought it about\n");
        assertThat(Scenarios.failureMessage(unknown)).isEqualTo("sharedState(\"billing\", \"ledgr\"): no consumer"
                + " group \"ledgr\" took a delivery in schedule 1 (groups that did: billing)");
    }

    @OnlyInEngineTestKit
    static class NeverRetried {
        @Interleavings(value = 5, reachable = "charge retried")
        void chargesOnce(FakeBroker broker) {
            broker.subscribe("orders", "billing", message -> {
                if (message.attempt() > 1) {
                    broker.reachable("charge retried");
                }
            });
            broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
            broker.runUntilIdle();
        }
    }

    @OnlyInEngineTestKit
    static class UnknownSharedGroup {
        @Interleavings(value = 5, exhaustive = true, sharedState = {"billing", "ledgr"})
        void shares(FakeBroker broker) {
            broker.subscribe("orders", "billing", message -> {});
            broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
            broker.runUntilIdle();
        }
    }
}
