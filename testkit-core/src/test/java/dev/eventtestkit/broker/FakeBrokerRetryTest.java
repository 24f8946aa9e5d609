package dev.eventtestkit.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class FakeBrokerRetryTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void retriesFollowTheBackoffOnVirtualTime() {
        FakeBroker broker = FakeBroker.create();
        List<String> attempts = new ArrayList<>();
        broker.subscribe("orders", "billing", m -> {
            attempts.add(m.attempt() + "@" + Duration.between(START, broker.clock().instant()).toMillis());
            throw new IllegalStateException("payment service down");
        });

        broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
        broker.runUntilIdle();
        assertThat(attempts).containsExactly("1@0");

        broker.clock().advance(Duration.ofMillis(999));
        assertThat(attempts).containsExactly("1@0");

        broker.clock().advance(Duration.ofMinutes(1));
        assertThat(attempts).containsExactly("1@0", "2@1000", "3@3000");
    }

    @Test
    void aHandlerThatThrowsRetryAfterIsRedeliveredAfterItsOwnDelayWhateverThePolicy() {
        FakeBroker broker = FakeBroker.builder().retryPolicy(RetryPolicy.noRetries()).build();
        List<String> attempts = new ArrayList<>();
        broker.subscribe("orders", "billing", m -> {
            attempts.add(m.attempt() + "@" + Duration.between(START, broker.clock().instant()).toMillis());
            if (m.attempt() < 3) {
                throw new RetryAfter(Duration.ofSeconds(m.attempt() * 10L), new IllegalStateException("down"));
            }
        });

        broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
        broker.clock().advance(Duration.ofMinutes(1));

        assertThat(attempts).containsExactly("1@0", "2@10000", "3@30000");
        assertThat(broker.deadLetters("orders", "billing")).isEmpty();
        assertThat(broker.trace().toString())
                .contains("handler failed: IllegalStateException: down")
                .contains("retry in 10s, at 2026-01-01T00:00:10.000Z");
    }

    @Test
    void deadLettersAfterTheLastAttemptKeepingTheLastFailure() {
        FakeBroker broker = FakeBroker.builder().retryPolicy(RetryPolicy.of(2, Duration.ofMillis(100))).build();
        int[] calls = {0};
        broker.subscribe("orders", "billing", m -> {
            throw new IllegalStateException("failure " + ++calls[0]);
        });
        broker.subscribe("orders", "shipping", m -> {});

        Message published = broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
        broker.clock().advance(Duration.ofSeconds(1));

        assertThat(broker.deadLetters("orders", "billing")).containsExactly(published.withAttempt(2));
        DeadLetter letter = broker.deadLetterDetails("orders", "billing").get(0);
        assertThat(letter.lastFailure()).hasMessage("failure 2");
        assertThat(letter.failures()).isEqualTo(2);
        assertThat(broker.deadLetters("orders", "shipping")).isEmpty();
        assertThat(broker.deadLetters("unknown", "billing")).isEmpty();
    }

    @Test
    void aLaterRecordWaitsWhileAnEarlierOneIsRetried() {
        FakeBroker broker = FakeBroker.create();
        List<String> handled = new ArrayList<>();
        boolean[] failed = {false};
        broker.subscribe("orders", "billing", m -> {
            if (m.offset() == 0 && !failed[0]) {
                failed[0] = true;
                throw new IllegalStateException("not yet");
            }
            handled.add(m.offset() + "@" + Duration.between(START, broker.clock().instant()).toMillis());
        });
        broker.publish("orders", "o-1", new OrderPlaced("o-1", 1));
        broker.publish("orders", "o-1", new OrderPlaced("o-1", 2));

        broker.runUntilIdle();
        assertThat(handled).isEmpty();

        broker.clock().advance(Duration.ofSeconds(1));
        assertThat(handled).containsExactly("0@1000", "1@1000");
    }

    @Test
    void retriesAtOnceWhenThePolicyHasNoBackoff() {
        FakeBroker broker = FakeBroker.builder().retryPolicy(RetryPolicy.of(3)).build();
        List<Integer> attempts = new ArrayList<>();
        broker.subscribe("orders", "billing", m -> {
            attempts.add(m.attempt());
            throw new IllegalStateException("down");
        });

        broker.publish("orders", "o-1", new OrderPlaced("o-1", 1));
        broker.runUntilIdle();

        assertThat(attempts).containsExactly(1, 2, 3);
        assertThat(broker.deadLetters("orders", "billing")).hasSize(1);
    }

    @Test
    void awaitIdleFailsNamingTheRetryThatWaitsOnVirtualTime() {
        FakeBroker broker = FakeBroker.create();
        broker.subscribe("orders", "billing", m -> {
            throw new IllegalStateException("down");
        });
        broker.publish("orders", "o-1", new OrderPlaced("o-1", 1));

        assertThatThrownBy(() -> broker.awaitIdle(Duration.ofSeconds(5)))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("the fake broker is not idle at 2026-01-01T00:00:00.000Z: awaitIdle does not move the"
                        + " virtual clock, advance it (clock().advance(...)) to release this delivery:\n"
                        + "  orders[0]@0  billing  attempt 2  retry at 2026-01-01T00:00:01.000Z\n");
    }

    @Test
    void awaitIdleFailsNamingRecordsThatWaitForAnInstance() {
        FakeBroker broker = FakeBroker.create();
        broker.subscribe("orders", "billing", m -> {}).close();
        broker.publish("orders", "o-1", new OrderPlaced("o-1", 1));

        assertThatThrownBy(() -> broker.awaitIdle(Duration.ofSeconds(5)))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("the fake broker is not idle at 2026-01-01T00:00:00.000Z: awaitIdle does not move the"
                        + " virtual clock, advance it (clock().advance(...)) to release this delivery:\n"
                        + "  orders[0]  billing  1 record(s) wait for an instance of the group\n");
    }

    @Test
    void awaitIdleDeliversWhatIsReadyAndPassesWhenNothingWaits() {
        FakeBroker broker = FakeBroker.create();
        List<String> seen = new ArrayList<>();
        broker.subscribe("orders", "billing", m -> seen.add(m.key()));
        broker.publish("orders", "o-1", new OrderPlaced("o-1", 1));

        broker.awaitIdle(Duration.ofSeconds(5));

        assertThat(seen).containsExactly("o-1");
    }

    @Test
    void rejectsAPolicyWithoutAttempts() {
        assertThatThrownBy(() -> RetryPolicy.of(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a retry policy allows 1 or more attempts, was 0");
        assertThatThrownBy(() -> RetryPolicy.of(2, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a backoff cannot be negative, was PT-1S");
        assertThat(RetryPolicy.defaults().backoffAfter(5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(RetryPolicy.defaults())
                .hasToString("RetryPolicy.of(3, Duration.ofMillis(1000), Duration.ofMillis(2000))");
    }
}
