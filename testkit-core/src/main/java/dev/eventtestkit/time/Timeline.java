package dev.eventtestkit.time;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * The state behind a {@link VirtualClock} and its zone views: the current instant, the pending timers in
 * (due, sequence) order, and the actions run as each instant settles.
 */
final class Timeline {

    private final PriorityQueue<ScheduledTask<?>> queue = new PriorityQueue<>();
    private final List<Runnable> settleActions = new CopyOnWriteArrayList<>();
    private final VirtualScheduler scheduler = new VirtualScheduler(this);
    private Instant now;
    private long sequence;
    private @Nullable Thread advancingThread;

    Timeline(Instant start) {
        this.now = start;
    }

    synchronized Instant now() {
        return now;
    }

    VirtualScheduler scheduler() {
        return scheduler;
    }

    synchronized long nextSequence() {
        return sequence++;
    }

    synchronized void enqueue(ScheduledTask<?> task) {
        queue.add(task);
    }

    synchronized boolean remove(ScheduledTask<?> task) {
        return queue.remove(task);
    }

    synchronized Optional<Instant> nextDue() {
        ScheduledTask<?> head = queue.peek();
        return head == null ? Optional.empty() : Optional.of(head.due());
    }

    synchronized int pendingCount() {
        return queue.size();
    }

    synchronized List<ScheduledTask<?>> pending() {
        return new ArrayList<>(queue);
    }

    AutoCloseable onEachInstant(Runnable action) {
        settleActions.add(action);
        return () -> settleActions.remove(action);
    }

    /**
     * Settles the current instant, then fires every task due up to {@code target} in order, settling after
     * the tasks of each instant, and rests at target.
     */
    void advanceTo(Instant target) {
        enterAdvance();
        try {
            settle(); // what the test did at this instant (a publish, say) settles before time moves on
            boolean settled = true;
            while (true) {
                ScheduledTask<?> task = pollDue(target);
                if (task != null) {
                    task.runAndReschedule();
                    settled = false;
                    if (!hasDueAt(now())) {
                        settle();
                        settled = true;
                    }
                    continue;
                }
                if (moveTo(target)) {
                    settled = false;
                }
                if (!settled) {
                    settle();
                    settled = true;
                }
                if (!hasDueAt(target)) {
                    return;
                }
            }
        } finally {
            exitAdvance();
        }
    }

    private synchronized void enterAdvance() {
        if (advancingThread != null) {
            throw new IllegalStateException(
                    "the clock is already advancing (on thread " + advancingThread.getName()
                            + "): a timer or a handler cannot advance time itself; schedule a timer instead");
        }
        advancingThread = Thread.currentThread();
    }

    private synchronized void exitAdvance() {
        advancingThread = null;
    }

    private synchronized @Nullable ScheduledTask<?> pollDue(Instant target) {
        ScheduledTask<?> head = queue.peek();
        if (head == null || head.due().isAfter(target)) {
            return null;
        }
        queue.poll();
        if (head.due().isAfter(now)) {
            now = head.due();
        }
        return head;
    }

    private synchronized boolean hasDueAt(Instant instant) {
        ScheduledTask<?> head = queue.peek();
        return head != null && !head.due().isAfter(instant);
    }

    private synchronized boolean moveTo(Instant target) {
        if (target.isAfter(now)) {
            now = target;
            return true;
        }
        return false;
    }

    private void settle() {
        for (Runnable action : settleActions) {
            action.run();
        }
    }
}
