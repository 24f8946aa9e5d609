package dev.eventtestkit.store;

import org.apiguardian.api.API;

/**
 * What an append (or a delete) expects of its stream, as EventStoreDB/Kurrent names it: the optimistic
 * concurrency check.
 *
 * <pre>{@code
 * AppendResult first = store.append("order-1", ExpectedVersion.noStream(), new OrderPlaced("o-1", 100));
 * store.append("order-1", ExpectedVersion.exactly(first.nextExpectedVersion()), new OrderPaid("o-1"));
 * }</pre>
 *
 * <p>Versions count from 0: the first event of a stream is version 0, so a stream of three events is at
 * version 2. Immutable; equal by kind and version.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ExpectedVersion {

    private enum Kind {
        ANY,
        NO_STREAM,
        STREAM_EXISTS,
        EXACTLY
    }

    private static final ExpectedVersion ANY = new ExpectedVersion(Kind.ANY, -1);
    private static final ExpectedVersion NO_STREAM = new ExpectedVersion(Kind.NO_STREAM, -1);
    private static final ExpectedVersion STREAM_EXISTS = new ExpectedVersion(Kind.STREAM_EXISTS, -1);

    private final Kind kind;
    private final long version;

    private ExpectedVersion(Kind kind, long version) {
        this.kind = kind;
        this.version = version;
    }

    /** @return no check: the append goes to the end of the stream, whatever its version */
    public static ExpectedVersion any() {
        return ANY;
    }

    /**
     * @return the stream must not exist yet (a soft-deleted stream counts as not existing, and is recreated,
     *     its versions continuing where they stopped)
     */
    public static ExpectedVersion noStream() {
        return NO_STREAM;
    }

    /** @return the stream must exist, at any version */
    public static ExpectedVersion streamExists() {
        return STREAM_EXISTS;
    }

    /**
     * @param version the version of the stream's last event, as the last read or append returned it
     *     ({@link AppendResult#nextExpectedVersion()}); 0 or more
     * @return the stream must be at exactly that version
     * @throws IllegalArgumentException when {@code version} is negative
     */
    public static ExpectedVersion exactly(long version) {
        if (version < 0) {
            throw new IllegalArgumentException("ExpectedVersion.exactly(" + version + "): a stream version is 0 or"
                    + " more (the first event of a stream is version 0); use ExpectedVersion.noStream() for a stream"
                    + " that must not exist yet");
        }
        return new ExpectedVersion(Kind.EXACTLY, version);
    }

    /** @return whether this is {@link #any()} */
    public boolean isAny() {
        return kind == Kind.ANY;
    }

    /** @return whether this is {@link #noStream()} */
    public boolean isNoStream() {
        return kind == Kind.NO_STREAM;
    }

    /** @return whether this is {@link #streamExists()} */
    public boolean isStreamExists() {
        return kind == Kind.STREAM_EXISTS;
    }

    /** @return whether this is {@link #exactly(long)} */
    public boolean isExactly() {
        return kind == Kind.EXACTLY;
    }

    /**
     * @return the version of {@link #exactly(long)}
     * @throws IllegalStateException for the other kinds, which expect no one version
     */
    public long version() {
        if (kind != Kind.EXACTLY) {
            throw new IllegalStateException(this + " expects no one version");
        }
        return version;
    }

    /** @return how failure messages say it: {@code any version}, {@code no stream}, {@code an existing stream}, {@code version 3} */
    public String describe() {
        switch (kind) {
            case ANY:
                return "any version";
            case NO_STREAM:
                return "no stream";
            case STREAM_EXISTS:
                return "an existing stream";
            default:
                return "version " + version;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExpectedVersion that && that.kind == kind && that.version == version;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Long.hashCode(version);
    }

    /** @return the code that builds it, e.g. {@code ExpectedVersion.exactly(3)} */
    @Override
    public String toString() {
        switch (kind) {
            case ANY:
                return "ExpectedVersion.any()";
            case NO_STREAM:
                return "ExpectedVersion.noStream()";
            case STREAM_EXISTS:
                return "ExpectedVersion.streamExists()";
            default:
                return "ExpectedVersion.exactly(" + version + ")";
        }
    }
}
