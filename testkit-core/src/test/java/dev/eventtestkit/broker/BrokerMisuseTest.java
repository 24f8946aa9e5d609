package dev.eventtestkit.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.time.ReentrantStepException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Misuse and extremes end in a clear failure, never a hang, a lost record or a silently corrupt broker. */
class BrokerMisuseTest {

    FakeBroker broker = FakeBroker.create();

    @Test
    void aHandlerThatRepublishesThroughTheSchedulerAtZeroDelayStopsTheAdvance() {
        broker.subscribe("pings", "echo", m -> broker.clock().scheduler()
                .execute(() -> broker.publish("pings", "p", new OrderPlaced("p", m.offset() + 1))));
        broker.publish("pings", "p", new OrderPlaced("p", 0));

        assertThatThrownBy(() -> broker.clock().advance(Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the clock cannot move on: more than 100000 timers fired at 2026-01-01T00:00:00Z without time "
                        + "moving (does a timer, or a handler, schedule another with zero delay every time?). "
                        + "Give such a timer a delay, or stop it.");
    }

    @Test
    void aHandlerThatStepsTheBrokerFailsTheRunAtOnceAndIsNotRetried() {
        broker.subscribe("orders", "billing", m -> broker.runUntilIdle());
        broker.publish("orders", "o-1", new OrderPlaced("o-1", 1));

        assertThatThrownBy(broker::runUntilIdle)
                .isInstanceOf(ReentrantStepException.class)
                .hasMessage("runUntilIdle was called during a delivery: a handler cannot step the broker or advance the"
                        + " clock; schedule a timer on clock.scheduler() instead (a bug in the test: not retried, the run stops)");
        assertThat(broker.deadLetters("orders", "billing")).isEmpty();
        assertThat(broker.trace().render()).contains("(a bug in the test: not retried, the run stops)").doesNotContain("retry");
    }

    @Test
    void aHandlerThatAdvancesTheClockFailsTheRunEvenWhenItCatchesTheException() {
        broker.subscribe("orders", "billing", m -> {
            try {
                broker.clock().advance(Duration.ofMinutes(1));
            } catch (RuntimeException swallowed) {
                // a handler that catches everything still cannot hide the bug
            }
        });
        broker.publish("orders", "o-1", new OrderPlaced("o-1", 1));

        assertThatThrownBy(() -> broker.clock().advance(Duration.ofSeconds(1)))
                .isInstanceOf(ReentrantStepException.class)
                .hasMessageStartingWith("the clock is already advancing (on thread ");
        assertThat(broker.deadLetters("orders", "billing")).isEmpty();
    }

    @Test
    void aHandlerThatAdvancesTheClockOutsideAnAdvanceFailsTheRunToo() {
        broker.subscribe("orders", "billing", m -> broker.clock().advance(Duration.ofMinutes(1)));
        broker.publish("orders", "o-1", new OrderPlaced("o-1", 1));

        assertThatThrownBy(broker::runUntilIdle).isInstanceOf(ReentrantStepException.class)
                .hasMessageStartingWith("runUntilIdle was called during a delivery");
        assertThat(broker.deadLetters("orders", "billing")).isEmpty();
    }

    @Test
    void aNullBackoffIsNamedWhenThePolicyIsBuilt() {
        // found while auditing issue 12: a bare NullPointerException with the message "null"
        assertThatThrownBy(() -> RetryPolicy.of(3, Duration.ofSeconds(1), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("backoff 2 of a retry policy is null; expected a duration, Duration.ZERO to retry at once");
        assertThatThrownBy(() -> RetryPolicy.of(3, (Duration[]) null))
                .hasMessage("a retry policy's backoffs are null; expected durations, none for none");
    }

    @Test
    void aBackoffLongerThanNanosecondsCanCountWaitsAndIsDeliveredWhenItsTimeComes() {
        FakeBroker patient = FakeBroker.builder().retryPolicy(RetryPolicy.of(2, Duration.ofDays(365L * 300))).build();
        int[] calls = {0};
        patient.subscribe("orders", "billing", m -> {
            if (calls[0]++ == 0) {
                throw new IllegalStateException("down");
            }
        });
        patient.publish("orders", "o-1", new OrderPlaced("o-1", 1));
        patient.runUntilIdle();

        assertThatThrownBy(() -> patient.awaitIdle(Duration.ofSeconds(1)))
                .hasMessageContaining("retry at 2325-10-21T00:00:00.000Z");
        patient.clock().advance(Duration.ofDays(365L * 300));
        assertThat(calls[0]).isEqualTo(2);
        assertThat(patient.deadLetters("orders", "billing")).isEmpty();
    }

    @Test
    void aBackoffBeyondTheEndOfTimeWaitsForEverAndIsNeverLost() {
        FakeBroker patient = FakeBroker.builder().retryPolicy(RetryPolicy.of(2, Duration.ofSeconds(Long.MAX_VALUE))).build();
        patient.subscribe("orders", "billing", m -> {
            throw new IllegalStateException("down");
        });
        patient.publish("orders", "o-1", new OrderPlaced("o-1", 1));
        patient.runUntilIdle();

        assertThatThrownBy(() -> patient.awaitIdle(Duration.ofSeconds(1)))
                .hasMessageContaining("retry at +1000000000-12-31T23:59:59.999999999Z");
        assertThat(patient.clock().pendingTimers()).isEqualTo(1);
    }

    @Test
    void aDelayBoundThatCannotBeDrawnIsRejectedWhenBuilt() {
        assertThatThrownBy(() -> Faults.builder().delay(Duration.ofSeconds(Long.MAX_VALUE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the delay bound PT2562047788015215H30M7S is longer than a virtual delay can be drawn "
                        + "(at most PT2562047788015H12M55.806S, about 292 million years)");
    }

    @Test
    void twoThreadsInsideTheBrokerAtOnceFailTheSecondNamingBoth() throws InterruptedException {
        CountDownLatch inHandler = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        broker.subscribe("orders", "billing", m -> {
            inHandler.countDown();
            release.await(10, TimeUnit.SECONDS);
        });
        broker.publish("orders", "o-1", new OrderPlaced("o-1", 1));
        Thread stepping = new Thread(broker::runUntilIdle, "stepper");
        stepping.start();
        inHandler.await(10, TimeUnit.SECONDS);

        try {
            assertThatThrownBy(() -> broker.publish("orders", "o-2", new OrderPlaced("o-2", 2)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("FakeBroker used by two threads at once: thread \"" + Thread.currentThread().getName()
                            + "\" called publish while thread \"stepper\" is inside runUntilIdle. A FakeBroker runs one"
                            + " call at a time: publish from the test thread or from handlers, or make other threads"
                            + " publish only while the test thread is not stepping the broker");
        } finally {
            release.countDown();
            stepping.join();
        }
        assertThat(broker.messages("orders")).hasSize(1);
    }

    @Test
    void anotherThreadMayUseTheBrokerWhileNoneIsInside() throws InterruptedException {
        broker.subscribe("orders", "billing", m -> {});
        Thread app = new Thread(() -> broker.publish("orders", "o-1", new OrderPlaced("o-1", 1)), "app");
        app.start();
        app.join();

        broker.runUntilIdle();

        assertThat(broker.trace().render()).contains("ack");
    }

    @Test
    void aLargeOutsideLoadDrainsWithoutRaisingTheBound() {
        FakeBroker loaded = FakeBroker.builder().maxSteps(1_000).build();
        long[] delivered = {0};
        loaded.subscribe("orders", "billing", m -> delivered[0]++);
        for (int i = 0; i < 200_000; i++) {
            loaded.publish("orders", null, new OrderPlaced("o", i));
        }

        loaded.runUntilIdle();

        assertThat(delivered[0]).isEqualTo(200_000);
    }

    @Test
    void aRecordLostToACrashOnEveryDeliveryTripsTheGuard() {
        FakeBroker crashing = FakeBroker.builder().maxSteps(20).faults(Faults.builder().crashBeforeAck(1.0).build()).build();
        crashing.subscribe("orders", "billing", m -> {});
        crashing.publish("orders", "o-1", new OrderPlaced("o-1", 1));

        assertThatThrownBy(crashing::runUntilIdle)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the broker did not settle: one record delivered to one group 20 times (is every"
                        + " delivery of it lost to a crash before the ack?) at 2026-01-01T00:00:00.000Z, and 1 still ready.");
    }

    @Test
    void nullHeadersAndNullHeaderValuesAreNamed() {
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("traceId", null);

        assertThatThrownBy(() -> broker.publish("orders", "o-1", new OrderPlaced("o-1", 1), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("publish: the headers are null; pass Map.of() for none");
        assertThatThrownBy(() -> broker.publish("orders", "o-1", new OrderPlaced("o-1", 1), nullValue))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("publish: the value of header \"traceId\" is null; expected a string (leave the header out instead)");
        assertThatThrownBy(() -> broker.publish("orders", "o-1", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("publish: the event is null");
        assertThat(broker.messages("orders")).isEmpty();
    }

    @Test
    void theLastFailureOfAMisusedHandlerIsNotAnOrdinaryFailure() {
        AtomicReference<Throwable> seen = new AtomicReference<>();
        broker.subscribe("orders", "billing", m -> {
            try {
                broker.runUntilIdle();
            } catch (ReentrantStepException e) {
                seen.set(e);
                throw new IllegalStateException("wrapped", e);
            }
        });
        broker.publish("orders", "o-1", new OrderPlaced("o-1", 1));

        assertThatThrownBy(broker::runUntilIdle).isInstanceOf(ReentrantStepException.class)
                .hasMessageStartingWith("runUntilIdle was called during a delivery");
        assertThat(seen.get()).isNotNull();
        assertThat(broker.deadLetters("orders", "billing")).isEmpty();
    }
}
