package dev.eventtestkit.explore;

import static dev.eventtestkit.explore.ExplorerTest.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.broker.FakeBroker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StrategyTest {

    /** Ten records on each of two partitions, one consumer; fails when all of partition 0 goes before b0. */
    static void aWholeChainFirst(FakeBroker broker) {
        broker.createTopic("orders", 2);
        List<String> order = new ArrayList<>();
        broker.subscribe("orders", "billing", m -> order.add(m.payloadAs(OrderPlaced.class).orderId()));
        for (int i = 0; i < 10; i++) {
            broker.publish("orders", key(0, "a"), new OrderPlaced("a" + i, 1));
            broker.publish("orders", key(1, "b"), new OrderPlaced("b" + i, 1));
        }
        broker.runUntilIdle();
        if (order.indexOf("a9") < order.indexOf("b0")) {
            throw new AssertionError("b0 waited for all of partition 0: " + order);
        }
    }

    /** Group "audit" takes all ten of its records before "billing" takes its one. */
    static void oneGroupStarvesAnother(FakeBroker broker) {
        List<String> order = new ArrayList<>();
        broker.subscribe("audit", "audit", m -> order.add("audit"));
        broker.subscribe("orders", "billing", m -> order.add("billing"));
        broker.publish("orders", "o-1", new OrderPlaced("o-1", 1));
        for (int i = 0; i < 10; i++) {
            broker.publish("audit", "a", new OrderPlaced("a" + i, 1));
        }
        broker.runUntilIdle();
        if (order.indexOf("billing") == 10) {
            throw new AssertionError("billing starved: " + order);
        }
    }

    @Test
    void pctOfDepthOneRunsEachChainToTheEndBeforeTheNext() {
        Set<List<String>> orders = new HashSet<>();
        Scenario twoChains = broker -> {
            broker.createTopic("orders", 2);
            List<String> order = new ArrayList<>();
            broker.subscribe("orders", "billing", m -> order.add(m.payloadAs(OrderPlaced.class).orderId()));
            for (int i = 0; i < 3; i++) {
                broker.publish("orders", key(0, "a"), new OrderPlaced("a" + i, 1));
                broker.publish("orders", key(1, "b"), new OrderPlaced("b" + i, 1));
            }
            broker.runUntilIdle();
            orders.add(order);
        };

        Explorer.schedules(30).strategy(Strategy.pct(1)).run(twoChains).assertNoFailure();

        assertThat(orders).containsExactlyInAnyOrder(
                List.of("a0", "a1", "a2", "b0", "b1", "b2"), List.of("b0", "b1", "b2", "a0", "a1", "a2"));
    }

    @Test
    void pctFindsWhatRandomMissesAndSaysItsBound() {
        ExplorationResult random = Explorer.random(100).run(StrategyTest::aWholeChainFirst);
        ExplorationResult pct = Explorer.schedules(100).strategy(Strategy.pct(2)).run(StrategyTest::aWholeChainFirst);

        assertThat(random.passed()).as("random, 1 chance in 184756 per schedule").isTrue();
        assertThat(pct.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.scheduleNumber()).isLessThanOrEqualTo(5);
            assertThat(failure.report()).startsWith("schedule " + failure.scheduleNumber() + " of 100 (pct(2), seed = "
                    + failure.seed() + ") failed: java.lang.AssertionError: b0 waited for all of partition 0: ")
                    .contains("\npct(2): each schedule finds a bug of depth 2 with probability at least 1 in 40"
                            + " (1/(n*k) for n = 2 chains and k = 20 steps measured)\n\nReplay it:\n"
                            + "  Explorer.replay(" + failure.schedule() + ").run(scenario)\n");
        });
    }

    @Test
    void aPctScheduleReplaysExactlyFromTheSchedulePrinted() {
        ExplorationFailure failure = Explorer.schedules(100).strategy(Strategy.pct(2)).shrinking(false)
                .run(StrategyTest::aWholeChainFirst).failure().orElseThrow();

        ExplorationFailure replayed = Explorer.replay(failure.schedule()).run(StrategyTest::aWholeChainFirst)
                .failure().orElseThrow();

        assertThat(replayed.trace().render()).isEqualTo(failure.trace().render());
    }

    @Test
    void posKeepsTheOtherGroupsPrioritiesSoItFindsStarvationRandomMisses() {
        ExplorationResult random = Explorer.random(100).run(StrategyTest::oneGroupStarvesAnother);
        ExplorationResult pos = Explorer.schedules(100).strategy(Strategy.pos()).run(StrategyTest::oneGroupStarvesAnother);

        assertThat(random.passed()).as("random, 1 chance in 1024 per schedule").isTrue();
        assertThat(pos.failure()).hasValueSatisfying(failure -> assertThat(failure.report())
                .startsWith("schedule " + failure.scheduleNumber() + " of 100 (pos, seed = " + failure.seed()
                        + ") failed: java.lang.AssertionError: billing starved: ")
                .doesNotContain("probability"));
        assertThat(pos.failure().orElseThrow().scheduleNumber()).isLessThanOrEqualTo(30);
    }

    @Test
    void theDefaultStrategyIsRandomAndTheResultSaysWhichRan() {
        ExplorationResult result = Explorer.schedules(3).run(ExplorerTest::twoGroupsTwoOrders);
        ExplorationResult pct = Explorer.schedules(3).strategy(Strategy.pct(3)).run(ExplorerTest::twoGroupsTwoOrders);

        assertThat(result.strategy()).isEqualTo(Strategy.random());
        assertThat(result.bound()).isEmpty();
        assertThat(result.toString()).startsWith("random: 3 schedule(s), ");
        assertThat(pct.toString()).isEqualTo("pct(3): 3 schedule(s), 1 distinct by happens-before, 1 distinct"
                + " trace(s), no failure; each schedule finds a bug of depth 3 with probability at least 1 in 32"
                + " (1/(n*k^2) for n = 2 chains and k = 4 steps measured); warning: only 1 distinct schedule (by"
                + " happens-before class) among 3 run: more schedules of this scenario add little; Explorer.exhaustive"
                + " walks every class");
    }

    @Test
    void parsesTheSpecsItPrints() {
        for (Strategy strategy : List.of(Strategy.random(), Strategy.pct(3), Strategy.pos(), Strategy.exhaustive())) {
            assertThat(Strategy.parse(strategy.toString())).isEqualTo(strategy);
        }
        assertThat(Strategy.parse(" PCT( 2 ) ")).isEqualTo(Strategy.pct(2));
    }

    @Test
    void refusesBadSpecsInOneLineNamingTheSpec() {
        assertThatThrownBy(() -> Strategy.parse("pct(0)")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("strategy \"pct(0)\": pct depth must be 1 or more, was 0");
        assertThatThrownBy(() -> Strategy.parse("pct")).hasMessage("strategy \"pct\": pct needs a depth, e.g. pct(3)");
        assertThatThrownBy(() -> Strategy.parse("dfs"))
                .hasMessage("unknown strategy \"dfs\": expected random, pct(depth), pos or exhaustive");
        assertThatThrownBy(() -> Strategy.pct(-1)).hasMessage("pct depth must be 1 or more, was -1");
        assertThatThrownBy(() -> Explorer.replay(Schedule.of(1L, 1)).strategy(Strategy.pos()))
                .hasMessage("Explorer.replay(Schedule.of(1L, 1)) runs exactly that schedule; a strategy does not"
                        + " apply to it");
    }
}
