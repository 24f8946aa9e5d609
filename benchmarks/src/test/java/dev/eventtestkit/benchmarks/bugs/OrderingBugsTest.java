package dev.eventtestkit.benchmarks.bugs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.explore.ExplorationFailure;
import dev.eventtestkit.explore.ExplorationResult;
import dev.eventtestkit.explore.Explorer;
import dev.eventtestkit.explore.Strategy;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The catalog is honest: each bug is found, its 1-minimal failing schedule makes as many decisions as stated,
 * and its fixed version passes every schedule tried.
 */
class OrderingBugsTest {

    private static final BugHunt.Contender RANDOM = BugHunt.Contender.of(Strategy.random());
    private static final BugHunt.Contender EXHAUSTIVE = BugHunt.Contender.of(Strategy.exhaustive());

    @Test
    void holdsAtLeastTenSystemsWithBugsOfDepthOneAndTwo() {
        List<BugSystem> all = OrderingBugs.all();
        Set<String> names = new HashSet<>();
        all.forEach(system -> names.add(system.name()));

        assertThat(all).hasSizeGreaterThanOrEqualTo(10);
        assertThat(names).hasSameSizeAs(all);
        assertThat(all).extracting(BugSystem::depth).contains(1, 2);
        assertThat(all).allMatch(system -> system.decisions() >= system.depth());
    }

    @TestFactory
    List<DynamicTest> eachBugIsFoundAndShrinksToItsDecisions() {
        return OrderingBugs.all().stream().map(system -> DynamicTest.dynamicTest(system.name(), () -> {
            ExplorationResult result = Explorer.random(BugHunt.BUDGET).seed(1L).faults(system.faults())
                    .run(system.buggy());

            ExplorationFailure failure = result.failure().orElseThrow(
                    () -> new AssertionError(system.name() + ": no failure in " + BugHunt.BUDGET + " schedules"));
            long decisions = failure.shrunkSchedule().choices().stream().filter(c -> c != 0).count();
            assertThat(decisions).as("%s: decisions in its 1-minimal schedule\n%s", system.name(), failure.report())
                    .isEqualTo(system.decisions());
        })).toList();
    }

    @TestFactory
    List<DynamicTest> eachFixedVersionPassesEveryScheduleTried() {
        return OrderingBugs.all().stream().map(system -> DynamicTest.dynamicTest(system.name(), () -> {
            for (BugHunt.Contender strategy : BugHunt.contenders()) {
                assertThat(BugHunt.falseAlarms(system, strategy, 1, 300)).as("%s under %s", system.name(),
                        strategy.name()).isZero();
            }
        })).toList();
    }

    @Test
    void theHarnessTakesTheMedianAndCountsWhatItFound() {
        BugSystem lostUpdate = ProjectionBugs.lostUpdate();
        BugHunt.Hunt exhaustive = BugHunt.hunt(lostUpdate, EXHAUSTIVE, 100, 1_000);

        assertThat(exhaustive.runs()).containsExactly(2);
        assertThat(exhaustive.median()).isEqualTo(2);
        assertThat(exhaustive.found()).isEqualTo(1);
        assertThat(exhaustive.cell()).startsWith("2 (1/1, ");
        BugHunt.Hunt random = BugHunt.hunt(lostUpdate, RANDOM, 5, 1_000);
        assertThat(random.runs()).hasSize(5).doesNotContain(-1);
        assertThat(BugHunt.hunt(lostUpdate, EXHAUSTIVE, 3, 1).cell()).startsWith("not found (0/1, ");
    }
}
