package dev.eventtestkit.broker;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One line of a {@link Trace}: when, in which delivery step, at which position, for which group and attempt,
 * what happened.
 *
 * @param time the virtual time
 * @param step the delivery step it belongs to, from 1; 0 for what happened outside a delivery (a publish by
 *     the test, a delay drawn before a step)
 * @param kind what happened
 * @param fault the fault, when {@code kind} is {@link TraceKind#FAULT}; otherwise null
 * @param topic the topic; for a queue message the queue (as sent: the exchange)
 * @param partition the partition; -1 for a queue message
 * @param offset the offset within the partition; for a queue message the broker's send number
 * @param group the consumer group, or null for a publish
 * @param attempt the delivery attempt, or 0 for a publish
 * @param detail the event column of the timeline, e.g. {@code publish OrderCreated v1 key=o-1}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TraceEntry(
        Instant time,
        int step,
        TraceKind kind,
        @Nullable FaultKind fault,
        String topic,
        int partition,
        long offset,
        @Nullable String group,
        int attempt,
        String detail) {

    public TraceEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(detail, "detail");
    }

    /** @return {@code topic[partition]@offset}; for a queue message (partition -1) {@code queue#sendNumber} */
    public String position() {
        if (partition < 0) {
            return Message.queuePosition(topic, offset);
        }
        return topic + "[" + partition + "]@" + offset;
    }

    /** @return whether this entry records a fault */
    public boolean isFault() {
        return kind == TraceKind.FAULT;
    }
}
