package dev.eventtestkit.broker;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How a consumer takes messages from a queue: its prefetch (how many unacknowledged deliveries it may hold)
 * and who acknowledges. Immutable: every setter returns a new copy.
 *
 * <pre>{@code
 * broker.consume("billing", ConsumeOptions.defaults().prefetch(10).manualAck(), message -> ...);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class ConsumeOptions {

    /** Who acknowledges a delivery. */
    public enum AckMode {
        /**
         * The kit: a handler that returns acks the delivery; one that throws has it nacked with requeue (or
         * retried after the retry policy's back-off) until the policy gives up, then rejected to the
         * dead-letter exchange. Spring AMQP's {@code AcknowledgeMode.AUTO}.
         */
        AUTO,
        /** The handler, through {@link Message#context()}: ack, nack or reject, now or later. */
        MANUAL
    }

    /** RabbitMQ's limit: {@code basic.qos} carries the prefetch count in 16 bits. */
    public static final int MAX_PREFETCH = 65_535;

    private static final ConsumeOptions DEFAULTS = new ConsumeOptions(0, AckMode.AUTO);

    private final int prefetch;
    private final AckMode ackMode;

    private ConsumeOptions(int prefetch, AckMode ackMode) {
        this.prefetch = prefetch;
        this.ackMode = ackMode;
    }

    /** @return unlimited prefetch, acknowledged by the kit when the handler returns */
    public static ConsumeOptions defaults() {
        return DEFAULTS;
    }

    /**
     * @param prefetch how many unacknowledged deliveries the consumer may hold, from 1 to 65535; 0 means no limit,
     *     as in RabbitMQ
     * @return a new copy
     * @throws IllegalArgumentException outside 0 to 65535
     */
    public ConsumeOptions prefetch(int prefetch) {
        if (prefetch < 0 || prefetch > MAX_PREFETCH) {
            throw new IllegalArgumentException("prefetch: 0 (unlimited) to " + MAX_PREFETCH + ", was " + prefetch);
        }
        return new ConsumeOptions(prefetch, ackMode);
    }

    /** @return a new copy in which the handler settles each delivery through {@link Message#context()} */
    public ConsumeOptions manualAck() {
        return ackMode(AckMode.MANUAL);
    }

    /** @return a new copy in which the kit acks when the handler returns (the default) */
    public ConsumeOptions autoAck() {
        return ackMode(AckMode.AUTO);
    }

    /**
     * @param ackMode who acknowledges
     * @return a new copy
     */
    public ConsumeOptions ackMode(AckMode ackMode) {
        return new ConsumeOptions(prefetch, Objects.requireNonNull(ackMode, "ackMode"));
    }

    /** @return the prefetch count; 0 for no limit */
    public int prefetch() {
        return prefetch;
    }

    /** @return who acknowledges */
    public AckMode ackMode() {
        return ackMode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConsumeOptions that && that.prefetch == prefetch && that.ackMode == ackMode;
    }

    @Override
    public int hashCode() {
        return 31 * prefetch + ackMode.hashCode();
    }

    @Override
    public String toString() {
        return "ConsumeOptions[prefetch=" + (prefetch == 0 ? "unlimited" : prefetch) + ", ack=" + ackMode + "]";
    }
}
