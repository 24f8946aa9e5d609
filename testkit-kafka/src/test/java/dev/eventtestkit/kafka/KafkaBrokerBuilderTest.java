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
    void rejectsRetriesWithoutAttemptsOrWithNegativeBackoffs() {
        assertThatThrownBy(() -> KafkaBroker.builder().retries(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a retry policy allows 1 or more attempts, was 0");
        assertThatThrownBy(() -> KafkaBroker.builder().retries(2, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a backoff cannot be negative, was PT-0.001S");
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
