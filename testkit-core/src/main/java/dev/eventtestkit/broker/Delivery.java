package dev.eventtestkit.broker;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One record on its way to one group: the first delivery and its redeliveries, or a duplicate. Not ready
 * while it waits for a retry backoff or a delay; a clock timer makes it ready again.
 */
final class Delivery {

    final Cursor cursor;
    final StoredRecord record;
    final boolean duplicate;
    int attempt;
    int failures;
    /** A duplicate's own chain number in {@link ReadyDeliveries}, given when first asked; -1 until then. */
    int chain = -1;
    private @Nullable Instant readyAt;
    private @Nullable String waitingFor;

    Delivery(Cursor cursor, StoredRecord record, int attempt, boolean duplicate) {
        this.cursor = cursor;
        this.record = record;
        this.attempt = attempt;
        this.duplicate = duplicate;
    }

    boolean isReady() {
        return readyAt == null;
    }

    void waitUntil(Instant instant, String reason) {
        readyAt = instant;
        waitingFor = reason;
    }

    void release() {
        readyAt = null;
        waitingFor = null;
    }

    @Nullable Instant readyAt() {
        return readyAt;
    }

    @Nullable String waitingFor() {
        return waitingFor;
    }

    Message message() {
        return record.message().withAttempt(attempt);
    }

    /** Oldest record first; then the group created first; a first delivery before a duplicate. */
    static int compare(Delivery a, Delivery b) {
        int bySequence = Long.compare(a.record.sequence(), b.record.sequence());
        if (bySequence != 0) {
            return bySequence;
        }
        int byGroup = Integer.compare(a.cursor.group.order, b.cursor.group.order);
        return byGroup != 0 ? byGroup : Boolean.compare(a.duplicate, b.duplicate);
    }
}
