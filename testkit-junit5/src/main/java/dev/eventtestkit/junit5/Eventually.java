package dev.eventtestkit.junit5;

import dev.eventtestkit.report.DurationText;
import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

/**
 * Waits in real time for work that runs on threads the test does not drive: an executor the consumer hands
 * records to, a real Kafka's consumer threads. Prefer stepping ({@code broker.runUntilIdle()},
 * {@code clock.advance(...)}) wherever the code under test lets you: a stepped test never waits and fails the
 * same way every time.
 *
 * <pre>{@code
 * broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
 * broker.runUntilIdle();                                  // the handler hands the order to billingExecutor
 * Eventually.within(Duration.ofSeconds(5), () -> assertThat(ledger.charges("o-1")).isEqualTo(1));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Eventually {

    private static final Duration POLL = Duration.ofMillis(10);

    private Eventually() {}

    /**
     * Runs an assertion until it passes, polling every 10 ms; any exception other than an assertion failure
     * fails at once.
     *
     * @param timeout how long to wait at most
     * @param assertion the assertion that must pass eventually
     * @throws AssertionFailedError {@code not true within 5 seconds: <the assertion's last failure>}, with that
     *     failure as cause, when the timeout passes first
     */
    public static void within(Duration timeout, Executable assertion) {
        Objects.requireNonNull(assertion, "assertion");
        try {
            Awaitility.await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(POLL)
                    .untilAsserted(assertion::execute);
        } catch (ConditionTimeoutException timedOut) {
            lastLook(timeout, assertion);
        }
    }

    /**
     * Under load the poller may not have run the assertion before the timeout, so its last failure can be
     * missing: one more run on this thread gives a failure to report every time (or passes, just in time).
     */
    private static void lastLook(Duration timeout, Executable assertion) {
        try {
            assertion.execute();
        } catch (AssertionError failure) {
            throw new AssertionFailedError(
                    "not true within " + DurationText.of(timeout) + ": " + failure.getMessage(), failure);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable other) {
            throw new AssertionFailedError("not true within " + DurationText.of(timeout) + ": " + other, other);
        }
    }
}
