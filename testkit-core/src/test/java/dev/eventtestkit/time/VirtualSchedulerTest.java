package dev.eventtestkit.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class VirtualSchedulerTest {

    private final VirtualClock clock = VirtualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
    private final ScheduledExecutorService timers = clock.scheduler();
    private final List<String> fired = new ArrayList<>();

    @Test
    void theSchedulerIsOnePerClock() {
        assertThat(clock.scheduler()).isSameAs(timers);
    }

    @Test
    void aCallableCompletesItsFutureWithItsValue() throws Exception {
        ScheduledFuture<String> future = timers.schedule(() -> "done at " + clock.instant(), 2, TimeUnit.SECONDS);
        assertThat(future.isDone()).isFalse();
        assertThat(future.getDelay(TimeUnit.MILLISECONDS)).isEqualTo(2000);

        clock.advance(Duration.ofSeconds(2));

        assertThat(future.get()).isEqualTo("done at 2026-01-01T00:00:02Z");
    }

    @Test
    void aThrowingTaskFailsItsFuture() {
        ScheduledFuture<?> future = timers.schedule(
                () -> {
                    throw new IllegalStateException("boom");
                },
                1,
                TimeUnit.SECONDS);

        clock.advance(Duration.ofSeconds(1));

        assertThatThrownBy(future::get).isInstanceOf(ExecutionException.class).hasRootCauseMessage("boom");
    }

    @Test
    void fixedRateFiresEveryPeriodOnTheWay() {
        timers.scheduleAtFixedRate(() -> fired.add(clock.instant().toString()), 1, 2, TimeUnit.MINUTES);

        clock.advance(Duration.ofMinutes(6));

        assertThat(fired).containsExactly("2026-01-01T00:01:00Z", "2026-01-01T00:03:00Z", "2026-01-01T00:05:00Z");
    }

    @Test
    void fixedDelayFiresEveryDelayOnTheWay() {
        timers.scheduleWithFixedDelay(() -> fired.add(clock.instant().toString()), 0, 30, TimeUnit.SECONDS);

        clock.advance(Duration.ofMinutes(1));

        assertThat(fired).containsExactly("2026-01-01T00:00:00Z", "2026-01-01T00:00:30Z", "2026-01-01T00:01:00Z");
    }

    @Test
    void aPeriodicTaskThatThrowsStopsRepeating() {
        ScheduledFuture<?> future = timers.scheduleAtFixedRate(
                () -> {
                    fired.add("tick");
                    throw new IllegalStateException("broken tick");
                },
                1,
                1,
                TimeUnit.SECONDS);

        clock.advance(Duration.ofSeconds(5));

        assertThat(fired).containsExactly("tick");
        assertThat(future.isDone()).isTrue();
        assertThat(clock.pendingTimers()).isZero();
    }

    @Test
    void aPeriodNeedsToBePositive() {
        assertThatThrownBy(() -> timers.scheduleAtFixedRate(() -> {}, 0, 0, TimeUnit.SECONDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scheduleAtFixedRate: the period must be positive, was 0 SECONDS");
    }

    @Test
    void cancellingATimerRemovesIt() {
        ScheduledFuture<?> future = timers.schedule(() -> fired.add("cancelled"), 1, TimeUnit.SECONDS);

        assertThat(future.cancel(false)).isTrue();
        clock.advance(Duration.ofSeconds(2));

        assertThat(fired).isEmpty();
        assertThat(future.isCancelled()).isTrue();
        assertThat(clock.pendingTimers()).isZero();
    }

    @Test
    void cancellingAPeriodicTaskFromItselfStopsIt() {
        List<ScheduledFuture<?>> self = new ArrayList<>();
        self.add(timers.scheduleAtFixedRate(
                () -> {
                    fired.add("tick");
                    if (fired.size() == 2) {
                        self.get(0).cancel(false);
                    }
                },
                1,
                1,
                TimeUnit.SECONDS));

        clock.advance(Duration.ofSeconds(10));

        assertThat(fired).containsExactly("tick", "tick");
    }

    @Test
    void invokeAllRunsTheTasksAtOnceOnTheCallingThread() throws Exception {
        List<Callable<String>> tasks = List.of(() -> "a", () -> "b");

        List<Future<String>> results = timers.invokeAll(tasks);

        assertThat(results).allMatch(Future::isDone);
        assertThat(results.get(0).get()).isEqualTo("a");
        assertThat(results.get(1).get()).isEqualTo("b");
    }

    @Test
    void invokeAnyReturnsTheFirstSuccess() throws Exception {
        List<Callable<String>> tasks = List.of(
                () -> {
                    throw new IllegalStateException("first fails");
                },
                () -> "second");

        assertThat(timers.invokeAny(tasks)).isEqualTo("second");
    }

    @Test
    void shutdownKeepsDelayedTasksCancelsPeriodicOnesAndRejectsNewOnes() {
        timers.schedule(() -> fired.add("delayed"), 1, TimeUnit.SECONDS);
        timers.scheduleAtFixedRate(() -> fired.add("periodic"), 1, 1, TimeUnit.SECONDS);

        timers.shutdown();

        assertThat(timers.isShutdown()).isTrue();
        assertThat(timers.isTerminated()).isFalse();
        assertThatThrownBy(() -> timers.execute(() -> {}))
                .isInstanceOf(RejectedExecutionException.class)
                .hasMessage("the virtual scheduler has been shut down");
        clock.advance(Duration.ofSeconds(3));
        assertThat(fired).containsExactly("delayed");
        assertThat(timers.isTerminated()).isTrue();
    }

    @Test
    void shutdownNowReturnsWhatNeverRan() {
        timers.schedule(() -> fired.add("never"), 1, TimeUnit.SECONDS);

        List<Runnable> never = timers.shutdownNow();

        assertThat(never).hasSize(1);
        clock.advance(Duration.ofSeconds(2));
        assertThat(fired).isEmpty();
    }
}
