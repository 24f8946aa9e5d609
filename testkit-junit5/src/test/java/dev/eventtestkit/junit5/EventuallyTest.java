package dev.eventtestkit.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.junit5.Events.OrderPlaced;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class EventuallyTest {

    @Test
    void waitsForAConsumerThatHandsItsWorkToAnExecutor() {
        FakeBroker broker = FakeBroker.create();
        AtomicInteger charged = new AtomicInteger();
        ExecutorService billing = Executors.newSingleThreadExecutor();
        try {
            broker.subscribe("orders", "billing", message -> billing.submit(charged::incrementAndGet));
            broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
            broker.runUntilIdle();

            Eventually.within(Duration.ofSeconds(10), () -> assertEquals(1, charged.get()));
        } finally {
            billing.shutdownNow();
        }
        assertThat(charged).hasValue(1);
    }

    @Test
    void failsWithTheAssertionsLastFailureWhenTheTimeoutPasses() {
        assertThatThrownBy(() -> Eventually.within(Duration.ofMillis(50), () -> assertEquals(1, 2, "charges")))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("not true within 50 milliseconds: charges ==> expected: <1> but was: <2>")
                .cause().isInstanceOf(AssertionFailedError.class);
    }

    @Test
    void failsAtOnceOnAnExceptionThatIsNotAnAssertion() {
        assertThatThrownBy(() -> Eventually.within(Duration.ofSeconds(10), () -> {
            throw new IllegalStateException("ledger closed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("ledger closed");
    }
}
