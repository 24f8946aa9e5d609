package dev.eventtestkit.broker;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How often a failing delivery is tried and how long the broker waits, in virtual time, between tries.
 *
 * <pre>{@code
 * RetryPolicy.of(3, Duration.ofSeconds(1), Duration.ofSeconds(2))   // the default
 * RetryPolicy.of(5, Duration.ofMillis(100))                        // 100 ms between every try
 * }</pre>
 *
 * <p>After the last attempt fails the record goes to the dead letters of its topic and group. When there
 * are fewer backoffs than waits, the last backoff repeats.
 *
 * @param maxAttempts how many times a handler may fail on a record, 1 or more
 * @param backoffs the waits after the first, second, ... failure; empty means retry at once
 */
@API(status = API.Status.STABLE, since = "0.1")
public record RetryPolicy(int maxAttempts, List<Duration> backoffs) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("a retry policy allows 1 or more attempts, was " + maxAttempts);
        }
        Objects.requireNonNull(backoffs, "a retry policy's backoffs are null; expected a list, empty for none");
        if (backoffs.contains(null)) {
            throw new NullPointerException("backoff " + (backoffs.indexOf(null) + 1) + " of a retry policy is null; "
                    + "expected a duration, Duration.ZERO to retry at once");
        }
        backoffs = List.copyOf(backoffs);
        for (Duration backoff : backoffs) {
            if (backoff.isNegative()) {
                throw new IllegalArgumentException("a backoff cannot be negative, was " + backoff);
            }
        }
    }

    /** @return 3 attempts, waiting 1 s then 2 s */
    public static RetryPolicy defaults() {
        return of(3, Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    /** @return one attempt: a failing record goes straight to the dead letters */
    public static RetryPolicy noRetries() {
        return of(1);
    }

    /**
     * @param maxAttempts how many times a handler may fail on a record
     * @param backoffs the waits after each failure; the last one repeats
     * @return the policy
     */
    public static RetryPolicy of(int maxAttempts, Duration... backoffs) {
        Objects.requireNonNull(backoffs, "a retry policy's backoffs are null; expected durations, none for none");
        return new RetryPolicy(maxAttempts, Arrays.asList(backoffs));
    }

    /**
     * @param failures how many times the handler has failed on the record so far, 1 or more
     * @return how long to wait before the next attempt
     */
    public Duration backoffAfter(int failures) {
        if (backoffs.isEmpty()) {
            return Duration.ZERO;
        }
        return backoffs.get(Math.min(failures, backoffs.size()) - 1);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("RetryPolicy.of(").append(maxAttempts);
        for (Duration backoff : backoffs) {
            text.append(", Duration.ofMillis(").append(backoff.toMillis()).append(')');
        }
        return text.append(')').toString();
    }
}
