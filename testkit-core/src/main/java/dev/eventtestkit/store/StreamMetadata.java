package dev.eventtestkit.store;

import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * What a stream shows of its events, as EventStoreDB/Kurrent's stream metadata says it: events before
 * {@code truncateBefore} and all but the last {@code maxCount} are hidden from {@link EventStore#readStream}.
 * Hidden events keep their versions and positions, and {@link EventStore#readAll} still returns them, as
 * {@code $all} does until a scavenge.
 *
 * <pre>{@code
 * store.setStreamMetadata("cart-7", StreamMetadata.none().withMaxCount(10));
 * store.setStreamMetadata("order-1", StreamMetadata.none().withTruncateBefore(3));
 * }</pre>
 *
 * <p>A soft delete ({@link EventStore#deleteStream}) sets {@code truncateBefore} past the last event. Immutable:
 * every {@code with...} returns a new value.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StreamMetadata {

    private static final long UNSET = -1;
    private static final StreamMetadata NONE = new StreamMetadata(UNSET, UNSET);

    private final long maxCount;
    private final long truncateBefore;

    private StreamMetadata(long maxCount, long truncateBefore) {
        this.maxCount = maxCount;
        this.truncateBefore = truncateBefore;
    }

    /** @return no limits: the stream shows every event */
    public static StreamMetadata none() {
        return NONE;
    }

    /**
     * @param maxCount how many of the stream's last events it shows, 1 or more
     * @return a copy with that limit
     * @throws IllegalArgumentException when below 1
     */
    public StreamMetadata withMaxCount(long maxCount) {
        if (maxCount < 1) {
            throw new IllegalArgumentException("StreamMetadata.withMaxCount(" + maxCount + "): a stream shows 1 or"
                    + " more of its last events; use StreamMetadata.none() for no limit");
        }
        return new StreamMetadata(maxCount, truncateBefore);
    }

    /**
     * @param version the first version the stream shows; 0 or more
     * @return a copy that hides every event before that version
     * @throws IllegalArgumentException when negative
     */
    public StreamMetadata withTruncateBefore(long version) {
        if (version < 0) {
            throw new IllegalArgumentException("StreamMetadata.withTruncateBefore(" + version + "): a stream version"
                    + " is 0 or more");
        }
        return new StreamMetadata(maxCount, version);
    }

    /** @return the limit of {@link #withMaxCount}, or empty for none */
    public OptionalLong maxCount() {
        return maxCount == UNSET ? OptionalLong.empty() : OptionalLong.of(maxCount);
    }

    /** @return the first version shown, or empty when none is truncated */
    public OptionalLong truncateBefore() {
        return truncateBefore == UNSET ? OptionalLong.empty() : OptionalLong.of(truncateBefore);
    }

    /**
     * @param version a version of the stream
     * @param lastVersion the version of the stream's last event
     * @return whether the stream shows the event at {@code version}
     */
    public boolean shows(long version, long lastVersion) {
        return (truncateBefore == UNSET || version >= truncateBefore)
                && (maxCount == UNSET || version > lastVersion - maxCount);
    }

    /**
     * @param lastVersion the version of the stream's last event
     * @return the first version the stream shows (past {@code lastVersion} when it shows none)
     */
    public long firstShown(long lastVersion) {
        long first = truncateBefore == UNSET ? 0 : truncateBefore;
        if (maxCount != UNSET) {
            first = Math.max(first, lastVersion - maxCount + 1);
        }
        return first;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StreamMetadata that && that.maxCount == maxCount
                && that.truncateBefore == truncateBefore;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(maxCount) * 31 + Long.hashCode(truncateBefore);
    }

    /** @return the code that builds it */
    @Override
    public String toString() {
        StringBuilder code = new StringBuilder("StreamMetadata.none()");
        if (maxCount != UNSET) {
            code.append(".withMaxCount(").append(maxCount).append(')');
        }
        if (truncateBefore != UNSET) {
            code.append(".withTruncateBefore(").append(truncateBefore).append(')');
        }
        return code.toString();
    }
}
