package dev.eventtestkit.explore;

import dev.eventtestkit.broker.Chooser;
import dev.eventtestkit.broker.FakeBrokerBuilder;
import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.broker.Trace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Runs one {@link Scenario} under many delivery schedules of a fresh {@link dev.eventtestkit.broker.FakeBroker}
 * each: which ready delivery goes next, which faults strike, how long delays last.
 *
 * <pre>{@code
 * Explorer.random(200).seed(42L).faults(Faults.builder().duplicates(0.3).build())
 *         .run(scenario)
 *         .assertNoFailure();
 * Explorer.schedules(200).strategy(Strategy.pct(3)).run(scenario);   // PCT: deep ordering bugs first
 * Explorer.exhaustive(10_000).run(scenario).assertNoFailure();       // every order, up to 10,000
 * Explorer.replay(7340912L).faults(...).run(scenario);               // the schedule a failure printed
 * }</pre>
 *
 * <p>Sampling strategies ({@link Strategy#random()}, {@link Strategy#pct(int)}, {@link Strategy#pos()}) run
 * schedule 1 with the base seed itself and each later one with a seed derived from it; a random schedule's
 * seed replays alone, any schedule replays exactly from the {@link Schedule} a failure prints. Exhaustive
 * exploration walks the broker's choice points depth-first (every ready delivery; fault or no fault; no delay
 * or the whole bound), re-running the scenario with recorded choices. All stop at the first failure and shrink
 * it. Immutable: every setter returns a new explorer. Runs on the calling thread.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Explorer {

    private enum Mode {
        SAMPLED,
        EXHAUSTIVE,
        SCHEDULE
    }

    private static final Consumer<FakeBrokerBuilder> AS_IS = builder -> {};

    private final Mode mode;
    private final Strategy strategy;
    private final int schedules;
    private final long seed;
    private final @Nullable Schedule schedule;
    private final Faults faults;
    private final Consumer<FakeBrokerBuilder> configuration;
    private final boolean shrinking;

    private Explorer(Mode mode, Strategy strategy, int schedules, long seed, @Nullable Schedule schedule,
            Faults faults, Consumer<FakeBrokerBuilder> configuration, boolean shrinking) {
        this.mode = mode;
        this.strategy = strategy;
        this.schedules = schedules;
        this.seed = seed;
        this.schedule = schedule;
        this.faults = faults;
        this.configuration = configuration;
        this.shrinking = shrinking;
    }

    /**
     * @param schedules how many schedules to run (or, exhaustive, the most to run), 1 or more
     * @return an explorer with the random strategy, base seed 0 and no faults; choose another with
     *     {@link #strategy(Strategy)}
     */
    public static Explorer schedules(int schedules) {
        return new Explorer(Mode.SAMPLED, Strategy.random(), positive(schedules), 0L, null, Faults.none(), AS_IS,
                true);
    }

    /**
     * @param schedules how many random schedules to run, 1 or more
     * @return an explorer with base seed 0 and no faults
     */
    public static Explorer random(int schedules) {
        return schedules(schedules);
    }

    /**
     * @param maxSchedules stop after this many schedules even when more remain, 1 or more
     * @return an explorer that walks every distinct schedule depth-first, with broker seed 0 and no faults
     */
    public static Explorer exhaustive(int maxSchedules) {
        return schedules(maxSchedules).strategy(Strategy.exhaustive());
    }

    /**
     * @param seed the seed a failure printed
     * @return an explorer that runs exactly the random schedule of that seed; set the same faults
     */
    public static Explorer replay(long seed) {
        return random(1).seed(seed);
    }

    /**
     * @param schedule the exact choices a failure printed (its shrunk schedule, or an exhaustive one)
     * @return an explorer that runs exactly that schedule; set the same faults
     */
    public static Explorer replay(Schedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        return new Explorer(Mode.SCHEDULE, Strategy.random(), 1, schedule.seed(), schedule, Faults.none(), AS_IS,
                true);
    }

    /**
     * @param strategy how schedules are picked: {@link Strategy#random()} (the default), {@link Strategy#pct(int)},
     *     {@link Strategy#pos()} or {@link Strategy#exhaustive()}
     * @return a new explorer
     * @throws IllegalStateException on an explorer that replays one exact {@link Schedule}
     */
    public Explorer strategy(Strategy strategy) {
        Objects.requireNonNull(strategy, "strategy");
        if (mode == Mode.SCHEDULE) {
            throw new IllegalStateException("Explorer.replay(" + schedule + ") runs exactly that schedule; a strategy"
                    + " does not apply to it");
        }
        return new Explorer(strategy.isExhaustive() ? Mode.EXHAUSTIVE : Mode.SAMPLED, strategy, schedules, seed,
                schedule, faults, configuration, shrinking);
    }

    /**
     * @param seed the base seed of random exploration, or the broker seed (message ids) of exhaustive
     * @return a new explorer
     */
    public Explorer seed(long seed) {
        Schedule exact = schedule == null ? null : new Schedule(seed, schedule.choices());
        return new Explorer(mode, strategy, schedules, seed, exact, faults, configuration, shrinking);
    }

    /**
     * @param faults the faults every schedule's broker injects
     * @return a new explorer
     */
    public Explorer faults(Faults faults) {
        return new Explorer(mode, strategy, schedules, seed, schedule, Objects.requireNonNull(faults, "faults"),
                configuration, shrinking);
    }

    /**
     * Configures every schedule's broker (retry policy, codec, validator, step bound); the explorer then sets
     * the seed, the faults and the chooser. Do not set a clock shared between schedules.
     *
     * @param configuration applied to a fresh builder per schedule
     * @return a new explorer
     */
    public Explorer configure(Consumer<FakeBrokerBuilder> configuration) {
        return new Explorer(mode, strategy, schedules, seed, schedule, faults,
                Objects.requireNonNull(configuration, "configuration"), shrinking);
    }

    /**
     * @param shrinking whether to shrink a failing schedule before reporting it; default true
     * @return a new explorer
     */
    public Explorer shrinking(boolean shrinking) {
        return new Explorer(mode, strategy, schedules, seed, schedule, faults, configuration, shrinking);
    }

    /**
     * Runs the scenario under each schedule until one fails or all have run.
     *
     * @param scenario the scenario, run once per schedule on a fresh broker
     * @return what the exploration found
     * @throws NondeterministicScenarioException when a re-run of the scenario makes different choices
     */
    public ExplorationResult run(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        ScheduleRunner runner = new ScheduleRunner(scenario, faults, configuration);
        Set<Trace> traces = new HashSet<>();
        List<Integer> prefix = schedule == null ? List.of() : schedule.choices();
        int steps = 0;
        int chains = 0;
        for (int run = 1; run <= schedules; run++) {
            Outcome outcome;
            if (mode == Mode.SAMPLED) {
                Chooser chooser = strategy.chooser(seedOf(run), steps);
                outcome = runner.sample(seedOf(run), chooser);
                if (chooser instanceof PctChooser pct) {
                    chains = Math.max(chains, pct.chains());
                }
            } else {
                outcome = runner.replay(seed, prefix, true);
            }
            steps = Math.max(steps, outcome.steps());
            traces.add(outcome.trace());
            String bound = strategy.bound(chains, steps);
            if (outcome.failed()) {
                Outcome shrunk = shrinking ? Shrinker.shrink(runner, outcome) : outcome;
                String about = bound.isEmpty() ? "" : strategy + ": " + bound;
                String report = FailureReport.render(describe(run), about, replayCode(outcome), outcome, shrunk,
                        faults);
                return new ExplorationResult(strategy, run, traces.size(), false,
                        new ExplorationFailure(run, outcome, shrunk, report), bound);
            }
            if (mode == Mode.EXHAUSTIVE) {
                List<Integer> next = nextPrefix(outcome.choices());
                if (next == null) {
                    return new ExplorationResult(strategy, run, traces.size(), true, null, bound);
                }
                prefix = next;
            }
        }
        return new ExplorationResult(strategy, schedules, traces.size(), false, null, strategy.bound(chains, steps));
    }

    /**
     * The broker seed of one random schedule: schedule 1 runs the base seed itself, so a printed seed replays
     * with {@code replay(seed)}; later ones derive theirs from it. Drivers that run each schedule themselves
     * (the JUnit {@code @Interleavings} template) build {@code FakeBroker.builder().seed(seedOf(n))}, which
     * makes exactly the choices this explorer's schedule {@code n} makes.
     *
     * @param run the schedule number, counting from 1
     * @return its broker seed
     */
    public long seedOf(int run) {
        if (run == 1) {
            return seed;
        }
        long z = seed + run * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Depth-first: the deepest choice that has an untried alternative takes it; everything after resets. */
    private static @Nullable List<Integer> nextPrefix(List<Choice> choices) {
        for (int i = choices.size() - 1; i >= 0; i--) {
            int alternative = choices.get(i).nextAlternative();
            if (alternative >= 0) {
                List<Integer> next = new ArrayList<>(i + 1);
                for (int j = 0; j < i; j++) {
                    next.add(choices.get(j).value());
                }
                next.add(alternative);
                return next;
            }
        }
        return null;
    }

    private String describe(int run) {
        switch (mode) {
            case SAMPLED:
                return "schedule " + run + " of " + schedules + " (" + strategy + ", seed = " + seedOf(run) + ")";
            case EXHAUSTIVE:
                return "schedule " + run + " of at most " + schedules + " (exhaustive)";
            default:
                return "the replayed schedule";
        }
    }

    private List<String> replayCode(Outcome failing) {
        String withFaults = faults.equals(Faults.none()) ? "" : ".faults(" + faults + ")";
        List<String> lines = new ArrayList<>();
        if (mode == Mode.SAMPLED && strategy.equals(Strategy.random())) {
            lines.add("@Interleavings(value = 1, seed = " + failing.seed() + "L)");
            lines.add("Explorer.replay(" + failing.seed() + "L)" + withFaults + ".run(scenario)");
        } else {
            lines.add("Explorer.replay(" + failing.schedule() + ")" + withFaults + ".run(scenario)");
        }
        return lines;
    }

    private static int positive(int schedules) {
        if (schedules < 1) {
            throw new IllegalArgumentException("explore 1 or more schedules, was " + schedules);
        }
        return schedules;
    }

    @Override
    public String toString() {
        return "Explorer[" + (mode == Mode.SCHEDULE ? "replay" : strategy) + ", " + schedules + " schedule(s), seed " + seed
                + (schedule == null ? "" : ", " + schedule) + ", " + faults + "]";
    }
}
