package dev.eventtestkit.kafka;

import java.time.Duration;
import java.util.List;

/**
 * How often a throwing handler is called before its record is dead-lettered, and how long to wait between.
 *
 * @param maxAttempts calls in all, 1 or more
 * @param backoffs the wait before the 2nd, 3rd... call; the last one repeats
 */
record Retries(int maxAttempts, List<Duration> backoffs) {

    static final Retries DEFAULT = new Retries(3, List.of(Duration.ofMillis(100), Duration.ofMillis(200)));

    Retries {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("retries: maxAttempts must be 1 or more, was " + maxAttempts);
        }
        backoffs = List.copyOf(backoffs);
        if (maxAttempts > 1 && backoffs.isEmpty()) {
            throw new IllegalArgumentException("retries: " + maxAttempts + " attempts need at least one backoff");
        }
        for (Duration backoff : backoffs) {
            if (backoff.isNegative()) {
                throw new IllegalArgumentException("retries: backoff must not be negative, was " + backoff);
            }
        }
    }

    /** @param failedAttempt the attempt that just failed, from 1 */
    Duration backoffAfter(int failedAttempt) {
        return backoffs.get(Math.min(failedAttempt, backoffs.size()) - 1);
    }
}
