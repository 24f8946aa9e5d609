package dev.eventtestkit.event;

import java.util.SplittableRandom;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * Random-looking ids that are the same on every run with the same seed, for message ids and for code under
 * test that needs ids.
 *
 * <pre>{@code
 * DeterministicIds ids = DeterministicIds.seeded(42);
 * UUID first = ids.next();   // the same UUID on every run
 * }</pre>
 *
 * <p>Ids are version-4 (random) UUIDs drawn from a {@link SplittableRandom}. Not thread-safe: one test
 * thread draws from it, as the broker's determinism model requires.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DeterministicIds {

    private final SplittableRandom random;

    private DeterministicIds(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * @param seed any seed; equal seeds give equal sequences
     * @return a fresh generator
     */
    public static DeterministicIds seeded(long seed) {
        return new DeterministicIds(seed);
    }

    /** @return the next id of the sequence */
    public UUID next() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
        return new UUID(most, least);
    }

    /** @return {@link #next()} as text */
    public String nextString() {
        return next().toString();
    }
}
