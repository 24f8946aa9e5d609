package dev.eventtestkit.time;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A test stepped the world from inside a step: a timer or a handler called {@code clock.advance(...)}, or a
 * handler called {@code broker.runUntilIdle()}. That is a bug in the test, not a failure of the handler: the
 * broker does not retry or dead-letter it, the clock and the broker stop, and the test fails at once, also
 * when the handler caught the exception and carried on.
 *
 * <p>Schedule the work on {@code clock.scheduler()} instead; the test moves time.
 */
@API(status = EXPERIMENTAL)
public class ReentrantStepException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what was called from where, and what to do instead
     */
    public ReentrantStepException(String message) {
        super(message);
    }

    /**
     * @param failure a handler's or a timer's failure
     * @return the {@code ReentrantStepException} it is or wraps (its causes are searched), or null
     */
    public static @Nullable ReentrantStepException in(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ReentrantStepException reentrant) {
                return reentrant;
            }
        }
        return null;
    }
}
