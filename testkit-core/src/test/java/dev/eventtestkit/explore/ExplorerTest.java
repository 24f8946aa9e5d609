package dev.eventtestkit.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.broker.KafkaPartitioner;
import dev.eventtestkit.broker.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ExplorerTest {

    private static final Faults DUPLICATES = Faults.builder().duplicates(0.3).build();

    @Test
    void exhaustiveExplorationVisitsEveryInterleavingOfTwoPartitions() {
        // Two records on each of two partitions, one consumer: the partition orders are fixed, so the
        // schedules are the ways to interleave a1 a2 with b1 b2: 4! / (2! 2!) = 6.
        Set<List<String>> orders = new HashSet<>();
        Scenario twoPartitions = broker -> {
            broker.createTopic("orders", 2);
            List<String> order = new ArrayList<>();
            broker.subscribe("orders", "billing", m -> order.add(m.payloadAs(OrderPlaced.class).orderId()));
            broker.publish("orders", key(0, "a"), new OrderPlaced("a1", 1));
            broker.publish("orders", key(0, "a"), new OrderPlaced("a2", 1));
            broker.publish("orders", key(1, "b"), new OrderPlaced("b1", 1));
            broker.publish("orders", key(1, "b"), new OrderPlaced("b2", 1));
            broker.runUntilIdle();
            orders.add(order);
        };

        ExplorationResult result = Explorer.exhaustive(100).run(twoPartitions);

        assertThat(result.schedulesRun()).isEqualTo(6);
        assertThat(result.distinctTraces()).isEqualTo(6);
        assertThat(result.exhausted()).isTrue();
        assertThat(orders).containsExactlyInAnyOrder(
                List.of("a1", "a2", "b1", "b2"),
                List.of("a1", "b1", "a2", "b2"),
                List.of("a1", "b1", "b2", "a2"),
                List.of("b1", "a1", "a2", "b2"),
                List.of("b1", "a1", "b2", "a2"),
                List.of("b1", "b2", "a1", "a2"));
    }

    @Test
    void competingInstancesOfOneGroupReallyInterleave() {
        Set<List<String>> orders = new HashSet<>();
        Scenario twoInstances = broker -> {
            broker.createTopic("orders", 2);
            List<String> order = new ArrayList<>();
            broker.subscribe("orders", "billing", m -> order.add("instance 1"));
            broker.subscribe("orders", "billing", m -> order.add("instance 2"));
            broker.publish("orders", key(0, "a"), new OrderPlaced("a", 1));
            broker.publish("orders", key(1, "b"), new OrderPlaced("b", 1));
            broker.runUntilIdle();
            orders.add(order);
        };

        ExplorationResult result = Explorer.exhaustive(100).run(twoInstances);

        assertThat(result.schedulesRun()).isEqualTo(2);
        assertThat(orders).containsExactlyInAnyOrder(
                List.of("instance 1", "instance 2"), List.of("instance 2", "instance 1"));
    }

    @Test
    void exhaustiveExplorationStopsAtItsBound() {
        ExplorationResult result = Explorer.exhaustive(4).reduction(false).run(ExplorerTest::twoGroupsTwoOrders);

        assertThat(result.schedulesRun()).isEqualTo(4);
        assertThat(result.exhausted()).isFalse();
        assertThat(result.passed()).isTrue();
        assertThat(result.warnings())
                .containsExactly("the bound of 4 schedules stopped the exhaustive walk before it saw every class");
    }

    @Test
    void catchesANonIdempotentConsumerWhenDuplicatesAreOn() {
        ExplorationResult result = Explorer.random(200).seed(42L).faults(DUPLICATES).run(chargesOnce(Billing::naive));

        assertThat(result.passed()).isFalse();
        ExplorationFailure failure = result.failure().orElseThrow();
        assertThat(failure.cause()).isInstanceOf(AssertionFailedError.class);
        assertThat(failure.shrunkTrace().faults()).hasSize(1);
        assertThat(failure.shrunkSchedule().choices()).containsOnly(0, 1).contains(1);
        assertThat(result.schedulesRun()).isEqualTo(failure.scheduleNumber());
    }

    @Test
    void passesAnIdempotentConsumerUnderEverySchedule() {
        ExplorationResult result =
                Explorer.random(200).seed(42L).faults(DUPLICATES).run(chargesOnce(Billing::idempotent));

        assertThat(result.passed()).isTrue();
        assertThat(result.schedulesRun()).isEqualTo(200);
        assertThat(result.distinctTraces()).isGreaterThan(10);
        result.assertNoFailure();
    }

    @Test
    void reportsTheSeedTheReplayAndTheShrunkTraceBeforeTheOriginal() throws IOException {
        ExplorationResult result = Explorer.random(200).seed(42L).faults(DUPLICATES).run(chargesOnce(Billing::naive));

        assertThatThrownBy(result::assertNoFailure)
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage(golden("non-idempotent-report.txt"))
                .cause().isSameAs(result.failure().orElseThrow().cause());
    }

    @Test
    void replaysTheFailingScheduleFromItsSeed() {
        ExplorationFailure failure = Explorer.random(200).seed(42L).faults(DUPLICATES)
                .run(chargesOnce(Billing::naive)).failure().orElseThrow();

        ExplorationResult replayed = Explorer.replay(failure.seed()).faults(DUPLICATES).shrinking(false)
                .run(chargesOnce(Billing::naive));

        assertThat(replayed.schedulesRun()).isEqualTo(1);
        assertThat(replayed.failure().orElseThrow().trace()).isEqualTo(failure.trace());
    }

    @Test
    void replaysTheShrunkScheduleFromItsChoices() {
        ExplorationFailure failure = Explorer.random(200).seed(42L).faults(DUPLICATES)
                .run(chargesOnce(Billing::naive)).failure().orElseThrow();

        ExplorationResult replayed = Explorer.replay(failure.shrunkSchedule()).faults(DUPLICATES)
                .run(chargesOnce(Billing::naive));

        assertThat(replayed.failure().orElseThrow().trace()).isEqualTo(failure.shrunkTrace());
    }

    @Test
    void aRandomScheduleIsThePlainBrokerWithTheSameSeed() throws Exception {
        Set<String> traces = new HashSet<>();
        Scenario scenario = broker -> {
            twoGroupsTwoOrders(broker);
            traces.add(broker.trace().render());
        };
        Explorer.replay(7340912L).faults(DUPLICATES).run(scenario);

        scenario.run(FakeBroker.builder().seed(7340912L).faults(DUPLICATES).build());

        assertThat(traces).hasSize(1);
    }

    @Test
    void differentSchedulesGetDifferentSeeds() {
        ExplorationResult result = Explorer.random(50).seed(1L).run(ExplorerTest::twoGroupsTwoOrders);

        assertThat(result.distinctTraces()).isGreaterThan(1);
        assertThat(Explorer.random(1).seedOf(1)).isEqualTo(0L);
        assertThat(Explorer.random(2).seed(9L).seedOf(2)).isNotEqualTo(9L);
    }

    @Test
    void refusesAScenarioThatIsNotDeterministic() {
        AtomicInteger runs = new AtomicInteger();
        Scenario dependsOnOutsideState = broker -> {
            broker.createTopic("orders", 3);
            broker.subscribe("orders", "billing", m -> {});
            int records = runs.getAndIncrement() == 0 ? 3 : 2;
            for (int partition = 0; partition < records; partition++) {
                broker.publish("orders", key(partition, 3, "o"), new OrderPlaced("o", partition));
            }
            broker.runUntilIdle();
        };

        assertThatThrownBy(() -> Explorer.exhaustive(10).run(dependsOnOutsideState))
                .isInstanceOf(NondeterministicScenarioException.class)
                .hasMessage("the scenario is not deterministic: a re-run made 1 choice(s) where an earlier run made"
                        + " at least 2; build every object the scenario uses inside it, and take time from"
                        + " broker.clock()");
    }

    @Test
    void refusesAScenarioWhoseChoicesShrinkOnARerun() {
        AtomicInteger runs = new AtomicInteger();
        Scenario dependsOnOutsideState = broker -> {
            broker.createTopic("orders", 3);
            broker.subscribe("orders", "billing", m -> {});
            int records = runs.getAndIncrement() < 4 ? 3 : 2;
            for (int partition = 0; partition < records; partition++) {
                broker.publish("orders", key(partition, 3, "o"), new OrderPlaced("o", partition));
            }
            broker.runUntilIdle();
        };

        assertThatThrownBy(() -> Explorer.exhaustive(10).run(dependsOnOutsideState))
                .isInstanceOf(NondeterministicScenarioException.class)
                .hasMessage("the scenario is not deterministic: on a re-run, choice point 0 (delivery) allows 0 to 1"
                        + " but an earlier run took 2; build every object the scenario uses inside it, and take"
                        + " time from broker.clock()");
    }

    @Test
    void configuresEverySchedulesBroker() {
        Scenario deadLettersAtOnce = broker -> {
            broker.subscribe("orders", "billing", m -> {
                throw new IllegalStateException("down");
            });
            broker.publish("orders", "o-1", new OrderPlaced("o-1", 1));
            broker.runUntilIdle();
            org.junit.jupiter.api.Assertions.assertEquals(1, broker.deadLetters("orders", "billing").size());
        };

        assertThat(Explorer.random(5).run(deadLettersAtOnce).passed()).isFalse();
        assertThat(Explorer.random(5).configure(b -> b.retryPolicy(RetryPolicy.noRetries()))
                .run(deadLettersAtOnce).passed()).isTrue();
    }

    @Test
    void shrinksAwayEveryFaultAFailureDoesNotNeed() {
        Scenario alwaysFails = broker -> {
            twoGroupsTwoOrders(broker);
            throw new IllegalStateException("broken whatever the schedule");
        };

        ExplorationFailure failure = Explorer.random(10).faults(Faults.builder().duplicates(0.9).build())
                .run(alwaysFails).failure().orElseThrow();

        assertThat(failure.trace().faults()).isNotEmpty();
        assertThat(failure.shrunkTrace().faults()).isEmpty();
        assertThat(failure.shrunkSchedule()).isEqualTo(Schedule.of(0L));
        assertThat(failure.report()).contains("Shrunk to 0 faults and 0 departures from the default order");
    }

    @Test
    void printsSchedulesAsCode() {
        assertThat(Schedule.of(7340912L, 0, 1, 2)).hasToString("Schedule.of(7340912L, 0, 1, 2)");
        assertThatThrownBy(() -> Explorer.random(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("explore 1 or more schedules, was 0");
    }

    static Scenario chargesOnce(java.util.function.Supplier<Billing> consumer) {
        return broker -> {
            Billing billing = consumer.get();
            broker.subscribe("orders", "billing", billing::on);
            broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
            broker.publish("orders", "o-2", new OrderPlaced("o-2", 250));
            broker.runUntilIdle();
            org.junit.jupiter.api.Assertions.assertEquals(1, billing.charges("o-1"), "charges of o-1");
            org.junit.jupiter.api.Assertions.assertEquals(1, billing.charges("o-2"), "charges of o-2");
        };
    }

    static void twoGroupsTwoOrders(FakeBroker broker) {
        broker.subscribe("orders", "billing", m -> {});
        broker.subscribe("orders", "shipping", m -> {});
        broker.publish("orders", "o-1", new OrderPlaced("o-1", 1));
        broker.publish("orders", "o-2", new OrderPlaced("o-2", 2));
        broker.runUntilIdle();
    }

    static String key(int partition, String prefix) {
        return key(partition, 2, prefix);
    }

    static String key(int partition, int partitions, String prefix) {
        for (int i = 0; ; i++) {
            if (KafkaPartitioner.partition(prefix + i, partitions) == partition) {
                return prefix + i;
            }
        }
    }

    static String golden(String name) throws IOException {
        try (InputStream in = ExplorerTest.class.getResourceAsStream(name)) {
            assertThat(in).as("golden file %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
