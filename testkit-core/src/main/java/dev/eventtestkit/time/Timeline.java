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

    /**
     * How many timers may fire at one instant before the clock reports that time cannot move on: a timer (or a
     * handler) that schedules another with zero delay every time would otherwise keep {@code advance} from ever
     * returning.
     */
    static final int MAX_TIMERS_PER_INSTANT = 100_000;

    private final PriorityQueue<ScheduledTask<?>> queue = new PriorityQueue<>();
    private final List<Runnable> settleActions = new CopyOnWriteArrayList<>();
    private final VirtualScheduler scheduler = new VirtualScheduler(this);
    private Instant now;
    private long sequence;
    private @Nullable Thread advancingThread;
    private @Nullable ReentrantStepException reentered;

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
            Instant instant = now();
            int firedAtInstant = 0;
            while (true) {
                ScheduledTask<?> task = pollDue(target);
                if (task != null) {
                    if (!task.due().isAfter(instant)) {
                        if (++firedAtInstant > MAX_TIMERS_PER_INSTANT) {
                            throw new IllegalStateException(stuck(instant));
                        }
                    } else {
                        instant = task.due();
                        firedAtInstant = 1;
                    }
                    task.runAndReschedule();
                    throwIfReentered();
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
        if (advancingThread == Thread.currentThread()) {
            reentered = new ReentrantStepException("the clock is already advancing (on thread "
                    + advancingThread.getName() + "): a timer or a handler cannot advance time itself; schedule a "
                    + "timer instead (a bug in the test: not retried, the advance stops)");
            throw reentered;
        }
        if (advancingThread != null) {
            throw new IllegalStateException("the clock is already advancing on thread " + advancingThread.getName()
                    + ": thread " + Thread.currentThread().getName() + " cannot advance it at the same time; "
                    + "one thread moves time");
        }
        advancingThread = Thread.currentThread();
    }

    private synchronized void exitAdvance() {
        advancingThread = null;
        reentered = null;
    }

    /** A timer or a handler that caught the exception of its own advance still stops this one. */
    private synchronized void throwIfReentered() {
        if (reentered != null) {
            throw reentered;
        }
    }

    private String stuck(Instant instant) {
        return "the clock cannot move on: more than " + MAX_TIMERS_PER_INSTANT + " timers fired at " + instant
                + " without time moving (does a timer, or a handler, schedule another with zero delay every time?)."
                + " Give such a timer a delay, or stop it.";
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
        throwIfReentered();
    }
}
