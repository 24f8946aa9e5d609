package dev.eventtestkit.broker;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RunawayGuardTest {

    @Test
    void stopsAHandlerThatRepublishesForever() {
        FakeBroker broker = FakeBroker.builder().maxSteps(50).build();
        broker.subscribe("pings", "echo", m -> broker.publish("pings", "p", new OrderPlaced("p", m.offset() + 1)));
        broker.publish("pings", "p", new OrderPlaced("p", 0));

        assertThatThrownBy(broker::runUntilIdle)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the broker did not settle: 50 deliveries of records that handlers published (does a handler"
                        + " publish on every delivery?) at 2026-01-01T00:00:00.000Z, and 1 still ready. Raise the bound with"
                        + " FakeBroker.builder().maxSteps(n) if the run is meant to be this long."
                        + " It repeats this cycle of 3 trace entries (51 times in a row at the end):\n"
                        + "time                      step  position     group  attempt  event\n"
                        + "2026-01-01T00:00:00.000Z  51    pings[0]@50  echo   1        deliver to instance 1\n"
                        + "2026-01-01T00:00:00.000Z  51    pings[0]@51  -      -        publish OrderPlaced v2 key=p\n"
                        + "2026-01-01T00:00:00.000Z  51    pings[0]@50  echo   1        ack\n");
    }

    @Test
    void rejectsABoundBelowOne() {
        assertThatThrownBy(() -> FakeBroker.builder().maxSteps(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxSteps must be 1 or more, was 0");
    }
}
