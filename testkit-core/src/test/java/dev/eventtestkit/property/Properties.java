package dev.eventtestkit.property;

import java.util.SplittableRandom;
import java.util.function.Function;
import org.opentest4j.AssertionFailedError;

/**
 * A small property-test runner on plain JUnit Jupiter, so the property tests run on both JUnit lines the build
 * proves (5 and 6). Each try draws a value from its own seed and a size that cycles from 0 to the largest size;
 * a failing try is shrunk by drawing again from its seed at every smaller size, and the report names the smallest
 * failing value first, the seed and size that replay it, then the original.
 *
 * <p>Configuration (system properties; the {@code fuzz} Maven profile sets the first two):
 * <ul>
 *   <li>{@code eventtestkit.property.tries}: tries per property, instead of each property's own (modest) count;
 *   <li>{@code eventtestkit.property.seed}: the base seed (a long, default fixed so {@code mvn verify} draws the
 *       same values on every run), or {@code random} for a new one per run (printed);
 *   <li>{@code eventtestkit.property.replay}: {@code seed:size} runs that one try only.
 * </ul>
 */
public final class Properties {
    static final String TRIES = "eventtestkit.property.tries";
    static final String SEED = "eventtestkit.property.seed";
    static final String REPLAY = "eventtestkit.property.replay";
    private static final long DEFAULT_SEED = 20_261_129L;

    /** What a property checks; it fails by throwing. */
    @FunctionalInterface
    public interface Check<T> {
        void check(T value) throws Throwable;
    }

    private Properties() {}

    /**
     * Checks a property on generated values.
     *
     * @param name what holds, for the report
     * @param tries how many values {@code mvn verify} tries (the {@code fuzz} profile tries many more)
     * @param maxSize the largest size a value is drawn at
     * @param generator draws one value
     * @param check throws when the property does not hold for the value
     * @return how many values were tried
     */
    public static <T> int forAll(String name, int tries, int maxSize, Function<Draw, T> generator, Check<T> check) {
        String replay = System.getProperty(REPLAY, "");
        if (!replay.isBlank()) {
            String[] parts = replay.split(":");
            long seed = Long.parseLong(parts[0].strip().replace("L", ""));
            int size = Integer.parseInt(parts[1].strip());
            Failure failure = attempt(generator, check, seed, size);
            if (failure != null) {
                throw failure.report(name, "replayed", 1, 1, null);
            }
            return 1;
        }
        int count = Integer.getInteger(TRIES, tries);
        SplittableRandom seeds = new SplittableRandom(baseSeed(name));
        for (int i = 0; i < count; i++) {
            long seed = seeds.nextLong();
            int size = i % (maxSize + 1);
            Failure failure = attempt(generator, check, seed, size);
            if (failure != null) {
                Failure shrunk = null;
                for (int smaller = 0; smaller < size && shrunk == null; smaller++) {
                    shrunk = attempt(generator, check, seed, smaller);
                }
                if (shrunk != null && shrunk.value.equals(failure.value)) {
                    shrunk = null; // drawn the same at a smaller size: nothing to show twice
                }
                throw (shrunk == null ? failure : shrunk).report(name, "failed", i + 1, count, shrunk == null ? null : failure);
            }
        }
        return count;
    }

    private static long baseSeed(String name) {
        String configured = System.getProperty(SEED, "");
        if (configured.isBlank()) {
            return DEFAULT_SEED ^ name.hashCode();
        }
        if (configured.strip().equals("random")) {
            long seed = new SplittableRandom().nextLong();
            System.out.println("property \"" + name + "\": -D" + SEED + "=" + seed);
            return seed;
        }
        return Long.parseLong(configured.strip()) ^ name.hashCode();
    }

    private static <T> Failure attempt(Function<Draw, T> generator, Check<T> check, long seed, int size) {
        String value = "(not drawn)";
        try {
            T drawn = generator.apply(new Draw(seed, size));
            value = String.valueOf(drawn);
            check.check(drawn);
            return null;
        } catch (Throwable e) { // an Error (a stack overflow) is a failure like any other
            return new Failure(seed, size, value, e);
        }
    }

    private record Failure(long seed, int size, String value, Throwable cause) {

        AssertionFailedError report(String name, String what, int attempt, int tries, Failure original) {
            StringBuilder text = new StringBuilder("property \"").append(name).append("\" ").append(what)
                    .append(" at try ").append(attempt).append(" of ").append(tries);
            if (original != null) {
                text.append("; shrunk from size ").append(original.size).append(" to size ").append(size);
            }
            text.append(":\n");
            describe(text);
            text.append("Replay it: -D").append(REPLAY).append('=').append(seed).append(':').append(size).append('\n');
            if (original != null) {
                text.append("Original:\n");
                original.describe(text);
            }
            return new AssertionFailedError(text.toString(), cause);
        }

        private void describe(StringBuilder text) {
            text.append("  seed = ").append(seed).append("L, size = ").append(size).append('\n')
                    .append("  value: ").append(value.length() > 4_000 ? value.substring(0, 4_000) + " ..." : value)
                    .append('\n').append("  failure: ").append(cause).append('\n');
        }
    }
}
