package dev.eventtestkit.projection;

import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.explore.Explorer;
import dev.eventtestkit.explore.Schedule;
import org.jspecify.annotations.Nullable;

/**
 * Which orders a scenario's checks run under: the given order, every order that keeps each stream's order (up
 * to a bound), random ones, or one replayed.
 *
 * @param mode how
 * @param count the bound, or how many random orders
 * @param seed the seed of a replayed random order
 * @param schedule the choices of a replayed order
 */
record Orders(Mode mode, int count, long seed, @Nullable Schedule schedule) {

    enum Mode {
        GIVEN,
        EVERY,
        RANDOM,
        REPLAY
    }

    static final Orders GIVEN = new Orders(Mode.GIVEN, 1, 0, null);

    static Orders every(int bound) {
        return new Orders(Mode.EVERY, positive(bound, "underEveryOrder"), 0, null);
    }

    static Orders random(int count) {
        return new Orders(Mode.RANDOM, positive(count, "underRandomOrders"), 0, null);
    }

    static Orders replay(long seed) {
        return new Orders(Mode.REPLAY, 1, seed, null);
    }

    static Orders replay(Schedule schedule) {
        return new Orders(Mode.REPLAY, 1, schedule.seed(), schedule);
    }

    /**
     * The faults the orders meet. Walking every order, a chance is not a choice: each event is then delivered
     * twice, its second delivery explored at every later point (which also covers a lost checkpoint's
     * redelivery right after it), so the walk stays finite. Random orders meet the faults as configured.
     */
    Faults faults(Faults configured) {
        boolean faulty = configured.duplicates() > 0 || configured.crashBeforeAck() > 0;
        return exhaustive() && faulty ? Faults.builder().duplicates(1.0).build() : configured;
    }

    private boolean exhaustive() {
        return mode == Mode.EVERY || (mode == Mode.REPLAY && schedule != null);
    }

    /** @return the explorer for these orders, with the fixture's seed as the base of random ones */
    Explorer explorer(long fixtureSeed) {
        switch (mode) {
            case EVERY:
                return Explorer.exhaustive(count).seed(fixtureSeed);
            case RANDOM:
                return Explorer.random(count).seed(fixtureSeed);
            default:
                return schedule != null ? Explorer.replay(schedule) : Explorer.replay(seed);
        }
    }

    /** @return how a failure names the order, e.g. {@code order 3 of at most 100000 (every order)} */
    String describe(int number, long orderSeed) {
        switch (mode) {
            case EVERY:
                return "order " + number + " of at most " + count + " (every order that keeps each stream's order)";
            case RANDOM:
                return "order " + number + " of " + count + " (random, seed = " + orderSeed + ")";
            default:
                return "the replayed order";
        }
    }

    private static int positive(int count, String call) {
        if (count < 1) {
            throw new IllegalArgumentException(call + "(" + count + "): explore 1 or more orders");
        }
        return count;
    }
}
