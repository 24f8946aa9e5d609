package dev.eventtestkit.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.event.EventValidator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The broker's faults on queues: duplicates and lost acks as redeliveries, reordering as the requeue place. */
class FakeBrokerQueueFaultsTest {

    private static FakeBroker broker(Faults faults, long seed) {
        FakeBroker broker = FakeBroker.builder().seed(seed).faults(faults).build();
        broker.declareQueue("work");
        return broker;
    }

    private static List<String> consumeInto(FakeBroker broker) {
        List<String> seen = new ArrayList<>();
        broker.consume("work", m -> seen.add(m.payloadAs(OrderPlaced.class).orderId() + "/" + m.attempt()
                + (m.redelivered() ? "r" : "")));
        return seen;
    }

    @Test
    void aDuplicateIsARedeliveryWithTheFlag() {
        FakeBroker broker = broker(Faults.builder().duplicates(1).build(), 0);
        List<String> seen = consumeInto(broker);

        broker.send("", "work", new OrderPlaced("o-1", 1));
        broker.runUntilIdle();

        assertThat(seen).containsExactly("o-1/1", "o-1/2r");
        assertThat(broker.trace().faults()).extracting(TraceEntry::detail)
                .containsExactly("fault duplicate: acked, delivered again");
    }

    @Test
    void aLostAckRequeuesTheMessage() {
        int crashedRuns = 0;
        for (long seed = 0; seed < 10; seed++) {
            FakeBroker broker = broker(Faults.builder().crashBeforeAck(0.5).build(), seed);
            List<String> seen = consumeInto(broker);

            broker.send("", "work", new OrderPlaced("o-1", 1));
            broker.runUntilIdle();

            int crashes = broker.trace().faults().size();
            crashedRuns += crashes > 0 ? 1 : 0;
            assertThat(seen).hasSize(crashes + 1).last().isEqualTo("o-1/" + (crashes + 1) + (crashes > 0 ? "r" : ""));
        }
        assertThat(crashedRuns).isBetween(1, 9);
    }

    /** One consumer, prefetch 1, that nacks o-1 with requeue the first time; the order it saw o-1, o-2, o-3 in. */
    private static String nackTheFirstOnce(FakeBroker broker) {
        List<String> seen = new ArrayList<>();
        broker.consume("work", ConsumeOptions.defaults().prefetch(1).manualAck(), m -> {
            String id = m.payloadAs(OrderPlaced.class).orderId();
            seen.add(id);
            if (id.equals("o-1") && !m.redelivered()) {
                m.context().nack(true);
            } else {
                m.context().ack();
            }
        });
        for (int n = 1; n <= 3; n++) {
            broker.send("", "work", new OrderPlaced("o-" + n, n));
        }
        broker.runUntilIdle();
        return String.join(",", seen);
    }

    @Test
    void underReorderARequeuedMessageMayTakeAnyPlace() {
        List<String> orders = new ArrayList<>();
        for (long seed = 0; seed < 20; seed++) {
            orders.add(nackTheFirstOnce(broker(Faults.builder().reorder(true).build(), seed)));
        }

        assertThat(orders).contains("o-1,o-1,o-2,o-3", "o-1,o-2,o-1,o-3", "o-1,o-2,o-3,o-1");
    }

    @Test
    void withoutReorderARequeuedMessageKeepsItsPlace() {
        assertThat(nackTheFirstOnce(broker(Faults.none(), 0))).isEqualTo("o-1,o-1,o-2,o-3");
    }

    @Test
    void aDelayedMessageReachesItsQueueLaterOnTheClock() {
        FakeBroker broker = FakeBroker.builder().seed(1).faults(Faults.builder().delay(Duration.ofSeconds(5)).build())
                .build();
        broker.declareQueue("work");
        List<String> seen = consumeInto(broker);

        broker.send("", "work", new OrderPlaced("o-1", 1));
        broker.runUntilIdle();
        List<String> atOnce = List.copyOf(seen);
        broker.clock().advance(Duration.ofSeconds(5));

        assertThat(seen).containsExactly("o-1/1");
        assertThat(atOnce.isEmpty()).isEqualTo(!broker.trace().faults().isEmpty());
    }

    @Test
    void theSameSeedChoosesTheSameConsumersAndAnotherSeedOthers() {
        List<String> bySeed = new ArrayList<>();
        for (long seed : new long[] {7, 7, 8}) {
            FakeBroker broker = broker(Faults.none(), seed);
            StringBuilder who = new StringBuilder();
            for (int c = 1; c <= 3; c++) {
                int consumer = c;
                broker.consume("work", m -> who.append(consumer));
            }
            for (int n = 1; n <= 12; n++) {
                broker.send("", "work", new OrderPlaced("o-" + n, n));
            }
            broker.runUntilIdle();
            bySeed.add(who.toString());
        }

        assertThat(bySeed.get(0)).hasSize(12).isEqualTo(bySeed.get(1)).isNotEqualTo(bySeed.get(2));
    }

    @Test
    void aSendThatFailsItsContractSendsNothing() {
        EventValidator refuse = (event, descriptor, payload) -> {
            throw new IllegalArgumentException("OrderPlaced v2: #/amount: must be positive");
        };
        FakeBroker broker = FakeBroker.builder().validator(refuse).build();
        broker.declareQueue("work");

        assertThatThrownBy(() -> broker.send("", "work", new OrderPlaced("o-1", -1)))
                .hasMessage("OrderPlaced v2: #/amount: must be positive");
        assertThat(broker.messageCount("work")).isZero();
        assertThat(broker.trace().size()).isZero();
    }
}
