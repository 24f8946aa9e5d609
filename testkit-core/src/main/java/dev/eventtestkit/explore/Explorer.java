package dev.eventtestkit.explore;

import dev.eventtestkit.broker.Chooser;
import dev.eventtestkit.broker.FakeBrokerBuilder;
import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.broker.Trace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
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
    private Dependence dependence = Dependence.DEFAULT;
    private boolean reduction = true;
    private List<String> reachable = List.of();
    private @Nullable Duration timeBudget;
    private int shardIndex = 1;
    private int shardCount = 1;
    private int threads = 1;
    private List<Long> tryFirst = List.of();
    private @Nullable Consumer<String> progress;
    private LongSupplier ticker = System::nanoTime;
    /** The liveness horizon of {@link #liveness(Duration)}; null checks nothing after the scenario. */
    private @Nullable Duration settleWithin;

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

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
        return with(new Explorer(strategy.isExhaustive() ? Mode.EXHAUSTIVE : Mode.SAMPLED, strategy, schedules,
                seed, schedule, faults, configuration, shrinking));
    }

    /**
     * @param seed the base seed of random exploration, or the broker seed (message ids) of exhaustive
     * @return a new explorer
     */
    public Explorer seed(long seed) {
        Schedule exact = schedule == null ? null : new Schedule(seed, schedule.choices());
        return with(new Explorer(mode, strategy, schedules, seed, exact, faults, configuration, shrinking));
    }

    /**
     * @param faults the faults every schedule's broker injects
     * @return a new explorer
     */
    public Explorer faults(Faults faults) {
        return with(new Explorer(mode, strategy, schedules, seed, schedule, Objects.requireNonNull(faults, "faults"),
                configuration, shrinking));
    }

    /**
     * Configures every schedule's broker (retry policy, codec, validator, step bound); the explorer then sets
     * the seed, the faults and the chooser. Do not set a clock shared between schedules.
     *
     * @param configuration applied to a fresh builder per schedule
     * @return a new explorer
     */
    public Explorer configure(Consumer<FakeBrokerBuilder> configuration) {
        return with(new Explorer(mode, strategy, schedules, seed, schedule, faults,
                Objects.requireNonNull(configuration, "configuration"), shrinking));
    }

    /**
     * @param shrinking whether to shrink a failing schedule before reporting it; default true
     * @return a new explorer
     */
    public Explorer shrinking(boolean shrinking) {
        return with(new Explorer(mode, strategy, schedules, seed, schedule, faults, configuration, shrinking));
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
        Exploration exploration = new Exploration(new ScheduleRunner(scenario, faults, configuration, settleWithin));
        if (mode != Mode.SAMPLED) {
            return exploration.walk();
        }
        if (threads == 1) {
            return exploration.sample(null);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "eventtestkit-explorer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return exploration.sample(pool);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One {@link #run}: what ran so far, and when to stop. */
    private final class Exploration {

        private final ScheduleRunner runner;
        private final Set<Trace> traces = new HashSet<>();
        private final Coverage coverage = new Coverage(dependence, reachable);
        private final long start = ticker.getAsLong();
        private long lastProgress = start;
        private int ran;
        private int steps;
        private int chains;
        private @Nullable String stoppedBy;

        Exploration(ScheduleRunner runner) {
            this.runner = runner;
        }

        /** Random, PCT, POS: the seeds tried first, then this shard's schedules, in batches when parallel. */
        ExplorationResult sample(@Nullable ExecutorService pool) {
            for (long first : tryFirst) {
                ExplorationResult failed = take(sampleOne(first, 0), "the previously failing seed " + first + " ("
                        + strategy + ", tried first)", 0);
                if (failed != null) {
                    return failed;
                }
            }
            List<Integer> slice = slice();
            int pctSteps = 0;
            for (int i = 0; i < slice.size(); ) {
                if (ran > 0 && outOfTime()) {
                    break;
                }
                int size = pool == null || i == 0 ? 1 : Math.min(threads * 4, slice.size() - i);
                List<Integer> batch = slice.subList(i, i + size);
                for (Sampled sampled : runBatch(batch, pctSteps, pool)) {
                    chains = Math.max(chains, sampled.chains);
                    ExplorationResult failed = take(sampled.outcome, describe(sampled.run), sampled.run);
                    if (failed != null) {
                        return failed;
                    }
                }
                if (i == 0) {
                    pctSteps = steps;
                }
                i += size;
            }
            return result(false, null);
        }

        private List<Sampled> runBatch(List<Integer> batch, int pctSteps, @Nullable ExecutorService pool) {
            List<Sampled> done = new ArrayList<>(batch.size());
            if (pool == null || batch.size() == 1) {
                for (int run : batch) {
                    done.add(sampleRun(run, pctSteps));
                }
                return done;
            }
            List<Future<Sampled>> futures = new ArrayList<>(batch.size());
            for (int run : batch) {
                futures.add(pool.submit(() -> sampleRun(run, pctSteps)));
            }
            for (Future<Sampled> future : futures) {
                done.add(await(future));
            }
            return done;
        }

        private Sampled sampleRun(int run, int pctSteps) {
            Chooser chooser = strategy.chooser(seedOf(run), pctSteps);
            Outcome outcome = runner.sample(seedOf(run), chooser);
            return new Sampled(run, outcome, chooser instanceof PctChooser pct ? pct.chains() : 0);
        }

        private Outcome sampleOne(long seed, int pctSteps) {
            Chooser chooser = strategy.chooser(seed, pctSteps);
            Outcome outcome = runner.sample(seed, chooser);
            if (chooser instanceof PctChooser pct) {
                chains = Math.max(chains, pct.chains());
            }
            return outcome;
        }

        /** Exhaustive (depth first, with or without reduction), or the one replayed schedule. */
        ExplorationResult walk() {
            PartialOrder order = mode == Mode.EXHAUSTIVE && reduction && !faults.reorder()
                    ? new PartialOrder(dependence)
                    : null;
            List<Integer> prefix = schedule == null ? List.of() : schedule.choices();
            for (int run = 1; run <= schedules; run++) {
                if (run > 1 && outOfTime()) {
                    break;
                }
                StepLog log = order == null ? null : new StepLog();
                Outcome outcome = log == null ? runner.replay(seed, prefix, true) : runner.replay(seed, prefix, log);
                ExplorationResult failed = take(outcome, describe(run), run);
                if (failed != null || mode == Mode.SCHEDULE) {
                    return failed != null ? failed : result(false, null);
                }
                List<Integer> next;
                if (order != null) {
                    order.record(outcome.choices(), prefix.size(), Objects.requireNonNull(log), outcome.trace());
                    next = order.next();
                } else {
                    next = nextPrefix(outcome.choices());
                }
                if (next == null) {
                    return result(true, null);
                }
                prefix = next;
            }
            return result(false, null);
        }

        /** Takes in one schedule; returns the result when it failed, else null. */
        private @Nullable ExplorationResult take(Outcome outcome, String which, int number) {
            ran++;
            steps = Math.max(steps, outcome.steps());
            traces.add(outcome.trace());
            coverage.add(outcome.trace(), outcome.assertions());
            if (ran == 1) {
                dependence.requireKnown(coverage.groups());
            }
            if (outcome.failed()) {
                Shrinker.Shrunk shrunk = shrinking ? Shrinker.shrink(runner, outcome) : null;
                String bound = strategy.bound(chains, steps);
                String about = bound.isEmpty() ? "" : strategy + ": " + bound;
                String report = FailureReport.render(which, about, replayCode(outcome), outcome, shrunk, faults);
                Outcome simplest = shrunk == null ? outcome : shrunk.outcome();
                return result(false, new ExplorationFailure(number, outcome, simplest, report,
                        facts(which, outcome, simplest),
                        mode == Mode.EXHAUSTIVE ? "schedule-" + number : "seed-" + outcome.seed()));
            }
            progress();
            return null;
        }

        private boolean outOfTime() {
            if (timeBudget != null && ticker.getAsLong() - start >= timeBudget.toNanos()) {
                stoppedBy = "the time budget of " + text(timeBudget) + " stopped the exploration after " + ran + " of "
                        + schedules + " schedules";
                return true;
            }
            return false;
        }

        private void progress() {
            if (progress == null) {
                return;
            }
            long now = ticker.getAsLong();
            if (now - lastProgress < PROGRESS_EVERY.toNanos()) {
                return;
            }
            lastProgress = now;
            progress.accept("exploring " + strategy + (shardCount > 1 ? " (shard " + shardIndex + "/" + shardCount + ")"
                    : "") + ": " + ran + " of " + schedules + " schedules, " + coverage.distinctSchedules()
                    + " distinct by happens-before, " + text(Duration.ofNanos(now - start)));
        }

        private ExplorationResult result(boolean exhausted, @Nullable ExplorationFailure failure) {
            List<String> warnings = new ArrayList<>(coverage.silentFaults(faults, ran));
            int distinct = coverage.distinctSchedules();
            if (failure == null && mode == Mode.SAMPLED && distinct < ran) {
                warnings.add("only " + distinct + " distinct schedule" + (distinct == 1 ? "" : "s")
                        + " (by happens-before class) among " + ran + " run: more schedules of this scenario add"
                        + " little; Explorer.exhaustive walks every class");
            }
            if (failure == null && stoppedBy != null) {
                warnings.add(stoppedBy);
            } else if (failure == null && mode == Mode.EXHAUSTIVE && !exhausted) {
                warnings.add("the bound of " + ran + " schedules stopped the exhaustive walk before it saw every"
                        + " class");
            }
            return new ExplorationResult(strategy, ran, traces.size(), exhausted, failure,
                    strategy.bound(chains, steps), coverage, warnings);
        }
    }

    /** One sampled schedule: its number, what it gave, how many chains PCT saw. */
    private record Sampled(int run, Outcome outcome, int chains) {}

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while exploring in parallel", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** @return the schedule numbers this shard runs: every {@code shardCount}-th from {@code shardIndex} */
    private List<Integer> slice() {
        List<Integer> runs = new ArrayList<>();
        for (int run = shardIndex; run <= schedules; run += shardCount) {
            runs.add(run);
        }
        return runs;
    }

    private static String text(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 1000 != 0 && millis < 10_000) {
            return String.format(java.util.Locale.ROOT, "%.1fs", millis / 1000.0);
        }
        return millis % 60_000 == 0 && millis > 0 ? millis / 60_000 + "m" : millis / 1000 + "s";
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
                return "schedule " + run + " of " + schedules + " (" + strategy + ", seed = " + seedOf(run)
                        + (shardCount > 1 ? ", shard " + shardIndex + "/" + shardCount : "") + ")";
            case EXHAUSTIVE:
                return "schedule " + run + " of at most " + schedules + " (exhaustive)";
            default:
                return "the replayed schedule";
        }
    }

    /** What the schedule report says first: which schedule failed, how to replay it, what it shrank to. */
    private Map<String, String> facts(String which, Outcome failing, Outcome shrunk) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("failed", which);
        facts.put("replay", String.join("\n", replayCode(failing)));
        if (shrunk != failing) {
            facts.put("shrunk to", "Explorer.replay(" + shrunk.schedule() + ")");
        }
        facts.put("faults", faults.toString());
        return facts;
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

    /** Carries the settings the constructor does not take over to a new explorer. */
    private Explorer with(Explorer copy) {
        copy.dependence = dependence;
        copy.reduction = reduction;
        copy.reachable = reachable;
        copy.timeBudget = timeBudget;
        copy.shardIndex = shardIndex;
        copy.shardCount = shardCount;
        copy.threads = threads;
        copy.tryFirst = tryFirst;
        copy.progress = progress;
        copy.ticker = ticker;
        copy.settleWithin = settleWithin;
        return copy;
    }

    /**
     * Checks liveness: after the scenario returns, every schedule's broker must settle within this much
     * virtual time ({@link dev.eventtestkit.broker.FakeBroker#settle(Duration)}: deliveries, then the clock moved
     * from timer to timer while deliveries wait on it). A schedule that does not (a retry loop that never ends,
     * a group that stalls, handlers that keep publishing) fails with a
     * {@link dev.eventtestkit.broker.NotSettledException} naming what keeps running, the cycle and the virtual
     * time, and is shrunk and reported like any failure. Off by default; a scenario that never settles inside
     * its own {@code runUntilIdle} fails the same way whatever this says.
     *
     * @param within the horizon, zero or more
     * @return a new explorer
     * @throws IllegalArgumentException when {@code within} is negative
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL)
    public Explorer liveness(Duration within) {
        Objects.requireNonNull(within, "within");
        if (within.isNegative()) {
            throw new IllegalArgumentException("liveness(within): expected a duration of zero or more, was " + within);
        }
        Explorer copy = copy();
        copy.settleWithin = within;
        return copy;
    }

    /**
     * Stops exploring once this much (real) time has passed, between schedules; the result then warns
     * {@code the time budget of 10s stopped the exploration after 1234 of 100000 schedules}. The schedules that
     * ran are the first ones of the same exploration without a budget, so a failure replays as usual.
     *
     * @param budget more than zero
     * @return a new explorer
     * @throws IllegalArgumentException when the budget is zero or negative
     */
    public Explorer timeBudget(Duration budget) {
        Objects.requireNonNull(budget, "budget");
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("timeBudget must be more than zero, was " + budget);
        }
        Explorer copy = copy();
        copy.timeBudget = budget;
        return copy;
    }

    /**
     * Runs only this shard's slice of the schedules: schedules {@code index}, {@code index + count}, ... of the
     * whole exploration, with the same seeds, so {@code count} CI jobs together run every schedule once and any
     * failure's replay line is the global one.
     *
     * @param index this shard, from 1 to {@code count}
     * @param count how many shards, 1 or more
     * @return a new explorer
     * @throws IllegalArgumentException naming the spec when {@code index} is outside 1 to {@code count}
     */
    public Explorer shard(int index, int count) {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard must be i/n with 1 <= i <= n, was " + index + "/" + count);
        }
        Explorer copy = copy();
        copy.shardIndex = index;
        copy.shardCount = count;
        return copy;
    }

    /**
     * @param spec {@code i/n}, e.g. {@code 2/8}, as {@code -Deventtestkit.interleavings.shard=2/8} gives it
     * @return a new explorer running shard {@code i} of {@code n}
     * @throws IllegalArgumentException naming the spec when it is not {@code i/n} with {@code 1 <= i <= n}
     */
    public Explorer shard(String spec) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*")
                .matcher(spec);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("shard must be i/n with 1 <= i <= n, e.g. 2/8, was \"" + spec + "\"");
        }
        return shard(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /**
     * Runs sampled schedules (random, PCT, POS) on this many threads. The result is the same as on one: the
     * schedules are the same, the failure reported is the lowest-numbered one, and the counts cover the
     * schedules up to it. The scenario must build everything it uses inside it. Exhaustive walks run on one
     * thread (each schedule follows from the one before).
     *
     * @param threads 1 or more; {@code Runtime.getRuntime().availableProcessors()} for all cores
     * @return a new explorer
     */
    public Explorer parallel(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("parallel needs 1 or more threads, was " + threads);
        }
        Explorer copy = copy();
        copy.threads = threads;
        return copy;
    }

    /**
     * Runs these seeds before the exploration's own schedules: the seeds that failed last time (the JUnit
     * {@code @Interleavings} face remembers them in {@code target/eventtestkit/failing-seeds}).
     *
     * @param seeds sampling seeds, as a failure printed them
     * @return a new explorer
     */
    public Explorer tryFirst(long... seeds) {
        Explorer copy = copy();
        List<Long> all = new ArrayList<>();
        for (long first : seeds) {
            all.add(first);
        }
        copy.tryFirst = List.copyOf(all);
        return copy;
    }

    /**
     * @param progress told every 5 s of a long exploration how far it got, e.g. {@code exploring random: 12345 of
     *     100000 schedules, 812 distinct by happens-before, 35s}
     * @return a new explorer
     */
    public Explorer progress(Consumer<String> progress) {
        Explorer copy = copy();
        copy.progress = Objects.requireNonNull(progress, "progress");
        return copy;
    }

    /** The time source of budgets and progress; tests install a fake one. */
    Explorer ticker(LongSupplier ticker) {
        Explorer copy = copy();
        copy.ticker = ticker;
        copy.settleWithin = settleWithin;
        return copy;
    }

    private Explorer copy() {
        return with(new Explorer(mode, strategy, schedules, seed, schedule, faults, configuration, shrinking));
    }

    /**
     * Declares consumer groups that share state (a ledger both update, a cache both read): their deliveries are
     * never reordered for free by partial-order reduction, and count as one sequence in the happens-before
     * classes. Each call declares one set.
     *
     * @param groups two or more consumer group names, each subscribed in the scenario
     * @return a new explorer
     * @throws IllegalArgumentException when fewer than two groups are named; {@link #run} throws when a name
     *     took no delivery in schedule 1
     */
    public Explorer sharedState(String... groups) {
        Explorer copy = copy();
        copy.dependence = dependence.sharedState(atLeastTwo("sharedState", groups));
        return copy;
    }

    /**
     * Declares consumer groups independent of each other even though their handlers publish to a common
     * partition or schedule timers (the order of those records or timers does not matter to the test), so
     * partial-order reduction may reorder their deliveries freely.
     *
     * @param groups two or more consumer group names, each subscribed in the scenario
     * @return a new explorer
     * @throws IllegalArgumentException when fewer than two groups are named; {@link #run} throws when a name
     *     took no delivery in schedule 1
     */
    public Explorer independentGroups(String... groups) {
        Explorer copy = copy();
        copy.dependence = dependence.independentGroups(atLeastTwo("independentGroups", groups));
        return copy;
    }

    /**
     * Declares consumer groups that keep their state per partition (per key, as Kafka's ordering invites): the
     * order between their deliveries from different partitions does not matter, so partial-order reduction may
     * reorder them and the happens-before classes count each partition's sequence apart.
     *
     * @param groups one or more consumer group names, each subscribed in the scenario
     * @return a new explorer
     * @throws IllegalArgumentException when no group is named; {@link #run} throws when a name took no delivery
     *     in schedule 1
     */
    public Explorer independentPartitions(String... groups) {
        if (groups.length == 0) {
            throw new IllegalArgumentException("independentPartitions needs one or more consumer groups, was none");
        }
        for (String group : groups) {
            Objects.requireNonNull(group, "group");
        }
        Explorer copy = copy();
        copy.dependence = dependence.independentPartitions(List.of(groups));
        return copy;
    }

    /**
     * @param reduction whether exhaustive exploration skips schedules that only reorder independent deliveries
     *     (partial-order reduction); default true. Off, it walks every order, as a brute-force check.
     * @return a new explorer
     */
    public Explorer reduction(boolean reduction) {
        Explorer copy = copy();
        copy.reduction = reduction;
        return copy;
    }

    /**
     * Declares points the exploration must reach: each name must be passed to {@code broker.reachable(name)} in
     * at least one schedule, else the exploration fails ({@link ExplorationResult#assertNoFailure()}).
     *
     * @param names the points
     * @return a new explorer
     */
    public Explorer reachable(String... names) {
        Explorer copy = copy();
        List<String> all = new ArrayList<>(reachable);
        for (String name : names) {
            all.add(Objects.requireNonNull(name, "name"));
        }
        copy.reachable = List.copyOf(all);
        return copy;
    }

    private static List<String> atLeastTwo(String method, String... groups) {
        if (groups.length < 2) {
            throw new IllegalArgumentException(method + " needs two or more consumer groups, was "
                    + (groups.length == 0 ? "none" : "\"" + groups[0] + "\" alone"));
        }
        for (String group : groups) {
            Objects.requireNonNull(group, "group");
        }
        return List.of(groups);
    }

    @Override
    public String toString() {
        return "Explorer[" + (mode == Mode.SCHEDULE ? "replay" : strategy) + ", " + schedules + " schedule(s), seed " + seed
                + (schedule == null ? "" : ", " + schedule) + ", " + faults + "]";
    }
}
