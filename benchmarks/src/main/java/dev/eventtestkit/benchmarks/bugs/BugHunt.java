package dev.eventtestkit.benchmarks.bugs;

import dev.eventtestkit.explore.ExplorationResult;
import dev.eventtestkit.explore.Explorer;
import dev.eventtestkit.explore.Scenario;
import dev.eventtestkit.explore.Strategy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The harness: for each system and each exploration strategy, how many schedules it takes to find the bug
 * (the median over many base seeds, and how many seeds found it within the budget), how long that took, and
 * whether the fixed version ever fails (a false alarm). Prints a Markdown table.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.eventtestkit.benchmarks.bugs.BugHunt [seeds] [budget]
 * </pre>
 */
public final class BugHunt {

    /** Base seeds per system and strategy (the median over 100). */
    static final int SEEDS = 100;
    /** Schedules a strategy may run per seed before the bug counts as not found. */
    static final int BUDGET = 2_000;
    /** Base seeds and schedules per seed run on each fixed version. */
    static final int FIXED_SEEDS = 10;
    static final int FIXED_BUDGET = 2_000;

    private BugHunt() {}

    /**
     * An exploration strategy as the harness runs it.
     *
     * @param name as printed, e.g. {@code pct(2)}
     * @param seeded whether the base seed changes what it explores (exhaustive walks one order: run once)
     * @param explorer the explorer for a budget and a base seed
     */
    public record Contender(String name, boolean seeded, BiFunction<Integer, Long, Explorer> explorer) {

        static Contender of(Strategy strategy) {
            return new Contender(strategy.toString(), !strategy.isExhaustive(),
                    (budget, seed) -> Explorer.schedules(budget).strategy(strategy).seed(seed));
        }
    }

    /** @return the strategies measured: every one {@link Strategy} offers, PCT at depths 1 to 3 */
    public static List<Contender> contenders() {
        return List.of(Contender.of(Strategy.random()), Contender.of(Strategy.pct(1)), Contender.of(Strategy.pct(2)),
                Contender.of(Strategy.pct(3)), Contender.of(Strategy.pos()), Contender.of(Strategy.exhaustive()));
    }

    /**
     * What one strategy did on one system.
     *
     * @param runs schedules to the first failure, per seed; -1 where the budget ran out first
     * @param nanos wall time of all seeds
     */
    public record Hunt(BugSystem system, Contender strategy, int[] runs, long nanos) {

        /** @return how many seeds found the bug */
        public int found() {
            return (int) Arrays.stream(runs).filter(r -> r > 0).count();
        }

        /** @return the median of schedules to the first failure, a seed that never found it counting as infinite; -1 when that is infinite */
        public int median() {
            int[] sorted = Arrays.stream(runs).map(r -> r > 0 ? r : Integer.MAX_VALUE).sorted().toArray();
            int middle = sorted[(sorted.length - 1) / 2];
            return middle == Integer.MAX_VALUE ? -1 : middle;
        }

        /** @return the table cell, e.g. {@code 12 (100/100, 3.1 ms)} */
        public String cell() {
            String median = median() < 0 ? "not found" : String.valueOf(median());
            double millisPerSeed = nanos / 1e6 / runs.length;
            return median + " (" + found() + "/" + runs.length + ", " + String.format(Locale.ROOT, "%.1f ms", millisPerSeed)
                    + ")";
        }
    }

    /** Hunts the bug of one system with one strategy from base seeds 1 to {@code seeds}. */
    public static Hunt hunt(BugSystem system, Contender strategy, int seeds, int budget) {
        int[] runs = new int[strategy.seeded() ? seeds : 1];
        long start = System.nanoTime();
        for (int s = 0; s < runs.length; s++) {
            runs[s] = firstFailure(strategy.explorer().apply(budget, s + 1L), system, system.buggy());
        }
        return new Hunt(system, strategy, runs, System.nanoTime() - start);
    }

    /** @return how many fixed-version runs failed: each one a false alarm */
    public static int falseAlarms(BugSystem system, Contender strategy, int seeds, int budget) {
        int alarms = 0;
        for (int s = 0; s < (strategy.seeded() ? seeds : 1); s++) {
            if (firstFailure(strategy.explorer().apply(budget, s + 1L), system, system.fixed()) > 0) {
                alarms++;
            }
        }
        return alarms;
    }

    private static int firstFailure(Explorer explorer, BugSystem system, Scenario scenario) {
        ExplorationResult result = explorer.faults(system.faults()).shrinking(false).run(scenario);
        return result.failure().map(f -> f.scheduleNumber()).orElse(-1);
    }

    /** @return the Markdown table of every system under every strategy */
    public static String table(List<BugSystem> systems, List<Contender> strategies, int seeds, int budget,
            int fixedSeeds, int fixedBudget) {
        StringBuilder text = new StringBuilder("| system | depth | decisions |");
        StringBuilder rule = new StringBuilder("|---|---|---|");
        for (Contender strategy : strategies) {
            text.append(' ').append(strategy.name()).append(" |");
            rule.append("---|");
        }
        text.append(" false alarms (fixed) |\n").append(rule).append("---|\n");
        for (BugSystem system : systems) {
            text.append("| ").append(system.name()).append(" | ").append(system.depth()).append(" | ")
                    .append(system.decisions()).append(" |");
            int alarms = 0;
            for (Contender strategy : strategies) {
                Hunt hunt = hunt(system, strategy, seeds, budget);
                text.append(' ').append(hunt.cell()).append(" |");
                alarms += falseAlarms(system, strategy, fixedSeeds, fixedBudget);
                System.err.println(system.name() + " " + strategy.name() + ": " + hunt.cell());
            }
            text.append(' ').append(alarms).append(" |\n");
        }
        return text.toString();
    }

    /** @return the argument as a whole number of at least 1; otherwise one line on standard error and exit 2 */
    private static int positive(String arg, String name) {
        try {
            int value = Integer.parseInt(arg);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // the line below says what was expected
        }
        System.err.println("BugHunt: " + name + " must be a whole number from 1 to " + Integer.MAX_VALUE + ", was \"" + arg + "\"");
        System.exit(2);
        return 0;
    }

    /**
     * @param args optional: base seeds per system and strategy (default {@value #SEEDS}), schedule budget per
     *     seed (default {@value #BUDGET}; the fixed versions run at most {@value #FIXED_BUDGET} per seed)
     */
    public static void main(String[] args) {
        if (args.length > 2) {
            System.err.println("BugHunt: expected at most two arguments, <seeds> <budget>, got " + args.length);
            System.exit(2);
        }
        int seeds = args.length > 0 ? positive(args[0], "<seeds> (base seeds per system and strategy)") : SEEDS;
        int budget = args.length > 1 ? positive(args[1], "<budget> (schedules per seed)") : BUDGET;
        int fixedBudget = Math.min(FIXED_BUDGET, budget);
        List<String> lines = new ArrayList<>();
        lines.add("Schedules to the first failure: median over " + seeds + " base seeds (seeds that found it within "
                + budget + " schedules / seeds; wall time per seed). Exhaustive runs once. False alarms: fixed"
                + " versions, " + FIXED_SEEDS + " seeds x " + fixedBudget + " schedules per strategy.");
        lines.add("");
        lines.add(table(OrderingBugs.all(), contenders(), seeds, budget, FIXED_SEEDS, fixedBudget));
        System.out.println(String.join("\n", lines));
    }
}
