package dev.eventtestkit.explore;

import dev.eventtestkit.broker.Chooser;
import dev.eventtestkit.broker.FaultKind;
import dev.eventtestkit.broker.ReadyDeliveries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Plays a recorded prefix of choice values, then asks a fallback (the seeded chooser) or takes the default,
 * and records every choice made, so any run can be replayed, walked depth-first or shrunk.
 */
final class RecordingChooser implements Chooser {

    private static final String HINT =
            "; build every object the scenario uses inside it, and take time from broker.clock()";

    private final @Nullable Chooser fallback;
    private final List<Integer> prefix;
    private final boolean strict;
    private final List<Choice> made = new ArrayList<>();
    private int steps;
    private @Nullable StepLog log;

    /**
     * @param fallback asked past the prefix; null takes the default (0)
     * @param prefix the values to play first
     * @param strict whether a prefix value out of a point's range is an error (a scenario that is not
     *     deterministic) rather than clamped to the default (while shrinking)
     */
    RecordingChooser(@Nullable Chooser fallback, List<Integer> prefix, boolean strict) {
        this.fallback = fallback;
        this.prefix = prefix;
        this.strict = strict;
    }

    List<Choice> choices() {
        return made;
    }

    /** A strict replay that stopped short of its prefix met a scenario that made fewer choices this time. */
    void requireWholePrefixPlayed() {
        if (strict && made.size() < prefix.size()) {
            throw new NondeterministicScenarioException("the scenario is not deterministic: a re-run made "
                    + made.size() + " choice(s) where an earlier run made at least " + prefix.size() + HINT);
        }
    }

    /** Writes every step into {@code log} from now on (exhaustive exploration with reduction). */
    void log(StepLog log) {
        this.log = log;
    }

    @Override
    public void idle() {
        if (log != null) {
            log.idle();
        }
        if (fallback != null) {
            fallback.idle();
        }
    }

    /** @return how many delivery steps the run took, choice points or not */
    int steps() {
        return steps;
    }

    // Each choice point asks the prefix first, then the fallback: no lambda per choice, this runs at every one.

    @Override
    public int nextDelivery(ReadyDeliveries ready) {
        steps++;
        int size = ready.size();
        if (size == 1) {
            if (fallback != null) {
                fallback.nextDelivery(ready);
            }
            if (log != null) {
                log.step(ready, 0, -1);
            }
            return 0;
        }
        int max = size - 1;
        int choice = made.size();
        int pick = inPrefix()
                ? take(Choice.Kind.DELIVERY, max, played(Choice.Kind.DELIVERY, max))
                : take(Choice.Kind.DELIVERY, max, fallback == null ? 0 : fallback.nextDelivery(ready));
        if (log != null) {
            log.step(ready, pick, choice);
        }
        return pick;
    }

    @Override
    public int nextDelivery(int ready) {
        int max = ready - 1;
        if (inPrefix()) {
            return take(Choice.Kind.DELIVERY, max, played(Choice.Kind.DELIVERY, max));
        }
        return take(Choice.Kind.DELIVERY, max, fallback == null ? 0 : fallback.nextDelivery(ready));
    }

    @Override
    public boolean fault(FaultKind kind, double rate) {
        if (inPrefix()) {
            return take(Choice.Kind.FAULT, 1, played(Choice.Kind.FAULT, 1)) == 1;
        }
        return take(Choice.Kind.FAULT, 1, fallback != null && fallback.fault(kind, rate) ? 1 : 0) == 1;
    }

    @Override
    public long delayMillis(long boundMillis) {
        int max = (int) Math.min(boundMillis, Integer.MAX_VALUE);
        if (inPrefix()) {
            return take(Choice.Kind.DELAY, max, played(Choice.Kind.DELAY, max));
        }
        return take(Choice.Kind.DELAY, max, fallback == null ? 0 : (int) fallback.delayMillis(max));
    }

    private boolean inPrefix() {
        return made.size() < prefix.size();
    }

    /** The prefix's value at this point; out of range, an error when strict, else the default. */
    private int played(Choice.Kind kind, int max) {
        int position = made.size();
        int value = prefix.get(position);
        if (value > max) {
            if (strict) {
                throw outOfRange(position, kind, max, value);
            }
            return 0;
        }
        return value;
    }

    private int take(Choice.Kind kind, int max, int value) {
        made.add(new Choice(kind, value, max));
        return value;
    }

    private static NondeterministicScenarioException outOfRange(int position, Choice.Kind kind, int max, int value) {
        return new NondeterministicScenarioException("the scenario is not deterministic: on a re-run, choice point "
                + position + " (" + kind.name().toLowerCase(Locale.ROOT) + ") allows 0 to " + max
                + " but an earlier run took " + value + HINT);
    }
}
