package dev.eventtestkit.spring.internal;

import dev.eventtestkit.time.VirtualClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.support.SimpleTriggerContext;

/**
 * The app's task scheduler under virtual time: {@code @Scheduled} methods (and anything else scheduled on it) fire
 * on the current broker's virtual clock, on the thread that advances it. Tasks are kept with their timing relative
 * to when they were scheduled, so a fresh broker (a new test, a new exploration schedule) gets them again from its
 * own start.
 */
final class VirtualTaskScheduler implements TaskScheduler, ApplicationListener<ApplicationEvent> {

    private final SpringWorld world;
    private final List<Task> tasks = new ArrayList<>();

    VirtualTaskScheduler(SpringWorld world) {
        this.world = world;
    }

    @Override
    public Clock getClock() {
        return world.broker().clock();
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable task, Trigger trigger) {
        return add(new Task(task, Kind.TRIGGER, Duration.ZERO, Duration.ZERO, trigger));
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable task, Instant startTime) {
        return add(new Task(task, Kind.ONCE, untilFromNow(startTime), Duration.ZERO, null));
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Instant startTime, Duration period) {
        return add(new Task(task, Kind.FIXED_RATE, untilFromNow(startTime), period, null));
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Duration period) {
        return add(new Task(task, Kind.FIXED_RATE, Duration.ZERO, period, null));
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Instant startTime, Duration delay) {
        return add(new Task(task, Kind.FIXED_DELAY, untilFromNow(startTime), delay, null));
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Duration delay) {
        return add(new Task(task, Kind.FIXED_DELAY, Duration.ZERO, delay, null));
    }

    /**
     * The context registered the app's scheduler bean as an event listener by its original type (Spring's
     * {@code ThreadPoolTaskScheduler} listens for the context closing, to stop its threads): this replacement
     * takes those events too, so closing the context does not fail looking the listener up. It has no threads to
     * stop; the original, which never ran a task, is destroyed by the context as usual.
     */
    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        // nothing to stop: tasks run on the thread that advances the virtual clock
    }

    /** Re-schedules every live task on a new broker's clock, from that clock's present. */
    void moveTo(VirtualClock clock) {
        for (Task task : List.copyOf(tasks)) {
            task.bind(clock);
        }
    }

    private Duration untilFromNow(Instant startTime) {
        Duration until = Duration.between(world.broker().clock().instant(), startTime);
        return until.isNegative() ? Duration.ZERO : until;
    }

    private ScheduledFuture<?> add(Task task) {
        tasks.add(task);
        task.bind(world.broker().clock());
        return task;
    }

    private enum Kind { ONCE, FIXED_RATE, FIXED_DELAY, TRIGGER }

    /** One scheduled task, re-bindable to another clock; its handle is the app's {@code ScheduledFuture}. */
    private final class Task implements ScheduledFuture<Object> {

        private final Runnable runnable;
        private final Kind kind;
        private final Duration initialDelay;
        private final Duration period;
        private final @Nullable Trigger trigger;
        private @Nullable ScheduledFuture<?> current;
        private @Nullable SimpleTriggerContext triggerContext;
        private boolean cancelled;
        private boolean ran;

        Task(Runnable runnable, Kind kind, Duration initialDelay, Duration period, @Nullable Trigger trigger) {
            this.runnable = runnable;
            this.kind = kind;
            this.initialDelay = initialDelay;
            this.period = period;
            this.trigger = trigger;
        }

        void bind(VirtualClock clock) {
            if (current != null) {
                current.cancel(false);
            }
            current = null;
            long delay = initialDelay.toNanos();
            switch (kind) {
                case ONCE -> {
                    if (!ran) {
                        current = clock.scheduler().schedule(() -> {
                            ran = true;
                            runnable.run();
                        }, delay, TimeUnit.NANOSECONDS);
                    }
                }
                case FIXED_RATE -> current = clock.scheduler().scheduleAtFixedRate(runnable, delay, period.toNanos(),
                        TimeUnit.NANOSECONDS);
                case FIXED_DELAY -> current = clock.scheduler().scheduleWithFixedDelay(runnable, delay,
                        period.toNanos(), TimeUnit.NANOSECONDS);
                case TRIGGER -> {
                    triggerContext = new SimpleTriggerContext(clock);
                    next(clock);
                }
            }
        }

        private void next(VirtualClock clock) {
            SimpleTriggerContext context = triggerContext;
            Instant due = trigger == null || context == null ? null : trigger.nextExecution(context);
            if (due == null || cancelled) {
                return;
            }
            Duration wait = Duration.between(clock.instant(), due);
            current = clock.scheduler().schedule(() -> {
                Instant started = clock.instant();
                try {
                    runnable.run();
                } finally {
                    context.update(due, started, clock.instant());
                    next(clock);
                }
            }, Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            cancelled = true;
            tasks.remove(this);
            return current == null || current.cancel(mayInterruptIfRunning);
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return cancelled || (kind == Kind.ONCE && ran);
        }

        @Override
        public @Nullable Object get() {
            return null;
        }

        @Override
        public @Nullable Object get(long timeout, TimeUnit unit) {
            return null;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            ScheduledFuture<?> bound = current;
            return bound == null ? 0 : bound.getDelay(unit);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }
    }
}
