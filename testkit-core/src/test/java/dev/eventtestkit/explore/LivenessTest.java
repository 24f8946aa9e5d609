package dev.eventtestkit.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.NotSettledException;
import dev.eventtestkit.broker.RetryAfter;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Explorer.liveness: a schedule whose world never settles is a failure of its own, found, shrunk and
 * reported with what keeps running and the cycle, not a step count or a hang.
 */
class LivenessTest {

    record ProductAdded(String sku) {}

    record ProductRemoved(String sku) {}

    record StockReserved(String orderId, String sku) {}

    /**
     * Reservations wait (retry every second) for their product to reach the catalog. The catalog and the
     * reservations are different topics: when the product is added and removed before the reservation is
     * first tried, the product never comes back, and the reservation retries for ever.
     */
    static void reservesOnceTheProductIsKnown(FakeBroker broker, boolean remembersRemovals) {
        Set<String> catalog = new HashSet<>();
        Set<String> removed = new HashSet<>();
        broker.subscribe("catalog", "stock", m -> {
            if (m.type().equals("ProductAdded")) {
                catalog.add(m.payloadAs(ProductAdded.class).sku());
            } else {
                String sku = m.payloadAs(ProductRemoved.class).sku();
                catalog.remove(sku);
                removed.add(sku);
            }
        });
        broker.subscribe("reservations", "stock", m -> {
            String sku = m.payloadAs(StockReserved.class).sku();
            if (!catalog.contains(sku) && !(remembersRemovals && removed.contains(sku))) {
                throw new RetryAfter(Duration.ofSeconds(1), new IllegalStateException("unknown product " + sku));
            }
        });
        broker.publish("catalog", "p-1", new ProductAdded("p-1"));
        broker.publish("reservations", "o-1", new StockReserved("o-1", "p-1"));
        broker.publish("catalog", "p-1", new ProductRemoved("p-1"));
        broker.runUntilIdle();
    }

    @Test
    void aRetryLoopThatNeverEndsUnderOneOrderIsALivenessFailure() throws Exception {
        ExplorationResult result = Explorer.random(100).liveness(Duration.ofMinutes(1))
                .run(broker -> reservesOnceTheProductIsKnown(broker, false));

        ExplorationFailure failure = result.failure().orElseThrow();
        assertThat(failure.cause()).isInstanceOf(NotSettledException.class);
        assertThat(failure.report()).isEqualTo(ExplorerTest.golden("liveness-report.txt"));
    }

    @Test
    void theFixedReservationSettlesUnderEverySchedule() {
        ExplorationResult result = Explorer.exhaustive(1_000).liveness(Duration.ofMinutes(1))
                .run(broker -> reservesOnceTheProductIsKnown(broker, true));

        assertThat(result.passed()).isTrue();
        assertThat(result.exhausted()).isTrue();
    }

    @Test
    void withoutLivenessTheSameScenarioPassesSilently() {
        assertThat(Explorer.exhaustive(1_000).run(broker -> reservesOnceTheProductIsKnown(broker, false)).passed())
                .isTrue();
    }

    @Test
    void isDeterministic() {
        Explorer explorer = Explorer.random(100).liveness(Duration.ofMinutes(1));
        Scenario scenario = broker -> reservesOnceTheProductIsKnown(broker, false);

        assertThat(explorer.run(scenario).failure().orElseThrow().report())
                .isEqualTo(explorer.run(scenario).failure().orElseThrow().report());
    }

    @Test
    void refusesANegativeHorizon() {
        assertThatThrownBy(() -> Explorer.random(1).liveness(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("liveness(within): expected a duration of zero or more, was PT-1S");
    }
}
