package dev.eventtestkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    @Test
    void readsDurationsAsASentence() {
        assertThat(DurationText.passing(Duration.ofMinutes(30))).isEqualTo("30 minutes pass");
        assertThat(DurationText.passing(Duration.ofMinutes(1))).isEqualTo("1 minute passes");
        assertThat(DurationText.passing(Duration.ofMinutes(90))).isEqualTo("1 hour 30 minutes pass");
        assertThat(DurationText.passing(Duration.ofDays(2).plusMillis(5))).isEqualTo("2 days 5 milliseconds pass");
        assertThat(DurationText.passing(Duration.ofNanos(1_500))).isEqualTo("1500 nanoseconds pass");
        assertThat(DurationText.passing(Duration.ZERO)).isEqualTo("no time passes");
    }

    @Test
    void readsDurationsAsAnAmount() {
        assertThat(DurationText.of(Duration.ofMinutes(30))).isEqualTo("30 minutes");
        assertThat(DurationText.of(Duration.ofHours(1).plusSeconds(1))).isEqualTo("1 hour 1 second");
        assertThat(DurationText.of(Duration.ZERO)).isEqualTo("no time");
    }
}
