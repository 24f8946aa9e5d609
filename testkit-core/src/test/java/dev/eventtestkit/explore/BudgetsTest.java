package dev.eventtestkit.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.broker.Faults;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class BudgetsTest {

    private static final Faults DUPLICATES = Faults.builder().duplicates(0.3).build();
    private static final Scenario NAIVE = ExplorerTest.chargesOnce(Billing::naive);
    private static final Scenario IDEMPOTENT = ExplorerTest.chargesOnce(Billing::idempotent);

    /** A clock for budgets that moves one second each time it is read. */
    static LongSupplier oneSecondPerRead() {
        AtomicLong nanos = new AtomicLong();
        return () -> nanos.addAndGet(Duration.ofSeconds(1).toNanos());
    }

    static Scenario recordingSeeds(List<Long> seeds) {
        return broker -> {
            seeds.add(broker.seed());
            ExplorerTest.twoGroupsTwoOrders(broker);
        };
    }

    @Test
    void aTimeBudgetStopsBetweenSchedulesAndSaysSo() {
        List<Long> budgeted = new ArrayList<>();
        List<Long> all = new ArrayList<>();

        ExplorationResult result = Explorer.random(100).timeBudget(Duration.ofSeconds(3)).ticker(oneSecondPerRead())
                .run(recordingSeeds(budgeted));
        Explorer.random(100).run(recordingSeeds(all));

        assertThat(result.schedulesRun()).as("read at the start, then before schedules 2, 3 and 4").isEqualTo(3);
        assertThat(budgeted).isEqualTo(all.subList(0, 3));
        assertThat(result.passed()).isTrue();
        assertThat(result.warnings()).contains("the time budget of 3s stopped the exploration after 3 of 100 schedules");
    }

    @Test
    void refusesABudgetOfZero() {
        assertThatThrownBy(() -> Explorer.random(10).timeBudget(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("timeBudget must be more than zero, was PT0S");
    }

    @Test
    void shardsTogetherRunEverySchedulesOnceWithTheGlobalSeeds() {
        List<Long> all = new ArrayList<>();
        List<Long> sharded = new ArrayList<>();
        Explorer.random(10).run(recordingSeeds(all));

        for (int shard = 1; shard <= 3; shard++) {
            ExplorationResult result = Explorer.random(10).shard(shard + "/3").run(recordingSeeds(sharded));
            assertThat(result.schedulesRun()).isEqualTo(shard == 1 ? 4 : 3);
        }

        assertThat(sharded).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void aShardsFailurePrintsTheGlobalScheduleAndSeed() {
        ExplorationFailure whole = Explorer.random(200).faults(DUPLICATES).run(NAIVE)
                .failure().orElseThrow();
        int shard = (whole.scheduleNumber() - 1) % 4 + 1;

        ExplorationFailure sliced = Explorer.random(200).faults(DUPLICATES).shard(shard, 4)
                .run(NAIVE).failure().orElseThrow();

        assertThat(sliced.scheduleNumber()).isEqualTo(whole.scheduleNumber());
        assertThat(sliced.seed()).isEqualTo(whole.seed());
        assertThat(sliced.report()).startsWith("schedule " + whole.scheduleNumber() + " of 200 (random, seed = "
                + whole.seed() + ", shard " + shard + "/4) failed: ")
                .contains("\n  @Interleavings(value = 1, seed = " + whole.seed() + "L)\n");
    }

    @Test
    void refusesAShardOutsideItsCount() {
        assertThatThrownBy(() -> Explorer.random(10).shard("9/8"))
                .hasMessage("shard must be i/n with 1 <= i <= n, was 9/8");
        assertThatThrownBy(() -> Explorer.random(10).shard("0/8"))
                .hasMessage("shard must be i/n with 1 <= i <= n, was 0/8");
        assertThatThrownBy(() -> Explorer.random(10).shard("two of eight"))
                .hasMessage("shard must be i/n with 1 <= i <= n, e.g. 2/8, was \"two of eight\"");
    }

    @Test
    void parallelExplorationGivesTheResultOfOneThread() {
        for (Strategy strategy : List.of(Strategy.random(), Strategy.pct(2), Strategy.pos())) {
            Explorer explorer = Explorer.schedules(300).strategy(strategy).faults(DUPLICATES);
            ExplorationResult one = explorer.run(NAIVE);
            ExplorationResult four = explorer.parallel(4).run(NAIVE);
            ExplorationResult passingOne = explorer.run(IDEMPOTENT);
            ExplorationResult passingFour = explorer.parallel(4).run(IDEMPOTENT);

            assertThat(four.failure().orElseThrow().report()).isEqualTo(one.failure().orElseThrow().report());
            assertThat(four.toString()).isEqualTo(one.toString());
            assertThat(passingFour.toString()).isEqualTo(passingOne.toString());
        }
    }

    @Test
    void triesTheSeedsThatFailedLastTimeFirst() {
        ExplorationFailure found = Explorer.random(200).faults(DUPLICATES).run(NAIVE)
                .failure().orElseThrow();
        List<Long> seeds = Collections.synchronizedList(new ArrayList<>());

        ExplorationResult result = Explorer.random(200).faults(DUPLICATES).tryFirst(found.seed()).run(broker -> {
            seeds.add(broker.seed());
            NAIVE.run(broker);
        });

        assertThat(seeds.get(0)).isEqualTo(found.seed());
        assertThat(result.failure().orElseThrow().scheduleNumber()).isZero();
        assertThat(result.failure().orElseThrow().report()).startsWith("the previously failing seed " + found.seed()
                + " (random, tried first) failed: ");
    }

    @Test
    void printsAProgressLineEveryFiveSeconds() {
        List<String> lines = new ArrayList<>();

        Explorer.random(6).ticker(oneSecondPerRead()).progress(lines::add).run(ExplorerTest::twoGroupsTwoOrders);

        assertThat(lines).containsExactly(
                "exploring random: 5 of 6 schedules, 1 distinct by happens-before, 5s");
    }
}
