package dev.eventtestkit.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.FakeBroker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExhaustiveFailureTest {

    /** The projection assumes the shipment (another partition) never overtakes the order. */
    static void shipmentAfterOrder(FakeBroker broker) {
        broker.createTopic("orders", 2);
        List<String> seen = new ArrayList<>();
        broker.subscribe("orders", "projection", m -> {
            String id = m.payloadAs(OrderPlaced.class).orderId();
            if (id.equals("shipment") && !seen.contains("order")) {
                throw new AssertionError("shipment before order");
            }
            seen.add(id);
        });
        broker.publish("orders", ExplorerTest.key(0, "a"), new OrderPlaced("order", 1));
        broker.publish("orders", ExplorerTest.key(1, "b"), new OrderPlaced("shipment", 1));
        broker.runUntilIdle();
    }

    @Test
    void findsTheOrderThatBreaksAnAssumptionAndPrintsItsExactSchedule() throws Exception {
        ExplorationResult result = Explorer.exhaustive(100).run(ExhaustiveFailureTest::shipmentAfterOrder);

        ExplorationFailure failure = result.failure().orElseThrow();
        assertThat(result.schedulesRun()).isEqualTo(2);
        assertThat(failure.schedule()).isEqualTo(Schedule.of(0L, 1));
        assertThat(failure.shrunkSchedule()).isEqualTo(failure.schedule());
        assertThat(failure.report()).isEqualTo(ExplorerTest.golden("exhaustive-report.txt"));
    }

    @Test
    void replaysAnExhaustiveScheduleFromItsChoices() {
        ExplorationResult replayed = Explorer.replay(Schedule.of(0L, 1)).run(ExhaustiveFailureTest::shipmentAfterOrder);

        assertThat(replayed.failure().orElseThrow().cause()).hasMessage("shipment before order");
        assertThat(Explorer.replay(Schedule.of(0L, 0)).run(ExhaustiveFailureTest::shipmentAfterOrder).passed())
                .isTrue();
    }
}
