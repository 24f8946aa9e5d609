package dev.eventtestkit.store;

import org.apiguardian.api.API;

/**
 * Where a catch-up subscription starts: at the beginning, after a checkpoint the handler kept, or at the end
 * (live events only). For {@link EventStore#subscribeToAll} the checkpoint is a global position, for
 * {@link EventStore#subscribeToStream} a stream version.
 *
 * <pre>{@code
 * store.subscribeToAll(From.start(), handler);                  // the whole log, then live
 * store.subscribeToAll(From.after(readModel.checkpoint()), handler);   // resume after the last one handled
 * store.subscribeToStream("order-1", From.end(), handler);      // only what is appended from now on
 * }</pre>
 *
 * <p>Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class From {

    private static final long START = -1;
    private static final long END = -2;
    private static final From FROM_START = new From(START);
    private static final From FROM_END = new From(END);

    private final long checkpoint;

    private From(long checkpoint) {
        this.checkpoint = checkpoint;
    }

    /** @return from the first event, then live */
    public static From start() {
        return FROM_START;
    }

    /** @return live only: from the first event appended after the subscription starts */
    public static From end() {
        return FROM_END;
    }

    /**
     * @param checkpoint the position (or stream version) of the last event the handler handled, 0 or more
     * @return from the event after it, then live
     * @throws IllegalArgumentException when negative
     */
    public static From after(long checkpoint) {
        if (checkpoint < 0) {
            throw new IllegalArgumentException("From.after(" + checkpoint + "): a checkpoint is the position or"
                    + " version of an event handled, 0 or more; use From.start() when none was handled yet");
        }
        return new From(checkpoint);
    }

    /** @return whether this is {@link #start()} */
    public boolean isStart() {
        return checkpoint == START;
    }

    /** @return whether this is {@link #end()} */
    public boolean isEnd() {
        return checkpoint == END;
    }

    /**
     * @return the checkpoint of {@link #after(long)}
     * @throws IllegalStateException for {@link #start()} and {@link #end()}
     */
    public long checkpoint() {
        if (checkpoint < 0) {
            throw new IllegalStateException(this + " has no checkpoint");
        }
        return checkpoint;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof From that && that.checkpoint == checkpoint;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(checkpoint);
    }

    /** @return the code that builds it */
    @Override
    public String toString() {
        return checkpoint == START ? "From.start()" : checkpoint == END ? "From.end()" : "From.after(" + checkpoint + ")";
    }
}
