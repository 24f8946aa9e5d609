package dev.eventtestkit.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.FaultKind;
import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.broker.RetryPolicy;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class CoverageTest {

    /** A projection that sees a payment before its order only when the payments group runs first. */
    static void paymentsAndOrders(FakeBroker broker) {
        Set<String> orders = new HashSet<>();
        broker.subscribe("orders", "projection", m -> orders.add(m.key()));
        broker.subscribe("payments", "projection", m ->
                broker.sometimes("a payment before its order", !orders.contains(m.key())));
        broker.publish("orders", "o-1", new OrderPlaced("o-1", 1));
        broker.publish("payments", "o-1", new OrderPlaced("o-1", 1));
        broker.runUntilIdle();
    }

    @Test
    void countsTheSchedulesInWhichASometimesConditionHeld() {
        ExplorationResult result = Explorer.exhaustive(10).run(CoverageTest::paymentsAndOrders);

        assertThat(result.sometimes()).isEqualTo(Map.of("a payment before its order", 1));
        assertThat(result.passed()).isTrue();
        assertThat(result.toString()).isEqualTo("exhaustive: 2 schedule(s), 2 distinct by happens-before,"
                + " 2 distinct trace(s), all of them, sometimes(\"a payment before its order\") in 1, no failure");
    }

    @Test
    void failsAnExplorationInWhichASometimesConditionNeverHeld() {
        ExplorationResult result = Explorer.replay(Schedule.of(0L)).run(CoverageTest::paymentsAndOrders);

        assertThat(result.passed()).isFalse();
        assertThat(result.failure()).isEmpty();
        assertThatThrownBy(result::assertNoFailure).isInstanceOf(AssertionFailedError.class).hasMessage(
                "sometimes(\"a payment before its order\") never held in 1 schedule (random): the exploration never"
                        + " brought it about\n"
                        + "random: 1 schedule(s), 1 distinct by happens-before, 1 distinct trace(s),"
                        + " sometimes(\"a payment before its order\") in 0, no failure");
    }

    @Test
    void failsWhenADeclaredReachablePointWasNeverReached() {
        Scenario refunds = broker -> {
            broker.subscribe("orders", "billing", m -> {
                if (m.attempt() > 1) {
                    broker.reachable("charge retried");
                }
            });
            broker.publish("orders", "o-1", new OrderPlaced("o-1", 1));
            broker.runUntilIdle();
        };

        ExplorationResult result = Explorer.random(5).reachable("charge retried").run(refunds);
        ExplorationResult withDuplicates = Explorer.random(20).reachable("charge retried")
                .faults(Faults.builder().duplicates(0.5).build()).run(refunds);

        assertThat(result.sometimes()).isEqualTo(Map.of("charge retried", 0));
        assertThatThrownBy(result::assertNoFailure).hasMessageStartingWith(
                "sometimes(\"charge retried\") never held in 5 schedules (random): the exploration never brought it"
                        + " about\n");
        assertThat(withDuplicates.passed()).isTrue();
        assertThat(withDuplicates.sometimes().get("charge retried")).isPositive();
    }

    @Test
    void countsFaultsDeadLettersAndRetries() {
        ExplorationResult result = Explorer.random(20).faults(Faults.builder().duplicates(0.5).build())
                .configure(b -> b.retryPolicy(RetryPolicy.of(2)))
                .run(broker -> {
                    broker.subscribe("orders", "billing", m -> {
                        throw new IllegalStateException("always fails");
                    });
                    broker.subscribe("orders", "audit", m -> {});
                    broker.publish("orders", "o-1", new OrderPlaced("o-1", 1));
                    broker.runUntilIdle();
                });

        assertThat(result.deadLetters()).isEqualTo(20);
        assertThat(result.retries()).isEqualTo(20);
        assertThat(result.faultsFired()).containsOnlyKeys(FaultKind.DUPLICATE);
        assertThat(result.toString()).contains(", faults fired: duplicate " + result.faultsFired().get(FaultKind.DUPLICATE)
                + ", 20 dead letter(s), 20 retries, no failure");
    }

    @Test
    void warnsWhenAConfiguredFaultNeverFiredAndWhenFewSchedulesWereDistinct() {
        ExplorationResult result = Explorer.random(3).faults(Faults.builder().crashBeforeAck(0.001).build())
                .run(ExplorerTest::twoGroupsTwoOrders);

        assertThat(result.distinctTraces()).isEqualTo(3);
        assertThat(result.distinctSchedules()).isEqualTo(1);
        assertThat(result.warnings()).containsExactly(
                "the crash-before-ack fault (rate 0.001) never fired in 3 schedules",
                "only 1 distinct schedule (by happens-before class) among 3 run: more schedules of this scenario add"
                        + " little; Explorer.exhaustive walks every class");
        assertThat(result.passed()).as("warnings do not fail").isTrue();
    }
}
