package dev.eventtestkit.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FakeBrokerDeliveryTest {

    @Test
    void anExplicitPartitionWinsOverTheKeyAndMustExist() {
        FakeBroker broker = FakeBroker.create().createTopic("orders", 3);

        Message placed = broker.publish("orders", 2, "o-1", new OrderPlaced("o-1", 100), Map.of("source", "test"));

        assertThat(placed.position()).isEqualTo("orders[2]@0");
        assertThat(placed.key()).isEqualTo("o-1");
        assertThat(placed.headers()).containsEntry("source", "test");
        assertThatThrownBy(() -> broker.publish("orders", 3, "o-1", new OrderPlaced("o-1", 100), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("topic orders has 3 partition(s) (0 to 2), cannot publish to partition 3"
                        + " (create the topic with more partitions first)");
        assertThat(broker.messages("orders")).containsExactly(placed);
    }

    @Test
    void deliversNothingUntilTheTestSteps() {
        FakeBroker broker = FakeBroker.create();
        List<Message> seen = new ArrayList<>();
        broker.subscribe("orders", "billing", seen::add);

        broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
        assertThat(seen).isEmpty();

        broker.runUntilIdle();
        assertThat(seen).extracting(m -> m.payloadAs(OrderPlaced.class))
                .containsExactly(new OrderPlaced("o-1", 100));
    }

    @Test
    void storesTheEnvelopeOfEveryRecord() {
        FakeBroker broker = FakeBroker.create();
        broker.createTopic("orders", 3);

        Message message = broker.publish("orders", "o-1", new OrderPlaced("o-1", 100), Map.of("trace", "t-1"));

        assertThat(message.type()).isEqualTo("OrderPlaced");
        assertThat(message.version()).isEqualTo(2);
        assertThat(message.key()).isEqualTo("o-1");
        assertThat(message.partition()).isEqualTo(KafkaPartitioner.partition("o-1", 3));
        assertThat(message.offset()).isZero();
        assertThat(message.timestamp()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(message.headers()).containsExactly(Map.entry("trace", "t-1"));
        assertThat(message.payload().get("amount").asLong()).isEqualTo(100);
        assertThat(message.attempt()).isEqualTo(1);
        assertThat(message.id()).isEqualTo(FakeBroker.create().publish("x", null, new OrderPlaced("a", 1)).id());
        assertThat(broker.messages("orders")).containsExactly(message);
        assertThat(broker.messages("unknown")).isEmpty();
    }

    @Test
    void listsTheTopicsInTheOrderTheyCameToExist() {
        FakeBroker broker = FakeBroker.create();
        broker.createTopic("payments", 2);
        broker.subscribe("shipments", "tracking", message -> { });
        broker.publish("orders", "o-1", new OrderPlaced("o-1", 1));
        broker.publish("payments", "o-1", new OrderPlaced("o-1", 1));

        assertThat(broker.topics()).containsExactly("payments", "shipments", "orders");
        assertThat(FakeBroker.create().topics()).isEmpty();
    }

    @Test
    void everyGroupSeesEveryRecord() {
        FakeBroker broker = FakeBroker.builder().seed(3).build();
        broker.createTopic("orders", 3);
        List<String> billing = new ArrayList<>();
        List<String> shipping = new ArrayList<>();
        broker.subscribe("orders", "billing", m -> billing.add(m.key()));
        broker.subscribe("orders", "shipping", m -> shipping.add(m.key()));

        for (int i = 0; i < 20; i++) {
            broker.publish("orders", "o-" + i, new OrderPlaced("o-" + i, i));
        }
        broker.runUntilIdle();

        assertThat(billing).hasSize(20).doesNotHaveDuplicates();
        assertThat(shipping).hasSize(20).containsExactlyInAnyOrderElementsOf(billing);
    }

    @Test
    void competingInstancesSplitThePartitionsByRange() {
        FakeBroker broker = FakeBroker.create();
        broker.createTopic("orders", 3);
        Map<Integer, List<Integer>> partitionsByInstance = new HashMap<>();
        for (int instance = 1; instance <= 2; instance++) {
            int number = instance;
            broker.subscribe("orders", "billing", m ->
                    partitionsByInstance.computeIfAbsent(number, n -> new ArrayList<>()).add(m.partition()));
        }

        for (int partition = 0; partition < 3; partition++) {
            broker.publish("orders", Keys.on(partition, 3, "o-"), new OrderPlaced("o", partition));
        }
        broker.runUntilIdle();

        assertThat(partitionsByInstance.get(1)).containsExactlyInAnyOrder(0, 1);
        assertThat(partitionsByInstance.get(2)).containsExactly(2);
    }

    @Test
    void aClosedInstanceHandsItsPartitionsToTheOthers() {
        FakeBroker broker = FakeBroker.create();
        broker.createTopic("orders", 2);
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        broker.subscribe("orders", "billing", m -> first.add(m.key()));
        Subscription leaving = broker.subscribe("orders", "billing", m -> second.add(m.key()));
        String onPartition1 = Keys.on(1, 2, "o-");

        leaving.close();
        broker.publish("orders", onPartition1, new OrderPlaced("o", 1));
        broker.runUntilIdle();

        assertThat(first).containsExactly(onPartition1);
        assertThat(second).isEmpty();
        assertThat(leaving.topic()).isEqualTo("orders");
        assertThat(leaving.group()).isEqualTo("billing");
    }

    @Test
    void keepsPartitionOrderForEveryGroupWithoutReordering() {
        for (long seed = 0; seed < 50; seed++) {
            FakeBroker broker = FakeBroker.builder().seed(seed)
                    .faults(Faults.builder().duplicates(0.2).crashBeforeAck(0.2).build())
                    .build();
            broker.createTopic("orders", 3);
            Map<String, List<Long>> firstDeliveries = new HashMap<>();
            for (String group : List.of("billing", "shipping")) {
                broker.subscribe("orders", group, m -> {
                    if (m.attempt() == 1) {
                        firstDeliveries.computeIfAbsent(group + m.partition(), g -> new ArrayList<>()).add(m.offset());
                    }
                });
            }
            for (int i = 0; i < 30; i++) {
                broker.publish("orders", "o-" + i, new OrderPlaced("o-" + i, i));
            }
            broker.runUntilIdle();

            for (Map.Entry<String, List<Long>> partition : firstDeliveries.entrySet()) {
                assertThat(partition.getValue()).as("seed %d, %s", seed, partition.getKey()).isSorted();
            }
        }
    }

    @Test
    void spreadsRecordsWithoutAKeyRoundRobin() {
        FakeBroker broker = FakeBroker.create();
        broker.createTopic("audit", 3);

        List<Integer> partitions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            partitions.add(broker.publish("audit", null, new OrderPlaced("o", i)).partition());
        }

        assertThat(partitions).containsExactly(0, 1, 2, 0, 1);
    }

    @Test
    void deliversWhatHandlersPublishInTheSameRun() {
        FakeBroker broker = FakeBroker.create();
        List<String> shipped = new ArrayList<>();
        broker.subscribe("orders", "billing", m -> broker.publish("payments", m.key(), new OrderPlaced(m.key(), 1)));
        broker.subscribe("payments", "shipping", m -> shipped.add(m.key()));

        broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
        broker.runUntilIdle();

        assertThat(shipped).containsExactly("o-1");
    }

    @Test
    void advancingTheClockDeliversWhatIsReadyBeforeTimeMoves() {
        FakeBroker broker = FakeBroker.create();
        List<Instant> seenAt = new ArrayList<>();
        broker.subscribe("orders", "billing", m -> seenAt.add(broker.clock().instant()));

        broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
        broker.clock().advance(Duration.ofMinutes(5));

        assertThat(seenAt).containsExactly(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(broker.clock().pendingTimers()).isZero();
    }

    @Test
    void deliversWhatATimerPublishesAtTheTimersInstant() {
        FakeBroker broker = FakeBroker.create();
        List<Instant> seenAt = new ArrayList<>();
        broker.subscribe("reminders", "mailer", m -> seenAt.add(broker.clock().instant()));
        broker.clock().scheduler().schedule(() -> broker.publish("reminders", "o-1", new OrderPlaced("o-1", 1)),
                30, java.util.concurrent.TimeUnit.MINUTES);

        broker.clock().advance(Duration.ofHours(1));

        assertThat(seenAt).containsExactly(Instant.parse("2026-01-01T00:30:00Z"));
    }

    @Test
    void aGroupThatJoinsLateStartsFromTheFirstRecord() {
        FakeBroker broker = FakeBroker.create();
        broker.publish("orders", "o-1", new OrderPlaced("o-1", 1));
        broker.runUntilIdle();
        List<Long> offsets = new ArrayList<>();

        broker.subscribe("orders", "late", m -> offsets.add(m.offset()));
        broker.runUntilIdle();

        assertThat(offsets).containsExactly(0L);
    }

    @Test
    void validatesEveryPublishAndStoresNothingThatFails() {
        FakeBroker broker = FakeBroker.builder()
                .validator((event, descriptor, payload) -> {
                    if (payload.get("amount").asLong() < 0) {
                        throw new IllegalArgumentException(descriptor + ": amount must not be negative");
                    }
                })
                .build();

        assertThatThrownBy(() -> broker.publish("orders", "o-1", new OrderPlaced("o-1", -5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("OrderPlaced v2: amount must not be negative");
        assertThat(broker.messages("orders")).isEmpty();
        assertThat(broker.trace().entries()).isEmpty();
    }

    @Test
    void refusesToRecreateATopicWithAnotherPartitionCount() {
        FakeBroker broker = FakeBroker.create();
        broker.publish("orders", "o-1", new OrderPlaced("o-1", 1));

        assertThatThrownBy(() -> broker.createTopic("orders", 3))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("topic orders already exists with 1 partition(s), cannot create it with 3 (publishing"
                        + " or subscribing to an unknown topic creates it with 1: create topics first)");
        assertThat(broker.createTopic("orders", 1).partitions("orders")).isEqualTo(1);
        assertThatThrownBy(() -> broker.createTopic("payments", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("topic payments: a topic has 1 to 100000 partitions, was 0");
        assertThatThrownBy(() -> broker.createTopic("payments", Integer.MAX_VALUE)) // was an OutOfMemoryError
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("topic payments: a topic has 1 to 100000 partitions, was 2147483647");
    }

    @Test
    void aHandlerCannotStepTheBrokerItself() {
        FakeBroker broker = FakeBroker.builder().retryPolicy(RetryPolicy.noRetries()).build();
        broker.subscribe("orders", "billing", m -> broker.runUntilIdle());

        broker.publish("orders", "o-1", new OrderPlaced("o-1", 1));

        assertThatThrownBy(broker::runUntilIdle)
                .hasMessage("runUntilIdle was called during a delivery: a handler cannot step the broker or"
                        + " advance the clock; schedule a timer on clock.scheduler() instead (a bug in the test: not"
                        + " retried, the run stops)");
        assertThat(broker.deadLetterDetails("orders", "billing")).isEmpty();
    }

    @Test
    void anErrorThrownByAHandlerStopsTheRun() {
        FakeBroker broker = FakeBroker.create();
        broker.subscribe("orders", "billing", m -> {
            throw new AssertionError("charged twice");
        });
        broker.publish("orders", "o-1", new OrderPlaced("o-1", 1));

        assertThatThrownBy(broker::runUntilIdle).isInstanceOf(AssertionError.class).hasMessage("charged twice");
        assertThat(broker.deadLetters("orders", "billing")).isEmpty();
        assertThat(broker.trace().last(1).entries().get(0).detail())
                .isEqualTo("handler failed: AssertionError: charged twice (an Error: not retried, the run stops)");
    }
}
