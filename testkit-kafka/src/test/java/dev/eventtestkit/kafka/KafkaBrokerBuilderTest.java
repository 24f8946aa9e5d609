package dev.eventtestkit.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class KafkaBrokerBuilderTest {

    @Test
    void rejectsADuplicateRateOutsideZeroToOne() {
        assertThatThrownBy(() -> KafkaBroker.builder().duplicates(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duplicates: rate must be between 0 and 1, was 1.5");
        assertThatThrownBy(() -> KafkaBroker.builder().duplicates(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duplicates: rate must be between 0 and 1, was NaN");
    }

    @Test
    void rejectsRetriesWithoutAttemptsOrWithoutBackoffs() {
        assertThatThrownBy(() -> KafkaBroker.builder().retries(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("retries: maxAttempts must be 1 or more, was 0");
        assertThatThrownBy(() -> KafkaBroker.builder().retries(3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("retries: 3 attempts need at least one backoff");
        assertThatThrownBy(() -> KafkaBroker.builder().retries(2, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("retries: backoff must not be negative, was PT-0.001S");
    }

    @Test
    void repeatsTheLastBackoffForLaterAttempts() {
        Retries retries = new Retries(5, java.util.List.of(Duration.ofMillis(100), Duration.ofMillis(200)));

        assertThat(retries.backoffAfter(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(retries.backoffAfter(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(retries.backoffAfter(4)).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void keepsEveryClusterNameUnderThePrefix() {
        TopicNames names = new TopicNames("ett-1a2b3c4d-");

        assertThat(names.topic("orders")).isEqualTo("ett-1a2b3c4d-orders");
        assertThat(names.group("billing")).isEqualTo("ett-1a2b3c4d-billing");
        assertThat(names.deadLetterTopic("orders", "billing")).isEqualTo("ett-1a2b3c4d-orders.billing.dlt");
        assertThat(names.logical("ett-1a2b3c4d-orders")).isEqualTo("orders");
    }
}
