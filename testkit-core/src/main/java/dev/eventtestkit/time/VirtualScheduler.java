package dev.eventtestkit.time;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A {@link ScheduledExecutorService} on virtual time. Delayed and periodic tasks run on the thread that
 * advances the clock, when their due time is reached. {@code execute} and {@code submit} run at the current
 * instant on the next advance. {@code invokeAll} and {@code invokeAny} must wait for their tasks, so they run
 * them at once on the calling thread. Shutdown follows {@code ScheduledThreadPoolExecutor}'s defaults:
 * delayed tasks still fire, periodic ones are cancelled.
 */
final class VirtualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private final Timeline timeline;
    private volatile boolean shutdown;

    VirtualScheduler(Timeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        Objects.requireNonNull(command, "command");
        return schedule(Executors.callable(command), delay, unit);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        Objects.requireNonNull(callable, "callable");
        return enqueue(callable, delay, unit, Duration.ZERO);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return schedulePeriodic(command, initialDelay, period, unit, "scheduleAtFixedRate");
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return schedulePeriodic(command, initialDelay, delay, unit, "scheduleWithFixedDelay");
    }

    private ScheduledFuture<?> schedulePeriodic(
            Runnable command, long initialDelay, long period, TimeUnit unit, String method) {
        Objects.requireNonNull(command, "command");
        if (period <= 0) {
            throw new IllegalArgumentException(method + ": the period must be positive, was " + period + " " + unit);
        }
        return enqueue(Executors.callable(command), initialDelay, unit, saturated(period, unit));
    }

    private <V> ScheduledTask<V> enqueue(Callable<V> body, long delay, TimeUnit unit, Duration period) {
        Objects.requireNonNull(unit, "unit");
        if (shutdown) {
            throw new RejectedExecutionException("the virtual scheduler has been shut down");
        }
        Instant due = saturatedPlus(timeline.now(), Math.max(0, delay), unit);
        ScheduledTask<V> task = new ScheduledTask<>(timeline, body, due, period);
        timeline.enqueue(task);
        return task;
    }

    /**
     * As {@code ScheduledThreadPoolExecutor} does with delays too large to represent, a due time beyond
     * {@link Instant#MAX} becomes {@code Instant.MAX}: the timer waits for ever, and is never lost.
     */
    static Instant saturatedPlus(Instant now, long amount, TimeUnit unit) {
        return saturatedPlus(now, saturated(amount, unit));
    }

    static Instant saturatedPlus(Instant now, Duration wait) {
        try {
            return now.plus(wait);
        } catch (ArithmeticException | java.time.DateTimeException tooFar) {
            return Instant.MAX;
        }
    }

    /** @return the duration, or the longest one when it is too long to represent (a timer that waits for ever) */
    private static Duration saturated(long amount, TimeUnit unit) {
        try {
            return Duration.of(amount, unit.toChronoUnit());
        } catch (ArithmeticException tooLong) {
            return Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
        }
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) {
        List<Future<T>> done = new ArrayList<>(tasks.size());
        for (Callable<T> task : tasks) {
            ScheduledTask<T> inline = new ScheduledTask<>(timeline, task, timeline.now(), Duration.ZERO);
            inline.runAndReschedule();
            done.add(inline);
        }
        return done;
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit) {
        return invokeAll(tasks);
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws ExecutionException {
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("invokeAny needs at least one task");
        }
        ExecutionException last = null;
        for (Callable<T> task : tasks) {
            try {
                return task.call();
            } catch (Exception e) {
                last = new ExecutionException(e);
            }
        }
        throw last;
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws ExecutionException {
        return invokeAny(tasks);
    }

    @Override
    public void shutdown() {
        shutdown = true;
        for (ScheduledTask<?> task : timeline.pending()) {
            if (task.isPeriodic()) {
                task.cancel(false);
            }
        }
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> never = new ArrayList<>();
        for (ScheduledTask<?> task : timeline.pending()) {
            if (task.cancel(false)) {
                never.add(task.asRunnable());
            }
        }
        return never;
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown && timeline.pendingCount() == 0;
    }

    /** Virtual time does not pass while a thread waits, so this answers at once. */
    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isTerminated();
    }

    @Override
    public String toString() {
        return "VirtualScheduler[" + timeline.pendingCount() + " pending, "
                + (shutdown ? "shut down" : "running") + "]";
    }
}
