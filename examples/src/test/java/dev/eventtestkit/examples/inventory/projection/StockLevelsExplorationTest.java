package dev.eventtestkit.examples.inventory.projection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.examples.orders.process.OrderProcess;
import dev.eventtestkit.examples.support.ExampleContracts;
import dev.eventtestkit.explore.ExplorationFailure;
import dev.eventtestkit.explore.ExplorationResult;
import dev.eventtestkit.explore.Explorer;
import dev.eventtestkit.explore.Scenario;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The stock read model under reordering: any undelivered record of any of three partitions may go next. */
class StockLevelsExplorationTest {

    private static final Faults REORDER = Faults.builder().reorder(true).build();

    @Test
    void isRightUnderEveryDeliveryOrder() {
        ExplorationResult result = Explorer.exhaustive(5_000).faults(REORDER)
                .configure(ExampleContracts.validating())
                .run(reservedUnits(StockLevelProjection::new));

        result.assertNoFailure();
        assertThat(result.exhausted()).isTrue();
        assertThat(result.distinctTraces()).isGreaterThan(20);
    }

    @Test
    void isRightUnderReorderingAndDuplicatesTogether() {
        Explorer.random(300).seed(7L).faults(Faults.builder().reorder(true).duplicates(0.3).build())
                .configure(ExampleContracts.validating())
                .run(reservedUnits(StockLevelProjection::new))
                .assertNoFailure();
    }

    @Test
    void catchesTheOrderDependentProjectionAndPrintsTheSeedAndTheReplay() {
        ExplorationResult result = Explorer.random(300).seed(7L).faults(REORDER)
                .configure(ExampleContracts.validating())
                .run(reservedUnits(OrderDependentStockProjection::new));

        ExplorationFailure failure = result.failure().orElseThrow();
        assertThat(failure.seed()).isEqualTo(7L);
        assertThat(failure.report()).startsWith(""
                + "schedule 1 of 300 (random, seed = 7) failed: org.opentest4j.AssertionFailedError:"
                + " units of p-1 reserved ==> expected: <7> but was: <9>\n"
                + "\n"
                + "Replay it:\n"
                + "  @Interleavings(value = 1, seed = 7L)\n"
                + "  Explorer.replay(7L).faults(Faults.builder().reorder(true).build()).run(scenario)\n");
        assertThat(failure.report()).contains("inventory[0]@2  stock-levels  1        fault reorder: ahead of offset 0");
    }

    /** Four orders' stock events over three partitions; 7 units of p-1 stay reserved whatever the order. */
    private static Scenario reservedUnits(Function<Map<String, Integer>, StockLevels> projection) {
        return broker -> {
            broker.createTopic(OrderProcess.INVENTORY, StockLevelsBehaviour.PARTITIONS);
            StockLevels levels = projection.apply(Map.of("p-1", 10, "p-2", 5));
            broker.subscribe(OrderProcess.INVENTORY, StockLevelProjection.GROUP, levels);

            StockLevelsBehaviour.publishFourOrders(broker);
            broker.runUntilIdle();

            org.junit.jupiter.api.Assertions.assertEquals(7, levels.reserved("p-1"), "units of p-1 reserved");
        };
    }
}
