package dev.eventtestkit.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void readsDurationsAsASentence() {
        assertThat(Durations.passing(Duration.ofMinutes(30))).isEqualTo("30 minutes pass");
        assertThat(Durations.passing(Duration.ofMinutes(1))).isEqualTo("1 minute passes");
        assertThat(Durations.passing(Duration.ofMinutes(90))).isEqualTo("1 hour 30 minutes pass");
        assertThat(Durations.passing(Duration.ofDays(2).plusMillis(5))).isEqualTo("2 days 5 milliseconds pass");
        assertThat(Durations.passing(Duration.ofNanos(1_500))).isEqualTo("1500 nanoseconds pass");
        assertThat(Durations.passing(Duration.ZERO)).isEqualTo("no time passes");
    }
}
