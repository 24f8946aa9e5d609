package dev.eventtestkit.property;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The source of one generated value: a seeded random and a size that bounds how large the value grows. The same
 * seed and size give the same value, which is what makes a failing try replayable and shrinkable.
 */
public final class Draw {
    private final SplittableRandom random;
    private final int size;

    Draw(long seed, int size) {
        this.random = new SplittableRandom(seed);
        this.size = size;
    }

    /** @return how large values may grow in this try: 0 for the first tries, up to the property's largest size */
    public int size() {
        return size;
    }

    /** @return an int in {@code [from, to]} */
    public int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    /** @return an int in {@code [0, min(bound, size)]}: counts and depths grow with the size */
    public int upTo(int bound) {
        return random.nextInt(Math.min(bound, size) + 1);
    }

    /** @return true with the given probability */
    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** @return any long */
    public long anyLong() {
        return random.nextLong();
    }

    /** @return a double in {@code [0, 1)} */
    public double fraction() {
        return random.nextDouble();
    }

    /** @return one of the values, each as likely */
    @SafeVarargs
    public final <T> T oneOf(T... values) {
        return values[random.nextInt(values.length)];
    }

    /** @return one of the values, each as likely */
    public <T> T oneOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** @return the value of one of the generators, each as likely */
    @SafeVarargs
    public final <T> T anyOf(Supplier<T>... generators) {
        return generators[random.nextInt(generators.length)].get();
    }

    /** @return {@code count} values, each generated from its index */
    public <T> List<T> list(int count, Function<Integer, T> element) {
        List<T> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(element.apply(i));
        }
        return values;
    }
}
