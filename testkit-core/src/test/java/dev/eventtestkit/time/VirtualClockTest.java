package dev.eventtestkit.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class VirtualClockTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final VirtualClock clock = VirtualClock.at(START);
    private final ScheduledExecutorService timers = clock.scheduler();
    private final List<String> fired = new ArrayList<>();

    @Test
    void readsTheSameInstantUntilMoved() {
        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.millis()).isEqualTo(START.toEpochMilli());
        assertThat(clock.instant()).isEqualTo(START);
    }

    @Test
    void advanceMovesTimeByTheDuration() {
        clock.advance(Duration.ofMinutes(30));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:30:00Z"));
    }

    @Test
    void firesTimersInTimeOrderNotSchedulingOrder() {
        timers.schedule(() -> fired.add("third"), 3, TimeUnit.SECONDS);
        timers.schedule(() -> fired.add("first"), 1, TimeUnit.SECONDS);
        timers.schedule(() -> fired.add("second"), 2, TimeUnit.SECONDS);

        clock.advance(Duration.ofSeconds(5));

        assertThat(fired).containsExactly("first", "second", "third");
    }

    @Test
    void firesTimersDueAtTheSameInstantInSchedulingOrder() {
        for (String name : List.of("a", "b", "c", "d")) {
            timers.schedule(() -> fired.add(name), 10, TimeUnit.SECONDS);
        }

        clock.advance(Duration.ofSeconds(10));

        assertThat(fired).containsExactly("a", "b", "c", "d");
    }

    @Test
    void theClockReadsTheDueTimeWhileATimerRuns() {
        timers.schedule(() -> fired.add(clock.instant().toString()), 90, TimeUnit.SECONDS);

        clock.advance(Duration.ofMinutes(5));

        assertThat(fired).containsExactly("2026-01-01T00:01:30Z");
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:05:00Z"));
    }

    @Test
    void doesNotFireTimersDueAfterTheTarget() {
        timers.schedule(() -> fired.add("late"), 61, TimeUnit.SECONDS);

        clock.advance(Duration.ofMinutes(1));

        assertThat(fired).isEmpty();
        assertThat(clock.pendingTimers()).isEqualTo(1);
        assertThat(clock.nextTimer()).contains(Instant.parse("2026-01-01T00:01:01Z"));
    }

    @Test
    void aTimerScheduledByATimerFiresInTheSameAdvanceWhenDueOnTheWay() {
        timers.schedule(
                () -> {
                    fired.add("outer at " + clock.instant());
                    timers.schedule(() -> fired.add("inner at " + clock.instant()), 10, TimeUnit.SECONDS);
                },
                10,
                TimeUnit.SECONDS);

        clock.advance(Duration.ofSeconds(30));

        assertThat(fired).containsExactly("outer at 2026-01-01T00:00:10Z", "inner at 2026-01-01T00:00:20Z");
    }

    @Test
    void aTimerScheduledByATimerBeyondTheTargetWaits() {
        timers.schedule(() -> timers.schedule(() -> fired.add("inner"), 1, TimeUnit.MINUTES), 10, TimeUnit.SECONDS);

        clock.advance(Duration.ofSeconds(30));

        assertThat(fired).isEmpty();
        assertThat(clock.nextTimer()).contains(Instant.parse("2026-01-01T00:01:10Z"));
    }

    @Test
    void aZeroDelayTimerFiresOnTheNextAdvanceEvenOfZero() {
        timers.execute(() -> fired.add("now"));
        assertThat(fired).isEmpty();

        clock.advance(Duration.ZERO);

        assertThat(fired).containsExactly("now");
        assertThat(clock.instant()).isEqualTo(START);
    }

    @Test
    void advanceToFiresTimersOnTheWay() {
        timers.schedule(() -> fired.add("noon"), 12, TimeUnit.HOURS);

        clock.advanceTo(Instant.parse("2026-01-01T12:00:00Z"));

        assertThat(fired).containsExactly("noon");
    }

    @Test
    void timeNeverGoesBackwardsWithAdvance() {
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("time never goes backwards: cannot advance the clock by PT-1S (it reads "
                        + "2026-01-01T00:00:00Z)");
    }

    @Test
    void timeNeverGoesBackwardsWithAdvanceTo() {
        clock.advance(Duration.ofHours(1));

        assertThatThrownBy(() -> clock.advanceTo(START))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("time never goes backwards: the clock reads 2026-01-01T01:00:00Z, cannot move it to "
                        + "2026-01-01T00:00:00Z");
    }

    @Test
    void aTimerCannotAdvanceTheClockItselfAndTheAdvanceStopsAtOnce() {
        var future = timers.schedule(() -> clock.advance(Duration.ofSeconds(1)), 1, TimeUnit.SECONDS);

        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(1)))
                .isInstanceOf(ReentrantStepException.class)
                .hasMessage("the clock is already advancing (on thread " + Thread.currentThread().getName()
                        + "): a timer or a handler cannot advance time itself; schedule a timer instead (a bug in the"
                        + " test: not retried, the advance stops)");
        assertThat(future.isDone()).isTrue();
    }

    @Test
    void aTimerThatReschedulesItselfAtZeroDelayStopsTheAdvance() {
        Runnable[] again = new Runnable[1];
        again[0] = () -> timers.execute(again[0]);
        timers.execute(again[0]);

        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the clock cannot move on: more than 100000 timers fired at 2026-01-01T00:00:00Z without"
                        + " time moving (does a timer, or a handler, schedule another with zero delay every time?)."
                        + " Give such a timer a delay, or stop it.");
    }

    @Test
    void aTimerTooFarInTheFutureWaitsAtTheEndOfTimeInsteadOfOverflowing() {
        timers.schedule(() -> {}, Long.MAX_VALUE, TimeUnit.DAYS);

        assertThat(clock.nextTimer()).contains(Instant.MAX);
    }

    @Test
    void advancingPastTheEndOfTimeStopsThereAndFiresWhatIsDueOnTheWay() {
        // found while auditing issue 12: advance(Duration.ofSeconds(Long.MAX_VALUE)) threw a bare ArithmeticException
        List<String> fired = new ArrayList<>();
        timers.schedule(() -> fired.add("far"), Long.MAX_VALUE, TimeUnit.DAYS);

        clock.advance(Duration.ofSeconds(Long.MAX_VALUE));
        clock.advance(Duration.ofDays(365));

        assertThat(clock.instant()).isEqualTo(Instant.MAX);
        assertThat(fired).containsExactly("far");
    }

    @Test
    void aZoneViewSharesTheTimeline() {
        VirtualClock paris = clock.withZone(ZoneId.of("Europe/Paris"));

        paris.advance(Duration.ofMinutes(5));

        assertThat(clock.instant()).isEqualTo(paris.instant()).isEqualTo(Instant.parse("2026-01-01T00:05:00Z"));
        assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(paris).isNotEqualTo(clock);
        assertThat(paris.withZone(clock.getZone())).isEqualTo(clock);
    }

    @Test
    void eachInstantSettlesAfterItsTimersFire() {
        clock.onEachInstant(() -> fired.add("settle at " + clock.instant()));
        timers.schedule(() -> fired.add("a"), 1, TimeUnit.SECONDS);
        timers.schedule(() -> fired.add("b"), 1, TimeUnit.SECONDS);
        timers.schedule(() -> fired.add("c"), 2, TimeUnit.SECONDS);

        clock.advance(Duration.ofSeconds(3));

        assertThat(fired)
                .containsExactly(
                        "settle at 2026-01-01T00:00:00Z",
                        "a",
                        "b",
                        "settle at 2026-01-01T00:00:01Z",
                        "c",
                        "settle at 2026-01-01T00:00:02Z",
                        "settle at 2026-01-01T00:00:03Z");
    }

    @Test
    void aSettleActionMayScheduleWorkForTheSameInstant() throws Exception {
        List<String> settled = new ArrayList<>();
        try (AutoCloseable registration = clock.onEachInstant(() -> {
            settled.add(clock.instant().toString());
            if (settled.size() == 1) {
                timers.execute(() -> fired.add("released by settle"));
            }
        })) {
            clock.advance(Duration.ZERO);
        }
        clock.advance(Duration.ofSeconds(1));

        assertThat(fired).containsExactly("released by settle");
        assertThat(settled).containsExactly("2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z");
    }

    @Test
    void toStringShowsTimeAndPendingTimers() {
        timers.schedule(() -> {}, 1, TimeUnit.DAYS);

        assertThat(clock).hasToString("VirtualClock[2026-01-01T00:00:00Z, Z, 1 pending timer(s)]");
    }
}
