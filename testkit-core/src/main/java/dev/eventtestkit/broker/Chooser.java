package dev.eventtestkit.broker;

import java.util.SplittableRandom;
import org.apiguardian.api.API;

/**
 * Decides at each of a {@link FakeBroker}'s choice points: which ready delivery goes next, whether a fault
 * fires, how long a delay lasts. The broker asks only when there is a real choice (two or more ready
 * deliveries, a rate strictly between 0 and 1, a non-zero delay bound).
 *
 * <p>The default is {@link #seeded(long)}; the explorer ({@code dev.eventtestkit.explore}) replaces it with a
 * recorded choice sequence. For every method, 0 (or false) is the default: the oldest ready delivery, no
 * fault, no delay.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public interface Chooser {

    /**
     * @param ready how many deliveries are ready, 2 or more, ordered oldest record first
     * @return the index of the one to deliver next, from 0 to {@code ready - 1}
     */
    int nextDelivery(int ready);

    /**
     * Asked at every step, even when only one entry is ready, with what is ready; a strategy that picks by
     * consumer or record overrides it. The default asks {@link #nextDelivery(int)} when there is a choice.
     *
     * @param ready what can run next, valid only during this call
     * @return the index of the one to run next, from 0 to {@code ready.size() - 1}
     */
    default int nextDelivery(ReadyDeliveries ready) {
        int size = ready.size();
        return size == 1 ? 0 : nextDelivery(size);
    }

    /**
     * Told when {@code runUntilIdle} returns: nothing more is ready until the test publishes or the clock moves.
     * The explorer uses it to tell the rounds of a scenario apart; the default does nothing.
     */
    default void idle() {}

    /**
     * @param kind the fault
     * @param rate its configured chance, strictly between 0 and 1
     * @return whether it fires
     */
    boolean fault(FaultKind kind, double rate);

    /**
     * @param boundMillis the delay bound in milliseconds, 1 or more
     * @return the delay in milliseconds, from 0 to {@code boundMillis}
     */
    long delayMillis(long boundMillis);

    /**
     * @param seed the seed; equal seeds choose equally
     * @return a chooser that draws every choice from a {@link SplittableRandom}
     */
    static Chooser seeded(long seed) {
        return new SeededChooser(seed);
    }
}
