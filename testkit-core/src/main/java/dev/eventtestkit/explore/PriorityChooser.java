package dev.eventtestkit.explore;

import dev.eventtestkit.broker.Chooser;
import dev.eventtestkit.broker.FaultKind;
import java.util.SplittableRandom;

/**
 * A strategy that picks deliveries by priorities (PCT, POS) and draws everything else as a seeded broker does:
 * faults at their rates, delays, a requeued message's place under the reorder fault.
 */
abstract class PriorityChooser implements Chooser {

    /** Draws the priorities. */
    final SplittableRandom random;
    private final Chooser draws;

    PriorityChooser(long seed, long stream) {
        this.random = new SplittableRandom(seed ^ stream);
        this.draws = Chooser.seeded(seed);
    }

    /** A position in a queue (the reorder fault's requeue): as the seeded chooser draws it. */
    @Override
    public final int nextDelivery(int ready) {
        return draws.nextDelivery(ready);
    }

    @Override
    public final boolean fault(FaultKind kind, double rate) {
        return draws.fault(kind, rate);
    }

    @Override
    public final long delayMillis(long boundMillis) {
        return draws.delayMillis(boundMillis);
    }
}
