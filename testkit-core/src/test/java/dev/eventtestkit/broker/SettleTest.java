package dev.eventtestkit.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** settle(within): the liveness check. A world that never settles fails with what keeps running and the cycle. */
class SettleTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void settlesRetriesOnTheVirtualClockAndStopsWhenNothingWaits() {
        FakeBroker broker = FakeBroker.create();
        List<Long> attempts = new ArrayList<>();
        broker.subscribe("payments", "charger", m -> {
            attempts.add(m.attempt() + 0L);
            if (m.attempt() < 3) {
                throw new RetryAfter(Duration.ofSeconds(30), new IllegalStateException("gateway down"));
            }
        });
        broker.publish("payments", "o-1", new OrderPlaced("o-1", 100));

        broker.settle(Duration.ofMinutes(10));

        assertThat(attempts).containsExactly(1L, 2L, 3L);
        assertThat(broker.clock().instant()).isEqualTo(START.plusSeconds(60));
    }

    @Test
    void aRetryLoopThatNeverEndsIsALivenessFailureWithItsCycle() {
        FakeBroker broker = FakeBroker.create();
        broker.subscribe("payments", "charger", m -> {
            throw new RetryAfter(Duration.ofSeconds(30), new IllegalStateException("gateway down"));
        });
        broker.publish("payments", "o-1", new OrderPlaced("o-1", 100));

        assertThatThrownBy(() -> settleForTwoMinutes(broker))
                .isInstanceOf(NotSettledException.class)
                .hasMessage("the broker did not settle within 120s of virtual time from 2026-01-01T00:00:00.000Z: at 2026-01-01T00:02:00.000Z 1 delivery still waits on the virtual clock:\n"
                        + "  payments[0]@0  charger  attempt 6  retry at 2026-01-01T00:02:30.000Z\n"
                        + "It repeats this cycle of 3 trace entries (5 times in a row at the end):\n"
                        + "time                      step  position       group    attempt  event\n"
                        + "2026-01-01T00:02:00.000Z  5     payments[0]@0  charger  5        deliver to instance 1\n"
                        + "2026-01-01T00:02:00.000Z  5     payments[0]@0  charger  5        handler failed: IllegalStateException: gateway down\n"
                        + "2026-01-01T00:02:00.000Z  5     payments[0]@0  charger  5        retry in 30s, at 2026-01-01T00:02:30.000Z\n")
                .satisfies(thrown -> {
                    NotSettledException failure = (NotSettledException) thrown;
                    assertThat(failure.at()).isEqualTo(START.plusSeconds(120));
                    assertThat(failure.pending()).hasSize(1);
                    assertThat(failure.cycle()).get().extracting(Trace::size).isEqualTo(3);
                });
    }

    @Test
    void handlersThatKeepPublishingToEachOtherAreACycleNotAStepCount() {
        FakeBroker broker = FakeBroker.builder().maxSteps(30).build();
        broker.subscribe("pings", "ponger", m -> broker.publish("pongs", "p", new OrderPlaced("pong", m.offset())));
        broker.subscribe("pongs", "pinger", m -> broker.publish("pings", "p", new OrderPlaced("ping", m.offset())));
        broker.publish("pings", "p", new OrderPlaced("ping", 0));

        assertThatThrownBy(() -> broker.settle(Duration.ofMinutes(1)))
                .isInstanceOf(NotSettledException.class)
                .hasMessage("the broker did not settle: 30 deliveries of records that handlers published (does a handler publish on every delivery?) at 2026-01-01T00:00:00.000Z, and 1 still ready. Raise the bound with FakeBroker.builder().maxSteps(n) if the run is meant to be this long. It repeats this cycle of 6 trace entries (15 times in a row at the end):\n"
                        + "time                      step  position     group   attempt  event\n"
                        + "2026-01-01T00:00:00.000Z  30    pongs[0]@14  pinger  1        deliver to instance 1\n"
                        + "2026-01-01T00:00:00.000Z  30    pings[0]@15  -       -        publish OrderPlaced v2 key=p\n"
                        + "2026-01-01T00:00:00.000Z  30    pongs[0]@14  pinger  1        ack\n"
                        + "2026-01-01T00:00:00.000Z  31    pings[0]@15  ponger  1        deliver to instance 1\n"
                        + "2026-01-01T00:00:00.000Z  31    pongs[0]@15  -       -        publish OrderPlaced v2 key=p\n"
                        + "2026-01-01T00:00:00.000Z  31    pings[0]@15  ponger  1        ack\n");
    }

    @Test
    void aGroupLeftWithoutInstancesStalls() {
        FakeBroker broker = FakeBroker.create();
        Subscription billing = broker.subscribe("orders", "billing", m -> {});
        broker.publish("orders", "o-1", new OrderPlaced("o-1", 1));
        broker.runUntilIdle();
        billing.close();
        broker.publish("orders", "o-2", new OrderPlaced("o-2", 2));
        broker.publish("orders", "o-3", new OrderPlaced("o-3", 3));

        assertThatThrownBy(() -> broker.settle(Duration.ofMinutes(1)))
                .isInstanceOf(NotSettledException.class)
                .hasMessage("the broker did not settle at 2026-01-01T00:00:00.000Z: a group or consumer stalls, and no time on the clock will release it:\n"
                        + "  orders[0]  billing  2 record(s) wait for an instance of the group");
    }

    @Test
    void aConsumerThatNeverAcksStallsItsQueue() {
        FakeBroker broker = FakeBroker.create();
        broker.declareQueue("ledger");
        broker.consume("ledger", ConsumeOptions.defaults().prefetch(1).manualAck(), m -> {});
        broker.send("", "ledger", new OrderPlaced("o-1", 1));
        broker.send("", "ledger", new OrderPlaced("o-2", 2));

        assertThatThrownBy(() -> broker.settle(Duration.ofMinutes(1)))
                .isInstanceOf(NotSettledException.class)
                .hasMessage("the broker did not settle at 2026-01-01T00:00:00.000Z: a group or consumer stalls, and no time on the clock will release it:\n"
                        + "  queue ledger  1 message(s) ready, and no consumer takes them: every prefetch window is full of deliveries never settled (ctag-1 holds 1 of prefetch 1)");
    }

    /** The docs/broker.md example. */
    private static void settleForTwoMinutes(FakeBroker broker) {
        broker.settle(Duration.ofMinutes(2));
    }

    @Test
    void refusesANegativeHorizon() {
        assertThatThrownBy(() -> FakeBroker.create().settle(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("settle(within): expected a duration of zero or more, was PT-1S");
    }
}
