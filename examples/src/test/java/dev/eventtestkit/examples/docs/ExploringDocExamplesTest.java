package dev.eventtestkit.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.explore.ExplorationResult;
import dev.eventtestkit.explore.Explorer;
import dev.eventtestkit.explore.Scenario;
import dev.eventtestkit.explore.Strategy;
import dev.eventtestkit.broker.KafkaPartitioner;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The scenario and the random exploration of docs/exploring.md: the naive billing charges a duplicate twice. */
class ExploringDocExamplesTest {

    /** The doc's consumer under test: charges an order on every delivery, duplicates included. */
    static final class Billing {
        private final Map<String, Integer> charges = new HashMap<>();

        static Billing naive() {
            return new Billing();
        }

        void on(Message message) {
            charges.merge(message.payloadAs(OrderPlaced.class).orderId(), 1, Integer::sum);
        }

        int charges(String orderId) {
            return charges.getOrDefault(orderId, 0);
        }
    }

    @Test
    void findsTheScheduleThatChargesTwice() {
        Scenario chargesOnce = broker -> {
            Billing billing = Billing.naive();
            broker.subscribe("orders", "billing", billing::on);
            broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
            broker.publish("orders", "o-2", new OrderPlaced("o-2", 250));
            broker.runUntilIdle();
            assertEquals(1, billing.charges("o-1"), "charges of o-1");
            assertEquals(1, billing.charges("o-2"), "charges of o-2");
        };

        ExplorationResult result = Explorer.random(200)
                .seed(42L)
                .faults(Faults.builder().duplicates(0.3).build())
                .run(chargesOnce);

        assertThat(result.passed()).isFalse();
        assertThatThrownBy(result::assertNoFailure)
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("of 200 (random, seed = ")
                .hasMessageContaining("==> expected: <1> but was: <2>");
    }

    /** The strategies section: a whole partition before the first record of the other. */
    @Test
    void pctFindsTheWholePartitionFirstThatRandomMisses() {
        Scenario wholePartitionFirst = broker -> {
            broker.createTopic("orders", 2);
            List<String> order = new ArrayList<>();
            broker.subscribe("orders", "billing", m -> order.add(m.payloadAs(OrderPlaced.class).orderId()));
            for (int i = 0; i < 10; i++) {
                broker.publish("orders", keyOn(0), new OrderPlaced("a" + i, 1));
                broker.publish("orders", keyOn(1), new OrderPlaced("b" + i, 1));
            }
            broker.runUntilIdle();
            if (order.indexOf("a9") < order.indexOf("b0")) {
                throw new AssertionError("b0 waited for all of partition 0: " + order);
            }
        };

        ExplorationResult pct = Explorer.schedules(100)
                .strategy(Strategy.pct(2))
                .run(wholePartitionFirst);

        assertThat(Explorer.random(100).run(wholePartitionFirst).passed()).isTrue();
        assertThat(pct.failure().orElseThrow().report())
                .startsWith("schedule 1 of 100 (pct(2), seed = 0")
                .contains(") failed: java.lang.AssertionError: b0 waited for all of partition 0: [a0, ")
                .contains("\npct(2): each schedule finds a bug of depth 2 with probability at least 1 in 40 (1/(n*k)"
                        + " for n = 2 chains and k = 20 steps measured)\n\nReplay it:\n"
                        + "  Explorer.replay(Schedule.of(0L, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1)).run(scenario)\n");
    }

    private static String keyOn(int partition) {
        for (int i = 0; ; i++) {
            if (KafkaPartitioner.partition("k" + i, 2) == partition) {
                return "k" + i;
            }
        }
    }

    /** The coverage section: the projection's race happens in one schedule of the two. */
    @Test
    void aSometimesConditionThatHeldInOneSchedulePasses() {
        Scenario projection = broker -> {
            Set<String> orders = new HashSet<>();
            broker.subscribe("orders", "projection", m -> orders.add(m.key()));
            broker.subscribe("payments", "projection", m ->
                    broker.sometimes("a payment before its order", !orders.contains(m.key())));
            broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
            broker.publish("payments", "o-1", new OrderPlaced("o-1", 100));
            broker.runUntilIdle();
        };

        Explorer.exhaustive(100).run(projection).assertNoFailure();

        assertThat(Explorer.exhaustive(100).run(projection).sometimes()).containsEntry("a payment before its order", 1);
        assertThatThrownBy(() -> Explorer.exhaustive(100).run(broker -> {
            broker.subscribe("orders", "projection", m -> broker.sometimes("never", false));
            broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
            broker.runUntilIdle();
        }).assertNoFailure()).hasMessageStartingWith("sometimes(\"never\") never held in 1 schedule (exhaustive)");
    }

    /** The reduction section: the declarations of the example, on groups that exist. */
    @Test
    void sharedStateAndIndependentGroupsAsDeclared() {
        Scenario scenario = broker -> {
            for (String group : new String[] {"billing", "refunds", "audit", "metrics"}) {
                broker.subscribe("orders", group, m -> {});
            }
            broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
            broker.runUntilIdle();
        };

        ExplorationResult result = Explorer.exhaustive(1_000)
                .sharedState("billing", "refunds")
                .independentGroups("audit", "metrics")
                .run(scenario);

        assertThat(result.exhausted()).isTrue();
        assertThat(result.distinctSchedules()).as("billing and refunds in either order").isEqualTo(2);
    }

    /** The budgets section: a budget, this job's shard, all cores, a progress line. */
    @Test
    void budgetsShardsAndParallelRunsAsTheDocsShowThem() {
        Scenario scenario = broker -> {
            broker.subscribe("orders", "billing", m -> {});
            broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
            broker.runUntilIdle();
        };

        ExplorationResult result = Explorer.random(100_000)
                .timeBudget(Duration.ofSeconds(10))
                .shard("2/8")
                .parallel(Runtime.getRuntime().availableProcessors())
                .progress(System.err::println)
                .run(scenario);

        assertThat(result.passed()).isTrue();
        assertThat(result.schedulesRun()).isPositive().isLessThanOrEqualTo(12_500);
    }
}
