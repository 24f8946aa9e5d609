package dev.eventtestkit.broker;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Thrown by a {@link MessageHandler} that decides its own retries, as a framework's error handler does (Spring
 * Kafka's {@code DefaultErrorHandler} and its back-off): the broker redelivers the record after {@link #delay()}
 * of virtual time, whatever its {@link RetryPolicy}: the policy is not consulted for this failure (it still
 * counts in {@link DeadLetter#failures()}). The trace records the {@linkplain #getCause() cause} as the
 * handler's failure.
 *
 * <pre>{@code
 * broker.subscribe("orders", "billing", message -> {
 *     try {
 *         billing.on(message.payloadAs(OrderPlaced.class));
 *     } catch (PaymentDown e) {
 *         throw new RetryAfter(Duration.ofSeconds(5), e);   // the handler's own back-off
 *     }
 * });
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class RetryAfter extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration delay;

    /**
     * @param delay how long to wait, in virtual time, before the next attempt; zero retries at once
     * @param cause why the attempt failed
     * @throws IllegalArgumentException when {@code delay} is negative
     */
    public RetryAfter(Duration delay, Throwable cause) {
        super("retry after " + Objects.requireNonNull(delay, "delay") + ": " + cause, Objects.requireNonNull(cause));
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a retry delay cannot be negative, was " + delay);
        }
        this.delay = delay;
    }

    /** @return how long the broker waits, in virtual time, before redelivering */
    public Duration delay() {
        return delay;
    }

    /** @return why the attempt failed, never null */
    @Override
    public synchronized Throwable getCause() {
        return Objects.requireNonNull(super.getCause());
    }
}
