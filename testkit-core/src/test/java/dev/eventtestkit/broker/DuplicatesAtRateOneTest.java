package dev.eventtestkit.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicatesAtRateOneTest {

    record Ping(String id) {}

    @Test
    void deliversEveryRecordExactlyTwiceAndSettles() {
        FakeBroker broker = FakeBroker.builder().faults(Faults.builder().duplicates(1.0).build()).build();
        List<Message> received = new ArrayList<>();
        broker.subscribe("pings", "counter", received::add);

        broker.publish("pings", "a", new Ping("a"));
        broker.publish("pings", "a", new Ping("b"));
        broker.runUntilIdle();

        assertThat(received).extracting(Message::offset, Message::attempt)
                .containsExactlyInAnyOrder(tuple(0L, 1), tuple(0L, 2), tuple(1L, 1), tuple(1L, 2));
        assertThat(broker.trace().faults()).hasSize(2);
    }
}
