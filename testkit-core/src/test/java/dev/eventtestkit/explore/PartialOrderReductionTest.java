package dev.eventtestkit.explore;

import static dev.eventtestkit.explore.ExplorerTest.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.broker.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * Exhaustive exploration with partial-order reduction sees every happens-before class that brute force (every
 * order) sees, in fewer schedules: checked on small scenarios by what each group observed.
 */
class PartialOrderReductionTest {

    /** A scenario that records, per run, what each group saw in order; the set of those is what a run observed. */
    record Observed(Set<Map<String, List<String>>> seen, ExplorationResult result) {}

    static Observed explore(Explorer explorer, BiConsumer<FakeBroker, Map<String, List<String>>> body) {
        Set<Map<String, List<String>>> seen = new HashSet<>();
        ExplorationResult result = explorer.run(broker -> {
            Map<String, List<String>> log = new TreeMap<>();
            body.accept(broker, log);
            seen.add(log);
        });
        return new Observed(seen, result);
    }

    static void record(FakeBroker broker, Map<String, List<String>> log, String topic, String group) {
        broker.subscribe(topic, group, m -> log.computeIfAbsent(group, g -> new ArrayList<>())
                .add(m.payloadAs(OrderPlaced.class).orderId() + "#" + m.attempt()));
    }

    /** Brute force and reduction see the same observations and the same number of classes; reduction runs fewer. */
    static Observed sameAsBruteForce(Explorer explorer, BiConsumer<FakeBroker, Map<String, List<String>>> body) {
        Observed brute = explore(explorer.reduction(false), body);
        Observed reduced = explore(explorer, body);
        assertThat(brute.result().exhausted()).as("brute force finished").isTrue();
        assertThat(reduced.result().exhausted()).isTrue();
        assertThat(reduced.seen()).isEqualTo(brute.seen());
        assertThat(reduced.result().distinctSchedules()).isEqualTo(brute.result().distinctSchedules());
        assertThat(reduced.result().schedulesRun()).isLessThanOrEqualTo(brute.result().schedulesRun());
        return reduced;
    }

    @Test
    void threeIndependentGroupsNeedOneSchedule() {
        Observed reduced = sameAsBruteForce(Explorer.exhaustive(10_000), (broker, log) -> {
            for (String group : List.of("billing", "shipping", "audit")) {
                record(broker, log, "orders", group);
            }
            for (int i = 0; i < 3; i++) {
                broker.publish("orders", "o", new OrderPlaced("o" + i, 1));
            }
            broker.runUntilIdle();
        });

        assertThat(reduced.result().schedulesRun()).isEqualTo(1);
        assertThat(reduced.result().distinctSchedules()).isEqualTo(1);
        assertThat(Explorer.exhaustive(10_000).reduction(false).run(broker -> {
            for (String group : List.of("billing", "shipping", "audit")) {
                broker.subscribe("orders", group, m -> {});
            }
            for (int i = 0; i < 3; i++) {
                broker.publish("orders", "o", new OrderPlaced("o" + i, 1));
            }
            broker.runUntilIdle();
        }).schedulesRun()).as("9! / (3! 3! 3!)").isEqualTo(1680);
    }

    @Test
    void interleavesPartitionsWithinAGroupAndNothingAcrossGroups() {
        Observed reduced = sameAsBruteForce(Explorer.exhaustive(10_000), (broker, log) -> {
            broker.createTopic("orders", 2);
            record(broker, log, "orders", "billing");
            record(broker, log, "orders", "shipping");
            broker.publish("orders", key(0, "a"), new OrderPlaced("a1", 1));
            broker.publish("orders", key(0, "a"), new OrderPlaced("a2", 1));
            broker.publish("orders", key(1, "b"), new OrderPlaced("b1", 1));
            broker.runUntilIdle();
        });

        assertThat(reduced.result().distinctSchedules()).as("3 orders per group, squared").isEqualTo(9);
        assertThat(reduced.seen()).hasSize(9);
    }

    @Test
    void handlersPublishingToOnePartitionAreOrderedBothWays() {
        Observed reduced = sameAsBruteForce(Explorer.exhaustive(10_000), (broker, log) -> {
            broker.subscribe("orders", "billing", m -> broker.publish("out", "k", new OrderPlaced("from billing", 1)));
            broker.subscribe("orders", "shipping", m -> broker.publish("out", "k", new OrderPlaced("from shipping", 1)));
            record(broker, log, "out", "audit");
            broker.publish("orders", "o", new OrderPlaced("o1", 1));
            broker.runUntilIdle();
        });

        assertThat(reduced.seen()).extracting(seen -> seen.get("audit")).containsExactlyInAnyOrder(
                List.of("from billing#1", "from shipping#1"), List.of("from shipping#1", "from billing#1"));
    }

    @Test
    void retriesWithBackOffAcrossClockAdvances() {
        sameAsBruteForce(Explorer.exhaustive(10_000).configure(b -> b.retryPolicy(RetryPolicy.of(3,
                Duration.ofSeconds(1)))), (broker, log) -> {
            broker.createTopic("orders", 2);
            int[] failures = {0};
            broker.subscribe("orders", "billing", m -> {
                log.computeIfAbsent("billing", g -> new ArrayList<>()).add(m.key() + "#" + m.attempt());
                if (m.attempt() == 1 && failures[0]++ == 0) {
                    throw new IllegalStateException("first delivery fails");
                }
            });
            record(broker, log, "orders", "audit");
            broker.publish("orders", key(0, "a"), new OrderPlaced("a1", 1));
            broker.publish("orders", key(1, "b"), new OrderPlaced("b1", 1));
            broker.runUntilIdle();
            broker.clock().advance(Duration.ofSeconds(1));
        });
    }

    @Test
    void delaysAreChoicesOfTheirOwn() {
        sameAsBruteForce(Explorer.exhaustive(10_000).faults(Faults.builder().delay(Duration.ofSeconds(1)).build()),
                (broker, log) -> {
                    broker.createTopic("orders", 2);
                    record(broker, log, "orders", "billing");
                    record(broker, log, "orders", "audit");
                    broker.publish("orders", key(0, "a"), new OrderPlaced("a1", 1));
                    broker.publish("orders", key(1, "b"), new OrderPlaced("b1", 1));
                    broker.runUntilIdle();
                    broker.clock().advance(Duration.ofSeconds(1));
                });
    }

    @Test
    void queueConsumersCompeteAndTopicGroupsStayIndependent() {
        sameAsBruteForce(Explorer.exhaustive(10_000), (broker, log) -> {
            broker.declareQueue("jobs", dev.eventtestkit.broker.QueueOptions.defaults());
            for (String consumer : List.of("c1", "c2")) {
                broker.consume("jobs", m -> log.computeIfAbsent("jobs", q -> new ArrayList<>())
                        .add(consumer + " " + m.payloadAs(OrderPlaced.class).orderId()));
            }
            record(broker, log, "orders", "billing");
            broker.send("", "jobs", new OrderPlaced("j1", 1));
            broker.send("", "jobs", new OrderPlaced("j2", 1));
            broker.publish("orders", "o", new OrderPlaced("o1", 1));
            broker.runUntilIdle();
        });
    }

    @Test
    void groupsSharingStateMustBeDeclaredOrReductionMissesTheirOrders() {
        BiConsumer<FakeBroker, Map<String, List<String>>> sharedLedger = (broker, log) -> {
            List<String> ledger = new ArrayList<>();
            log.put("ledger", ledger);
            broker.subscribe("orders", "billing", m -> ledger.add("billing"));
            broker.subscribe("orders", "refunds", m -> ledger.add("refunds"));
            broker.publish("orders", "o", new OrderPlaced("o1", 1));
            broker.runUntilIdle();
        };

        assertThat(explore(Explorer.exhaustive(100), sharedLedger).seen()).hasSize(1);
        Observed declared = sameAsBruteForce(Explorer.exhaustive(100).sharedState("billing", "refunds"), sharedLedger);
        assertThat(declared.seen()).hasSize(2);
        assertThat(declared.result().distinctSchedules()).isEqualTo(2);
    }

    @Test
    void independentGroupsWidenTheReduction() {
        BiConsumer<FakeBroker, Map<String, List<String>>> bothPublish = (broker, log) -> {
            broker.subscribe("orders", "billing", m -> broker.publish("out", "k", new OrderPlaced("b", 1)));
            broker.subscribe("orders", "shipping", m -> broker.publish("out", "k", new OrderPlaced("s", 1)));
            broker.publish("orders", "o", new OrderPlaced("o1", 1));
            broker.runUntilIdle();
        };

        assertThat(explore(Explorer.exhaustive(100), bothPublish).result().schedulesRun()).isEqualTo(2);
        assertThat(explore(Explorer.exhaustive(100).independentGroups("billing", "shipping"), bothPublish).result()
                .schedulesRun()).isEqualTo(1);
    }

    @Test
    void findsTheSameOrderingBugAsBruteForce() {
        Scenario paymentBeforeOrder = broker -> {
            Set<String> orders = new HashSet<>();
            List<String> unmatched = new ArrayList<>();
            broker.subscribe("orders", "projection", m -> orders.add(m.key()));
            broker.subscribe("payments", "projection", m -> {
                if (!orders.contains(m.key())) {
                    unmatched.add(m.key());
                }
            });
            broker.subscribe("orders", "audit", m -> {});
            broker.publish("orders", "o-1", new OrderPlaced("o-1", 1));
            broker.publish("payments", "o-1", new OrderPlaced("o-1", 1));
            broker.runUntilIdle();
            if (!unmatched.isEmpty()) {
                throw new AssertionError("payment before its order: " + unmatched);
            }
        };

        assertThat(Explorer.exhaustive(100).run(paymentBeforeOrder).failure()).isPresent();
    }

    @Test
    void refusesSharedStateOfUnknownOrTooFewGroups() {
        assertThatThrownBy(() -> Explorer.exhaustive(10).sharedState("billing"))
                .hasMessage("sharedState needs two or more consumer groups, was \"billing\" alone");
        assertThatThrownBy(() -> Explorer.exhaustive(10).independentGroups())
                .hasMessage("independentGroups needs two or more consumer groups, was none");
        assertThatThrownBy(() -> Explorer.exhaustive(10).sharedState("billing", "ledgr")
                .run(ExplorerTest::twoGroupsTwoOrders))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sharedState(\"billing\", \"ledgr\"): no consumer group \"ledgr\" took a delivery in"
                        + " schedule 1 (groups that did: billing, shipping)");
    }

    @Test
    void groupsWithStatePerPartitionInterleaveTheirPartitionsForFree() {
        BiConsumer<FakeBroker, Map<String, List<String>>> perKey = (broker, log) -> {
            broker.createTopic("orders", 2);
            broker.subscribe("orders", "billing", m -> log.computeIfAbsent(m.key(), k -> new ArrayList<>())
                    .add(m.payloadAs(OrderPlaced.class).orderId()));
            broker.publish("orders", key(0, "a"), new OrderPlaced("a1", 1));
            broker.publish("orders", key(0, "a"), new OrderPlaced("a2", 1));
            broker.publish("orders", key(1, "b"), new OrderPlaced("b1", 1));
            broker.publish("orders", key(1, "b"), new OrderPlaced("b2", 1));
            broker.runUntilIdle();
        };

        Observed reduced = sameAsBruteForce(Explorer.exhaustive(100).independentPartitions("billing"), perKey);

        assertThat(reduced.result().schedulesRun()).isEqualTo(1);
        assertThat(explore(Explorer.exhaustive(100), perKey).result().schedulesRun()).as("4! / (2! 2!)").isEqualTo(6);
        assertThatThrownBy(() -> Explorer.exhaustive(10).independentPartitions())
                .hasMessage("independentPartitions needs one or more consumer groups, was none");
    }

    /** Issue 14's target: 12 keyed messages, one 3-partition topic, 3 groups that only record per key. */
    @Test
    void twelveKeyedMessagesThreeGroupsWithStatePerKeyIsOneSchedule() {
        Scenario twelveKeyedMessages = PartialOrderReductionTest::twelveKeyedMessages;
        ExplorationResult result =
        Explorer.exhaustive(10_000).independentPartitions("billing", "shipping", "audit").run(twelveKeyedMessages);

        assertThat(result.exhausted()).isTrue();
        assertThat(result.schedulesRun()).isEqualTo(1);
        assertThat(result.distinctSchedules()).isEqualTo(1);
    }

    static void twelveKeyedMessages(FakeBroker broker) {
        broker.createTopic("orders", 3);
        for (String group : List.of("billing", "shipping", "audit")) {
            Map<String, List<String>> seen = new TreeMap<>();
            broker.subscribe("orders", group, m -> seen.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m.id()));
        }
        for (int i = 0; i < 12; i++) {
            broker.publish("orders", "order-" + i, new OrderPlaced("order-" + i, i));
        }
        broker.runUntilIdle();
    }
}
