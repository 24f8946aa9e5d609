package dev.eventtestkit.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import org.apiguardian.api.API;

/**
 * A {@link Clock} that moves only when a test tells it to, and fires timers on the way.
 *
 * <pre>{@code
 * VirtualClock clock = VirtualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
 * clock.scheduler().schedule(() -> reminders.send(), 30, TimeUnit.MINUTES);
 * clock.advance(Duration.ofMinutes(30));   // the reminder fires here, at 00:30, on this thread
 * }</pre>
 *
 * <p>The rules: timers fire in time order; timers due at the same instant fire in the order they were
 * scheduled; a timer scheduled by a timer fires in the same advance when it falls due on the way; the clock
 * reads the timer's due time while the timer runs; time never goes backwards. Timers due now (a zero delay)
 * fire at the next {@code advance}, including {@code advance(Duration.ZERO)}.
 *
 * <p>{@link #withZone(ZoneId)} returns a view on the same timeline: advancing either moves both.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class VirtualClock extends Clock {

    private static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

    private final Timeline timeline;
    private final ZoneId zone;

    private VirtualClock(Timeline timeline, ZoneId zone) {
        this.timeline = timeline;
        this.zone = zone;
    }

    /**
     * @param start the instant the clock reads until it is moved
     * @return a fresh clock in UTC with no timers
     */
    public static VirtualClock at(Instant start) {
        return new VirtualClock(new Timeline(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
    }

    /** @return a fresh clock at 2026-01-01T00:00:00Z, the kit's default start */
    public static VirtualClock create() {
        return at(DEFAULT_START);
    }

    @Override
    public Instant instant() {
        return timeline.now();
    }

    @Override
    public long millis() {
        return timeline.now().toEpochMilli();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public VirtualClock withZone(ZoneId zone) {
        return new VirtualClock(timeline, Objects.requireNonNull(zone, "zone"));
    }

    /**
     * Moves time forward, firing every timer due on the way, in order.
     *
     * @param duration how far; zero fires only the timers due now; a duration past the end of time ({@link Instant#MAX})
     *     moves the clock there
     * @throws IllegalArgumentException when {@code duration} is negative: time never goes backwards
     */
    public void advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException(
                    "time never goes backwards: cannot advance the clock by " + duration + " (it reads "
                            + instant() + ")");
        }
        Instant target;
        try {
            target = instant().plus(duration);
        } catch (ArithmeticException | java.time.DateTimeException pastTheEndOfTime) {
            target = Instant.MAX; // as timers due past it do: the wait saturates, nothing is lost
        }
        timeline.advanceTo(target);
    }

    /**
     * Moves time forward to an instant, firing every timer due on the way, in order.
     *
     * @param target the instant to reach; the current instant fires only the timers due now
     * @throws IllegalArgumentException when {@code target} is before the current instant
     */
    public void advanceTo(Instant target) {
        Objects.requireNonNull(target, "target");
        if (target.isBefore(instant())) {
            throw new IllegalArgumentException(
                    "time never goes backwards: the clock reads " + instant() + ", cannot move it to " + target);
        }
        timeline.advanceTo(target);
    }

    /**
     * Fires the timers due at or before the current instant without moving time; the same as
     * {@code advance(Duration.ZERO)}.
     */
    public void runDueTimers() {
        timeline.advanceTo(instant());
    }

    /**
     * The scheduler on this clock's time: a real {@link ScheduledExecutorService} whose tasks run on the
     * thread that advances the clock, when their virtual due time is reached. One per timeline.
     *
     * @return the scheduler
     */
    public ScheduledExecutorService scheduler() {
        return timeline.scheduler();
    }

    /** @return when the next pending timer falls due, or empty when none is pending */
    public Optional<Instant> nextTimer() {
        return timeline.nextDue();
    }

    /** @return how many timers are pending (periodic ones count once) */
    public int pendingTimers() {
        return timeline.pendingCount();
    }

    /**
     * Registers an action that settles the world at each instant: it runs when an advance starts (so what
     * the test did at the current instant settles before time moves), after the timers of each instant have
     * fired, and at the instant where the advance ends. The fake broker uses it to deliver what those timers
     * published, so that consumers see the world settle at every instant. The action may schedule timers;
     * those due at the same instant fire before time moves on.
     *
     * @param action run on the advancing thread
     * @return a handle that removes the action when closed
     */
    public AutoCloseable onEachInstant(Runnable action) {
        return timeline.onEachInstant(Objects.requireNonNull(action, "action"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VirtualClock that && that.timeline == timeline && that.zone.equals(zone);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(timeline) * 31 + zone.hashCode();
    }

    @Override
    public String toString() {
        return "VirtualClock[" + instant() + ", " + zone + ", " + pendingTimers() + " pending timer(s)]";
    }
}
