package dev.eventtestkit.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.RetryPolicy;
import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.EventValidator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * A rebalance between a record's first delivery and its drawn duplicate (a session lost on a busy machine) resets
 * the member's position to the committed offset, past the record. The loop must seek back, or the duplicate never
 * comes and {@code awaitIdle} times out with "1 duplicate(s) not yet redelivered". Driven by Kafka's MockConsumer,
 * one poll at a time, so the rebalance falls exactly between the two deliveries.
 */
class ConsumerLoopRebalanceTest {

    private static final TopicNames NAMES = new TopicNames("t-");
    private static final TopicPartition PARTITION = new TopicPartition(NAMES.topic("orders"), 0);

    @Test
    void aDuplicatePendingAcrossARebalanceIsStillDelivered() throws Exception {
        MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
        List<Integer> attempts = new CopyOnWriteArrayList<>();
        CountDownLatch secondDelivery = new CountDownLatch(2);
        ConsumerLoop loop = new ConsumerLoop(consumer, delivery(), "orders", "billing", message -> {
            attempts.add(message.attempt());
            secondDelivery.countDown();
        }, 1L);

        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(PARTITION));
            consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
            consumer.addRecord(record());
        });
        // the first poll delivered the record, committed offset 1 and sought back to 0 for the duplicate;
        // now the partition is lost and assigned again, which resets the position to the committed offset 1
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of());
            consumer.rebalance(List.of(PARTITION));
            consumer.addRecord(record());
        });

        Thread thread = new Thread(loop, "consumer-loop-under-test");
        thread.start();
        boolean delivered = secondDelivery.await(10, TimeUnit.SECONDS);
        loop.stop();
        thread.join(10_000);

        assertThat(delivered).as("the duplicate came after the rebalance").isTrue();
        assertThat(attempts).containsExactly(1, 2);
        assertThat(loop.pendingDuplicates()).isZero();
        assertThat(loop.failure()).isNull();
    }

    private static ConsumerRecord<String, byte[]> record() {
        return new ConsumerRecord<>(PARTITION.topic(), 0, 0L, "o-1",
                "{\"orderId\":\"o-1\"}".getBytes(StandardCharsets.UTF_8));
    }

    private static Delivery delivery() {
        return new Delivery(
                new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer()),
                new RecordCodec(EventCodec.jackson(), EventValidator.ACCEPT_ALL, NAMES),
                new Topics(null),
                NAMES,
                RetryPolicy.noRetries(),
                1.0);
    }
}
