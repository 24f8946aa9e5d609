package dev.eventtestkit.broker;

import java.util.ArrayDeque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where one group stands on one partition: records below {@link #next} have a {@link Delivery} (pending
 * ones are in {@link #pending}, in offset order; acked and dead-lettered ones are gone).
 */
final class Cursor {

    final ConsumerGroup group;
    final int partition;
    final ArrayDeque<Delivery> pending = new ArrayDeque<>();
    /** Its chain number in {@link ReadyDeliveries}, given when first asked; -1 until then. */
    int chain = -1;
    private long next;
    private long done;

    Cursor(ConsumerGroup group, int partition) {
        this.group = group;
        this.partition = partition;
    }

    /** @return the next record of the log without a delivery yet, or null when all have one */
    @Nullable StoredRecord nextUndelivered() {
        List<StoredRecord> log = group.topic.log(partition);
        return next < log.size() ? log.get((int) next) : null;
    }

    Delivery open(StoredRecord record) {
        next++;
        Delivery delivery = new Delivery(this, record, 1, false);
        pending.addLast(delivery);
        return delivery;
    }

    void close(Delivery delivery) {
        if (pending.peekFirst() == delivery) {
            pending.removeFirst();
        } else {
            pending.remove(delivery);
        }
        done++;
    }

    /**
     * Moves the group's position on this partition: the next record delivered is the one at {@code offset};
     * deliveries in flight (waiting for a retry or a delay) are dropped, records below count as done.
     */
    void seek(long offset) {
        pending.clear();
        next = offset;
        done = offset;
    }

    /** @return how many records of this partition the group has acked or dead-lettered */
    long completed() {
        return done;
    }
}
