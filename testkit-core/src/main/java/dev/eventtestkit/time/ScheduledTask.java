package dev.eventtestkit.time;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A timer on a {@link Timeline}: one-shot, or periodic with a fixed period (in virtual time a task takes no
 * time, so fixed rate and fixed delay coincide). Ordered by due time, then by scheduling sequence.
 */
final class ScheduledTask<V> implements RunnableScheduledFuture<V> {

    private final Timeline timeline;
    private final Callable<V> body;
    private final Duration period;
    private final CompletableFuture<V> result = new CompletableFuture<>();
    private volatile Instant due;
    private volatile long sequence;

    ScheduledTask(Timeline timeline, Callable<V> body, Instant due, Duration period) {
        this.timeline = timeline;
        this.body = body;
        this.due = due;
        this.period = period;
        this.sequence = timeline.nextSequence();
    }

    Instant due() {
        return due;
    }

    Runnable asRunnable() {
        return this;
    }

    @Override
    public boolean isPeriodic() {
        return !period.isZero();
    }

    @Override
    public void run() {
        runAndReschedule();
    }

    /** Runs the body; a periodic task that completed normally is queued again one period later. */
    void runAndReschedule() {
        if (result.isDone()) {
            return;
        }
        try {
            V value = body.call();
            if (isPeriodic()) {
                if (!result.isDone()) {
                    due = VirtualScheduler.saturatedPlus(due, period);
                    sequence = timeline.nextSequence();
                    timeline.enqueue(this);
                }
            } else {
                result.complete(value);
            }
        } catch (Throwable failure) {
            result.completeExceptionally(failure);
        }
    }

    @Override
    public long getDelay(TimeUnit unit) {
        return unit.convert(Duration.between(timeline.now(), due));
    }

    @Override
    public int compareTo(Delayed other) {
        if (other instanceof ScheduledTask<?> that) {
            int byDue = due.compareTo(that.due);
            return byDue != 0 ? byDue : Long.compare(sequence, that.sequence);
        }
        return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = result.cancel(mayInterruptIfRunning);
        if (cancelled) {
            timeline.remove(this);
        }
        return cancelled;
    }

    @Override
    public boolean isCancelled() {
        return result.isCancelled();
    }

    @Override
    public boolean isDone() {
        return result.isDone();
    }

    @Override
    public V get() throws InterruptedException, ExecutionException {
        return result.get();
    }

    @Override
    public V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        return result.get(timeout, unit);
    }

    @Override
    public String toString() {
        return "timer due " + due + (isPeriodic() ? " every " + period : "");
    }
}
