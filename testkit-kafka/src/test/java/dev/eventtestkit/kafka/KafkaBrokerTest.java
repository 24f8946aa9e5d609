package dev.eventtestkit.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.eventtestkit.broker.Message;
import dev.eventtestkit.event.DeterministicIds;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.GroupProtocol;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class KafkaBrokerTest {

    private KafkaBroker broker;

    @AfterEach
    void closeBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void publishesJsonWithTypeAndVersionHeadersAndDeliversItToTheGroup() {
        broker = KafkaBroker.builder().seed(7L).build();
        Queue<Message> received = new ConcurrentLinkedQueue<>();
        broker.subscribe("orders", "billing", received::add);

        Message published = broker.publish("orders", "o-1", new OrderCreated("o-1", 100));
        broker.runUntilIdle();

        String expectedId = DeterministicIds.seeded(7L).nextString();
        assertThat(published.id()).isEqualTo(expectedId);
        assertThat(published.position()).isEqualTo("orders[0]@0");
        assertThat(published.headers())
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_id", expectedId)
                .containsEntry("ce_source", "/eventtestkit")
                .containsEntry("ce_type", "OrderCreated")
                .containsEntry("ce_eventversion", "2")
                .containsEntry("ce_time", published.timestamp().toString())
                .containsEntry("content-type", "application/json");
        assertThat(received).singleElement().satisfies(message -> {
            assertThat(message).isEqualTo(published);
            assertThat(message.type()).isEqualTo("OrderCreated");
            assertThat(message.version()).isEqualTo(2);
            assertThat(message.key()).isEqualTo("o-1");
            assertThat(message.payload().toString()).isEqualTo("{\"orderId\":\"o-1\",\"amount\":100}");
            assertThat(message.payloadAs(OrderCreated.class)).isEqualTo(new OrderCreated("o-1", 100));
        });
        assertThat(broker.messages("orders")).containsExactly(published);
        assertThat(broker.messages("unknown")).isEmpty();
    }

    @Test
    void splitsPartitionsAcrossTheMembersOfAGroupWhileEveryGroupSeesEveryRecord() {
        broker = KafkaBroker.builder().build();
        broker.createTopic("orders", 2);
        Queue<Message> first = new ConcurrentLinkedQueue<>();
        Queue<Message> second = new ConcurrentLinkedQueue<>();
        Queue<Message> audit = new ConcurrentLinkedQueue<>();
        KafkaSubscription one = broker.subscribe("orders", "billing", first::add);
        KafkaSubscription two = broker.subscribe("orders", "billing", second::add);
        broker.subscribe("orders", "audit", audit::add);
        Awaitility.await("both billing members assigned").atMost(Duration.ofSeconds(30))
                .until(() -> !one.assignedPartitions().isEmpty() && !two.assignedPartitions().isEmpty());

        for (int i = 0; i < 10; i++) {
            broker.publish("orders", null, new OrderCreated("o-" + i, i));
        }
        broker.runUntilIdle();

        assertThat(one.assignedPartitions()).hasSize(1).doesNotContainAnyElementsOf(two.assignedPartitions());
        assertThat(first).hasSize(5).extracting(Message::partition).isSubsetOf(one.assignedPartitions());
        assertThat(second).hasSize(5).extracting(Message::partition).isSubsetOf(two.assignedPartitions());
        assertThat(audit).hasSize(10);
    }

    @Test
    void deliversInOrderWithTheKip848GroupProtocolToo() {
        broker = KafkaBroker.builder().groupProtocol(GroupProtocol.CONSUMER).build();
        Queue<String> received = new ConcurrentLinkedQueue<>();
        broker.subscribe("orders", "billing", message -> received.add(message.key() + "@" + message.offset()));

        broker.publish("orders", "o-1", new OrderCreated("o-1", 1));
        broker.publish("orders", "o-2", new OrderCreated("o-2", 2));
        broker.runUntilIdle();

        assertThat(received).containsExactly("o-1@0", "o-2@1");
    }

    @Test
    void retriesAThrowingHandlerThenDeadLettersTheRecordWithTheExceptionAndMovesOn() {
        broker = KafkaBroker.builder().retries(3, Duration.ofMillis(10)).build();
        Queue<String> calls = new ConcurrentLinkedQueue<>();
        broker.subscribe("orders", "billing", message -> {
            calls.add(message.key() + " attempt " + message.attempt());
            if ("o-1".equals(message.key())) {
                throw new IllegalStateException("no stock for o-1");
            }
        });

        Message poison = broker.publish("orders", "o-1", new OrderCreated("o-1", 100));
        broker.publish("orders", "o-2", new OrderCreated("o-2", 200));
        broker.runUntilIdle();

        assertThat(calls).containsExactly("o-1 attempt 1", "o-1 attempt 2", "o-1 attempt 3", "o-2 attempt 1");
        List<Message> dead = broker.deadLetters("orders", "billing");
        assertThat(dead).singleElement().satisfies(message -> {
            assertThat(message.id()).isEqualTo(poison.id());
            assertThat(message.position()).isEqualTo("orders[0]@0");
            assertThat(message.attempt()).isEqualTo(3);
            assertThat(message.payloadAs(OrderCreated.class)).isEqualTo(new OrderCreated("o-1", 100));
            assertThat(message.headers())
                    .containsEntry("dlt_exception_fqcn", "java.lang.IllegalStateException")
                    .containsEntry("dlt_exception_message", "no stock for o-1")
                    .containsEntry("dlt_original_topic", "orders")
                    .containsEntry("dlt_original_partition", "0")
                    .containsEntry("dlt_original_offset", "0")
                    .containsEntry("dlt_original_group", "billing")
                    .containsEntry("dlt_attempts", "3");
        });
        assertThat(broker.deadLetters("orders", "audit")).isEmpty();
    }

    @Test
    void duplicatesAtRateOneDeliverEachRecordTwice() {
        broker = KafkaBroker.builder().duplicates(1.0).build();
        Queue<Message> received = new ConcurrentLinkedQueue<>();
        broker.subscribe("orders", "billing", received::add);

        for (int i = 0; i < 3; i++) {
            broker.publish("orders", "o", new OrderCreated("o-" + i, i));
        }
        broker.runUntilIdle();

        assertThat(received).extracting(Message::offset, Message::attempt).containsExactly(
                tuple(0L, 1), tuple(0L, 2), tuple(1L, 1), tuple(1L, 2), tuple(2L, 1), tuple(2L, 2));
    }

    @Test
    void anIdempotentConsumerCountsOnceUnderDuplicatesWhileANaiveOneDoubleCounts() {
        broker = KafkaBroker.builder().duplicates(1.0).build();
        PaymentTotals naive = new PaymentTotals();
        IdempotentPaymentTotals idempotent = new IdempotentPaymentTotals();
        broker.subscribe("payments", "naive", naive::on);
        broker.subscribe("payments", "idempotent", idempotent::on);

        broker.publish("payments", "o-1", new OrderCreated("o-1", 10));
        broker.publish("payments", "o-2", new OrderCreated("o-2", 20));
        broker.publish("payments", "o-3", new OrderCreated("o-3", 30));
        broker.runUntilIdle();

        assertThat(idempotent.total()).isEqualTo(60);
        assertThat(naive.total()).isEqualTo(120);
    }

    @Test
    void awaitIdleNamesTheRunningHandlerAndTheUncommittedRecordWhenItTimesOut() throws InterruptedException {
        broker = KafkaBroker.builder().build();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        broker.subscribe("orders", "billing", message -> {
            entered.countDown();
            release.await();
        });
        broker.publish("orders", "o-1", new OrderCreated("o-1", 100));
        assertThat(entered.await(30, TimeUnit.SECONDS)).as("handler entered").isTrue();

        try {
            assertThatThrownBy(() -> broker.awaitIdle(Duration.ofMillis(300)))
                    .isInstanceOf(AssertionFailedError.class)
                    .hasMessage("Kafka not idle after PT0.3S, still pending:\n"
                            + "  orders/billing: handler running on orders[0]@0 attempt 1\n"
                            + "  orders/billing: 1 record(s) not committed (partition 0: 1)");
        } finally {
            release.countDown();
        }
        broker.runUntilIdle();
    }

    @Test
    void refusesToRecreateATopicWithAnotherPartitionCount() {
        String prefix = "recreate-" + UUID.randomUUID() + "-";
        broker = KafkaBroker.builder().topicPrefix(prefix).build();
        broker.createTopic("orders", 2);

        broker.createTopic("orders", 2);
        assertThatThrownBy(() -> broker.createTopic("orders", 3))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("topic " + prefix + "orders already exists with 2 partitions, not 3");
        assertThatThrownBy(() -> broker.createTopic("payments", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("topic " + prefix + "payments: partitions must be 1 or more, was 0");
    }

    @Test
    void brokersWithDifferentPrefixesNeverSeeEachOthersRecords() {
        // unique prefixes, so that reruns against an external cluster start from empty topics too
        String left = "left-" + UUID.randomUUID() + "-";
        String right = "right-" + UUID.randomUUID() + "-";
        broker = KafkaBroker.builder().topicPrefix(left).build();
        try (KafkaBroker other = KafkaBroker.builder().topicPrefix(right).build()) {
            broker.publish("orders", "o-1", new OrderCreated("o-1", 1));
            other.publish("orders", "o-2", new OrderCreated("o-2", 2));

            assertThat(broker.messages("orders")).extracting(Message::key).containsExactly("o-1");
            assertThat(other.messages("orders")).extracting(Message::key).containsExactly("o-2");
            assertThat(broker.kafkaTopic("orders")).isEqualTo(left + "orders");
            assertThat(other.kafkaGroup("billing")).isEqualTo(right + "billing");
        }
    }
}
