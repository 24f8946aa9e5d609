package dev.eventtestkit.benchmarks.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.explore.ExplorationResult;
import org.junit.jupiter.api.Test;

/** Both explorations pass and really explore: the two instances interleave in many orders. */
class ExplorationBenchmarkTest {

    private final ExplorationBenchmark benchmark = new ExplorationBenchmark();

    @Test
    void randomExplorationRunsEveryScheduleAndFindsManyOrders() {
        ExplorationResult result = benchmark.randomSchedules();

        assertThat(result.passed()).isTrue();
        assertThat(result.schedulesRun()).isEqualTo(ExplorationBenchmark.SCHEDULES);
        assertThat(result.distinctTraces()).isGreaterThan(10);
    }

    @Test
    void exhaustiveExplorationWalksEveryOrderWithinTheBound() {
        ExplorationResult result = benchmark.exhaustiveSchedules();

        assertThat(result.passed()).isTrue();
        assertThat(result.exhausted()).isTrue();
        assertThat(result.distinctTraces()).isEqualTo(result.schedulesRun()).isGreaterThan(10);
    }

    @Test
    void pctAndPosRunEveryScheduleAndFindManyOrders() {
        for (ExplorationResult result : new ExplorationResult[] {benchmark.pctSchedules(), benchmark.posSchedules()}) {
            assertThat(result.passed()).isTrue();
            assertThat(result.schedulesRun()).isEqualTo(ExplorationBenchmark.SCHEDULES);
            assertThat(result.distinctTraces()).isGreaterThan(10);
        }
    }

    @Test
    void theReducedWalksCoverTheirScenariosInOneSchedule() {
        for (ExplorationResult result : new ExplorationResult[] {
                benchmark.exhaustiveTwelveKeyedMessages(), benchmark.exhaustiveOneKeyThreeGroups()}) {
            assertThat(result.exhausted()).isTrue();
            assertThat(result.schedulesRun()).isEqualTo(1);
        }
    }
}
