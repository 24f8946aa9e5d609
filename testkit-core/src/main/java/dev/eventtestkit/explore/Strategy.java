package dev.eventtestkit.explore;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.eventtestkit.broker.Chooser;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * How an {@link Explorer} picks schedules: which ready delivery runs next at each step.
 *
 * <pre>{@code
 * Explorer.schedules(200).strategy(Strategy.pct(3)).run(scenario);   // PCT, bugs of depth up to 3
 * Explorer.schedules(200).strategy(Strategy.pos()).run(scenario);    // partial-order sampling
 * Strategy.parse("pct(3)");                                           // as @Interleavings(strategy = "pct(3)")
 * }</pre>
 *
 * <ul>
 *   <li>{@link #random()}: each step picks a ready delivery uniformly; what a plain {@code FakeBroker} with
 *       the schedule's seed does.
 *   <li>{@link #pct(int)}: probabilistic concurrency testing over delivery chains (PCTCP): each chain (one
 *       consumer's deliveries from one partition, the dispatches to a queue consumer, its handler runs) gets a
 *       random priority, the highest ready chain runs, and at {@code depth - 1} random steps the running chain
 *       drops below all others. A bug that needs {@code depth} ordering constraints is found by each schedule with probability at least
 *       {@code 1 / (n * k^(depth-1))} for {@code n} chains and {@code k} steps.
 *   <li>{@link #pos()}: partial-order sampling: every ready delivery gets a random priority, the highest runs,
 *       and the deliveries racing with it (to the same consumer group) draw new priorities.
 *   <li>{@link #exhaustive()}: every distinct schedule, depth first.
 * </ul>
 *
 * <p>Faults fire at their rates under every sampling strategy.
 */
@API(status = EXPERIMENTAL)
public final class Strategy {

    enum Kind {
        RANDOM,
        PCT,
        POS,
        EXHAUSTIVE
    }

    private static final Pattern PCT = Pattern.compile("pct\\s*\\(\\s*(-?\\d+)\\s*\\)");
    private static final String EXPECTED = "expected random, pct(depth), pos or exhaustive";

    private final Kind kind;
    private final int depth;

    private Strategy(Kind kind, int depth) {
        this.kind = kind;
        this.depth = depth;
    }

    /** @return uniform random choice at each step (the default) */
    public static Strategy random() {
        return new Strategy(Kind.RANDOM, 0);
    }

    /**
     * @param depth how many ordering constraints the bugs sought need, 1 or more; 3 finds most
     * @return probabilistic concurrency testing over delivery chains
     * @throws IllegalArgumentException when depth is below 1
     */
    public static Strategy pct(int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("pct depth must be 1 or more, was " + depth);
        }
        return new Strategy(Kind.PCT, depth);
    }

    /** @return partial-order sampling */
    public static Strategy pos() {
        return new Strategy(Kind.POS, 0);
    }

    /** @return every distinct schedule, depth first */
    public static Strategy exhaustive() {
        return new Strategy(Kind.EXHAUSTIVE, 0);
    }

    /**
     * @param spec {@code random}, {@code pct(depth)}, {@code pos} or {@code exhaustive}, as {@link #toString()}
     *     prints it; case and spaces do not matter
     * @return the strategy
     * @throws IllegalArgumentException naming the spec and what was expected, when it is none of those
     */
    public static Strategy parse(String spec) {
        String text = spec.trim().toLowerCase(Locale.ROOT);
        switch (text) {
            case "random":
                return random();
            case "pos":
                return pos();
            case "exhaustive":
                return exhaustive();
            default:
                break;
        }
        Matcher pct = PCT.matcher(text);
        if (pct.matches()) {
            long depth = Long.parseLong(pct.group(1));
            if (depth < 1 || depth > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("strategy \"" + spec + "\": pct depth must be 1 or more, was "
                        + pct.group(1));
            }
            return pct((int) depth);
        }
        if (text.equals("pct")) {
            throw new IllegalArgumentException("strategy \"" + spec + "\": pct needs a depth, e.g. pct(3)");
        }
        throw new IllegalArgumentException("unknown strategy \"" + spec + "\": " + EXPECTED);
    }

    /** @return for {@link #pct(int)}, the depth; 0 for the others */
    public int depth() {
        return depth;
    }

    /** @return whether this is {@link #exhaustive()} */
    public boolean isExhaustive() {
        return kind == Kind.EXHAUSTIVE;
    }

    Kind kind() {
        return kind;
    }

    /**
     * @param seed the schedule's seed
     * @param steps the most steps a schedule took so far (PCT spreads its change points over them); 0 unknown
     * @return the chooser of one schedule
     */
    Chooser chooser(long seed, int steps) {
        switch (kind) {
            case PCT:
                return new PctChooser(seed, depth, steps);
            case POS:
                return new PosChooser(seed);
            default:
                return Chooser.seeded(seed);
        }
    }

    /**
     * @param chains how many chains the schedules had
     * @param steps how many steps they took, at most
     * @return PCT's guarantee for one schedule, e.g. {@code at least 1 in 5776 (4 chains, 38 steps measured)};
     *     empty for the other strategies
     */
    String bound(int chains, int steps) {
        if (kind != Kind.PCT) {
            return "";
        }
        double odds = Math.max(chains, 1) * Math.pow(Math.max(steps, 1), depth - 1);
        String oneIn = odds < 1e15 ? String.valueOf((long) odds) : String.format(Locale.ROOT, "%.3g", odds);
        return "each schedule finds a bug of depth " + depth + " with probability at least 1 in " + oneIn
                + " (" + (depth == 1 ? "1/n" : depth == 2 ? "1/(n*k)" : "1/(n*k^" + (depth - 1) + ")") + " for n = " + chains + " chains and k = " + steps + " steps measured)";
    }

    /** @return the spec {@link #parse(String)} reads: {@code random}, {@code pct(3)}, {@code pos}, {@code exhaustive} */
    @Override
    public String toString() {
        return kind == Kind.PCT ? "pct(" + depth + ")" : kind.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Strategy that && kind == that.kind && depth == that.depth;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + depth;
    }
}
