package dev.eventtestkit.broker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A declared queue of the fake: its ready messages in queue order, the ones waiting to enter it, and its
 * consumers in the order they registered.
 */
final class FakeQueue {

    final String name;
    final QueueOptions options;
    /** The options the delivery path reads at every step, unwrapped once. */
    final @Nullable Duration ttl;
    final int maxLength;
    final List<QueueConsumer> consumers = new ArrayList<>();
    final List<QueueEntry> waiting = new ArrayList<>();
    /** The ready messages from {@link #head} on; taken from the front, requeues inserted by position. */
    private final ArrayList<@Nullable QueueEntry> ready = new ArrayList<>();
    private int head;
    private long nextPosition;
    boolean hadConsumer;
    boolean deleted;

    FakeQueue(String name, QueueOptions options) {
        this.name = name;
        this.options = options;
        this.ttl = options.messageTtl().orElse(null);
        this.maxLength = options.maxLength().orElse(-1);
    }

    int readyCount() {
        return ready.size() - head;
    }

    @Nullable QueueEntry peek() {
        return head < ready.size() ? ready.get(head) : null;
    }

    QueueEntry poll() {
        QueueEntry first = ready.get(head);
        ready.set(head++, null);
        if (head == ready.size()) {
            ready.clear();
            head = 0;
        } else if (head > 256 && head * 2 > ready.size()) {
            ready.subList(0, head).clear();
            head = 0;
        }
        return first;
    }

    /** Appends at the tail with the next position. */
    void addLast(QueueEntry entry) {
        entry.position = nextPosition++;
        ready.add(entry);
    }

    /** Puts a requeued message back before the first ready message that came after it. */
    void requeue(QueueEntry entry) {
        int index = head;
        while (index < ready.size() && ready.get(index).position < entry.position) {
            index++;
        }
        ready.add(index, entry);
    }

    /** Puts a requeued message at a chosen index among the ready ones (the reorder fault). */
    void requeueAt(QueueEntry entry, int index) {
        ready.add(head + index, entry);
    }

    /** @return the index {@link #requeue} would choose, counted from the head */
    int originalIndex(QueueEntry entry) {
        int index = head;
        while (index < ready.size() && ready.get(index).position < entry.position) {
            index++;
        }
        return index - head;
    }

    List<QueueEntry> readyEntries() {
        List<QueueEntry> entries = new ArrayList<>(readyCount());
        for (int i = head; i < ready.size(); i++) {
            entries.add(ready.get(i));
        }
        return entries;
    }

    void clear() {
        ready.clear();
        head = 0;
        waiting.clear();
    }

    /** @return the consumers that may receive now: all, or under single-active-consumer the first one */
    int activeConsumers() {
        return options.isSingleActiveConsumer() ? Math.min(1, consumers.size()) : consumers.size();
    }
}
