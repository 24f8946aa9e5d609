package dev.eventtestkit.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.time.VirtualClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The reminder example at the top of docs/time.md: a timer fires when the test moves time, not before. */
class TimeDocExamplesTest {

    /** The doc's production code: sends a reminder and notes when, by the clock it was given. */
    static final class Reminders {
        private final Clock clock;
        final List<String> sent = new ArrayList<>();

        Reminders(Clock clock) {
            this.clock = clock;
        }

        void send(String orderId) {
            sent.add(orderId + " at " + clock.instant());
        }
    }

    @Test
    void firesTheReminderWhenTheTestMovesTimeToIt() {
        VirtualClock clock = VirtualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
        ScheduledExecutorService timers = clock.scheduler();
        Reminders reminders = new Reminders(clock);

        timers.schedule(() -> reminders.send("o-1"), 30, TimeUnit.MINUTES);

        clock.advance(Duration.ofMinutes(29));
        assertThat(reminders.sent).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(reminders.sent).containsExactly("o-1 at 2026-01-01T00:30:00Z");
    }
}
