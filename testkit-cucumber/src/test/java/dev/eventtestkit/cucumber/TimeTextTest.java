package dev.eventtestkit.cucumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeTextTest {

    @Test
    void readsDurationsInWordsAndInIso8601() {
        assertThat(TimeText.duration("90 seconds")).isEqualTo(Duration.ofSeconds(90));
        assertThat(TimeText.duration("1 minute")).isEqualTo(Duration.ofMinutes(1));
        assertThat(TimeText.duration("2 hours")).isEqualTo(Duration.ofHours(2));
        assertThat(TimeText.duration("1 day")).isEqualTo(Duration.ofDays(1));
        assertThat(TimeText.duration("250 milliseconds")).isEqualTo(Duration.ofMillis(250));
        assertThat(TimeText.duration("PT30M")).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void rejectsAMalformedIsoDuration() {
        assertThatThrownBy(() -> TimeText.duration("P1X"))
                .hasMessage("\"P1X\" is not an ISO-8601 duration such as PT30M or P1D");
    }

    @Test
    void readsInstantsWithAnOffset() {
        assertThat(TimeText.instant("2026-01-01T09:00:00Z")).isEqualTo(Instant.parse("2026-01-01T09:00:00Z"));
        assertThat(TimeText.instant("2026-01-01T10:00:00+01:00")).isEqualTo(Instant.parse("2026-01-01T09:00:00Z"));
        assertThatThrownBy(() -> TimeText.instant("2026-13-01T09:00:00Z"))
                .hasMessage("\"2026-13-01T09:00:00Z\" is not an ISO-8601 instant such as 2026-01-01T09:00:00Z");
    }
}
