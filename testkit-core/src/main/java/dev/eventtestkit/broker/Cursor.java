package dev.eventtestkit.broker;

import java.util.ArrayDeque;
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

    Cursor(ConsumerGroup group, int partition) {
        this.group = group;
        this.partition = partition;
    }

    /** @return the next record of the log without a delivery yet, or null when all have one */
    @Nullable StoredRecord nextUndelivered() {
        return group.topic.firstAtOrAfter(partition, next);
    }

    Delivery open(StoredRecord record) {
        next = record.message().offset() + 1;
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
    }

    /**
     * Moves the group's position on this partition: the next record delivered is the one at {@code offset};
     * deliveries in flight (waiting for a retry, a delay or a duplicate) are dropped.
     */
    void seek(long offset) {
        pending.clear();
        group.duplicates.removeIf(duplicate -> duplicate.cursor == this);
        next = offset;
    }

    /** @return how many records of this partition still wait for the group: in flight, or not delivered yet */
    long waiting() {
        return pending.size() + group.topic.countFrom(partition, next);
    }
}
