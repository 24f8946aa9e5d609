package dev.eventtestkit.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventtestkit.broker.ConsumeOptions;
import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Faults;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A shrunk schedule is 1-minimal: it fails the way the original did, and without any one of its faults or
 * departures from the default order (every other decision kept where it was) it does not. Each scenario below
 * is explored from several base seeds, and every failure found is checked that way by re-running it.
 */
class ShrinkerTest {

    private static final Faults HEAVY_DUPLICATES = Faults.builder().duplicates(0.8).build();

    /** Only o-2 is checked: every other duplicate the schedule had is noise the shrinker must drop. */
    static void chargesO2Once(FakeBroker broker) {
        Billing billing = Billing.naive();
        broker.subscribe("orders", "billing", billing::on);
        for (int i = 1; i <= 4; i++) {
            broker.publish("orders", "o-" + i, new OrderPlaced("o-" + i, i));
        }
        broker.runUntilIdle();
        assertEquals(1, billing.charges("o-2"), "charges of o-2");
    }

    /** Two duplicates of one order are needed to charge it three times: a failure of two faults. */
    static void chargesAtMostTwice(FakeBroker broker) {
        Billing billing = Billing.naive();
        broker.subscribe("orders", "billing", billing::on);
        broker.publish("orders", "o-1", new OrderPlaced("o-1", 1));
        broker.publish("orders", "o-2", new OrderPlaced("o-2", 2));
        broker.runUntilIdle();
        assertThat(billing.charges("o-1")).as("charges of o-1").isLessThanOrEqualTo(2);
    }

    /** A departure is needed (the shipment overtakes the order); duplicates are noise. */
    static void shipmentAfterOrderWithDuplicates(FakeBroker broker) {
        ExhaustiveFailureTest.shipmentAfterOrder(broker);
    }

    /** A queue consumer that is not idempotent, under duplicates and lost acks. */
    static void queueChargesOnce(FakeBroker broker) {
        broker.declareQueue("billing");
        Map<String, Integer> charges = new HashMap<>();
        broker.consume("billing", ConsumeOptions.defaults().prefetch(2),
                m -> charges.merge(m.payloadAs(OrderPlaced.class).orderId(), 1, Integer::sum));
        for (int i = 1; i <= 3; i++) {
            broker.send("", "billing", new OrderPlaced("o-" + i, i));
        }
        broker.runUntilIdle();
        assertThat(charges.get("o-3")).as("charges of o-3").isEqualTo(1);
    }

    /** A delayed order lets a later one overtake it: the delay fault is the decision that matters. */
    static void firstOrderFirst(FakeBroker broker) {
        broker.createTopic("orders", 2);
        List<String> seen = new ArrayList<>();
        broker.subscribe("orders", "projection", m -> seen.add(m.payloadAs(OrderPlaced.class).orderId()));
        broker.publish("orders", ExplorerTest.key(0, "a"), new OrderPlaced("first", 1));
        broker.publish("orders", ExplorerTest.key(1, "b"), new OrderPlaced("second", 2));
        broker.clock().advance(Duration.ofSeconds(1));
        assertThat(seen).as("orders seen").first().isEqualTo("first");
    }

    @Test
    void dropsEveryDuplicateTheFailureDoesNotNeed() {
        ExplorationFailure failure = Explorer.random(50).seed(3L).faults(HEAVY_DUPLICATES)
                .run(ShrinkerTest::chargesO2Once).failure().orElseThrow();

        assertThat(failure.trace().faults()).hasSizeGreaterThan(1);
        assertThat(failure.shrunkTrace().faults()).hasSize(1);
        assertThat(failure.shrunkCause()).hasMessageContaining("charges of o-2");
        assertThat(failure.report()).contains("""
                1-minimal: without any one of these it passes:
                  fault duplicate: orders[0]@1 to billing, attempt 1
                """);
    }

    @Test
    void keepsBothDuplicatesOfAFailureThatNeedsTwo() {
        Shrinker.Shrunk shrunk = firstShrunk(ShrinkerTest::chargesAtMostTwice, HEAVY_DUPLICATES, 11L, b -> {});

        assertThat(shrunk.kept()).extracting(Decision::toString).containsExactly(
                "fault duplicate: orders[0]@0 to billing, attempt 1",
                "fault duplicate: orders[0]@0 to billing, attempt 2 (duplicate)");
    }

    @Test
    void everyShrunkScheduleIsOneMinimal() {
        List<Case> cases = List.of(
                new Case(ShrinkerTest::chargesO2Once, HEAVY_DUPLICATES),
                new Case(ShrinkerTest::chargesAtMostTwice, HEAVY_DUPLICATES),
                new Case(ShrinkerTest::shipmentAfterOrderWithDuplicates, Faults.builder().duplicates(0.5).build()),
                new Case(ShrinkerTest::queueChargesOnce,
                        Faults.builder().duplicates(0.4).crashBeforeAck(0.3).build()),
                new Case(ShrinkerTest::firstOrderFirst, Faults.builder().delay(Duration.ofMillis(500)).build()),
                new Case(ShrinkerTest::chargesO2Once, Faults.builder().duplicates(0.5).reorder(true).build()));
        int checked = 0;
        for (Case scenarioCase : cases) {
            for (long seed = 1; seed <= 5; seed++) {
                ScheduleRunner runner = new ScheduleRunner(scenarioCase.scenario, scenarioCase.faults, b -> {});
                Outcome failing = firstFailure(runner, seed);
                if (failing == null) {
                    continue;
                }
                Shrinker.Shrunk shrunk = Shrinker.shrink(runner, failing);
                assertOneMinimal(runner, failing, shrunk);
                checked++;
            }
        }
        assertThat(checked).as("failures found and checked").isGreaterThanOrEqualTo(25);
    }

    @Test
    void aFailureOfTheDefaultOrderNeedsNoDecision() {
        Scenario alwaysFails = broker -> {
            ExplorerTest.twoGroupsTwoOrders(broker);
            throw new IllegalStateException("broken whatever the schedule");
        };

        ExplorationFailure failure = Explorer.random(10).faults(HEAVY_DUPLICATES).run(alwaysFails)
                .failure().orElseThrow();

        assertThat(failure.report()).contains("""
                Shrunk to 0 faults and 0 departures from the default order (the original had 7 faults and 3 departures from the default order):
                  Explorer.replay(Schedule.of(0L)).faults(Faults.builder().duplicates(0.8).build()).run(scenario)
                  failed: java.lang.IllegalStateException: broken whatever the schedule
                It fails in the default order with no fault: the scenario fails whatever the schedule.
                Removed:
                """);
    }

    @Test
    void shrinkingOffSaysSo() {
        ExplorationFailure failure = Explorer.random(200).seed(42L).faults(Faults.builder().duplicates(0.3).build())
                .shrinking(false).run(ExplorerTest.chargesOnce(Billing::naive)).failure().orElseThrow();

        assertThat(failure.report()).contains("Not shrunk: shrinking is off (shrinking(false)); 1 fault and 1"
                + " departure from the default order.\n");
        assertThat(failure.shrunkSchedule()).isEqualTo(failure.schedule());
    }

    /** The shrunk decisions fail the same way; each one removed, the rest kept, does not; the report agrees. */
    private static void assertOneMinimal(ScheduleRunner runner, Outcome failing, Shrinker.Shrunk shrunk) {
        Class<?> kind = failing.failure().getClass();
        assertThat(shrunk.minimal()).as("proven 1-minimal").isTrue();
        assertThat(shrunk.outcome().failure()).isInstanceOf(kind);
        Outcome replayed = runner.replay(failing.seed(), shrunk.outcome().schedule().choices(), true);
        assertThat(replayed.trace()).as("the printed schedule replays the shrunk run").isEqualTo(shrunk.outcome().trace());
        assertThat(shrunk.outcome().faults() + shrunk.outcome().departures()).isEqualTo(shrunk.kept().size());
        for (Decision decision : shrunk.kept()) {
            List<Decision> rest = new ArrayList<>(shrunk.kept());
            rest.remove(decision);
            Outcome without = runner.described(failing.seed(), DecisionChooser.decisions(rest));
            assertThat(without.failure()).as("without %s", decision)
                    .satisfiesAnyOf(f -> assertThat(f).isNull(), f -> assertThat(f).isNotInstanceOf(kind));
        }
    }

    private static Shrinker.Shrunk firstShrunk(Scenario scenario, Faults faults, long seed,
            Consumer<dev.eventtestkit.broker.FakeBrokerBuilder> configuration) {
        ScheduleRunner runner = new ScheduleRunner(scenario, faults, configuration);
        Outcome failing = firstFailure(runner, seed);
        assertThat(failing).as("a failure from base seed %d", seed).isNotNull();
        Shrinker.Shrunk shrunk = Shrinker.shrink(runner, failing);
        assertOneMinimal(runner, failing, shrunk);
        return shrunk;
    }

    private static Outcome firstFailure(ScheduleRunner runner, long seed) {
        Explorer explorer = Explorer.random(200).seed(seed);
        for (int run = 1; run <= 200; run++) {
            Outcome outcome = runner.random(explorer.seedOf(run));
            if (outcome.failed()) {
                return outcome;
            }
        }
        return null;
    }

    private record Case(Scenario scenario, Faults faults) {}
}
