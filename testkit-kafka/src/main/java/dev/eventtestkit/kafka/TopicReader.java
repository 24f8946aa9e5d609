package dev.eventtestkit.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** Reads a whole topic with a fresh, group-less consumer: every partition from the beginning to its end. */
final class TopicReader {

    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration MAX_READ = Duration.ofSeconds(30);

    private final ClientConfigs configs;

    TopicReader(ClientConfigs configs) {
        this.configs = configs;
    }

    /** @return the records ordered by timestamp, then partition, then offset (Kafka has no cross-partition order) */
    List<ConsumerRecord<String, byte[]>> readAll(Set<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return List.of();
        }
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(configs.reader())) {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + MAX_READ.toNanos();
            while (!reachedEnd(consumer, ends)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + partitions + " to its end offsets " + ends
                            + " within " + MAX_READ);
                }
                consumer.poll(POLL).forEach(records::add);
            }
        }
        records.sort(Comparator.<ConsumerRecord<String, byte[]>>comparingLong(ConsumerRecord::timestamp)
                .thenComparingInt(ConsumerRecord::partition)
                .thenComparingLong(ConsumerRecord::offset));
        return records;
    }

    private static boolean reachedEnd(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }
}
