package dev.eventtestkit.broker;

import java.util.SplittableRandom;

/** Draws every choice from one {@link SplittableRandom}: uniform orders, faults at their rates. */
final class SeededChooser implements Chooser {

    /** Keeps the choice stream apart from the id stream that {@code DeterministicIds} draws from the seed. */
    private static final long STREAM = 0x5DEECE66DL;

    private final SplittableRandom random;

    SeededChooser(long seed) {
        this.random = new SplittableRandom(seed ^ STREAM);
    }

    @Override
    public int nextDelivery(int ready) {
        return random.nextInt(ready);
    }

    @Override
    public boolean fault(FaultKind kind, double rate) {
        return random.nextDouble() < rate;
    }

    @Override
    public long delayMillis(long boundMillis) {
        return random.nextLong(boundMillis + 1);
    }

    @Override
    public String toString() {
        return "Chooser.seeded";
    }
}
