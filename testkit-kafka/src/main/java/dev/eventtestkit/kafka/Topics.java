package dev.eventtestkit.kafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/** Admin operations on physical topic names: create, describe, offsets. Thread-safe. */
final class Topics {

    private final Admin admin;
    private final Map<String, Integer> partitionCounts = new ConcurrentHashMap<>();

    Topics(Admin admin) {
        this.admin = admin;
    }

    /** Creates the topic; an existing topic must have that many partitions already. */
    void create(String topic, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("topic " + topic + ": partitions must be 1 or more, was " + partitions);
        }
        try {
            get(admin.createTopics(List.of(new NewTopic(topic, Optional.of(partitions), Optional.empty()))).all());
            partitionCounts.put(topic, partitions);
        } catch (TopicExistsException e) {
            int existing = partitions(topic);
            if (existing != partitions) {
                throw new IllegalStateException(
                        "topic " + topic + " already exists with " + existing + " partitions, not " + partitions, e);
            }
        }
    }

    /** Creates the topic with one partition unless it exists. */
    void ensure(String topic) {
        if (partitionCounts.containsKey(topic)) {
            return;
        }
        try {
            get(admin.createTopics(List.of(new NewTopic(topic, Optional.of(1), Optional.empty()))).all());
            partitionCounts.put(topic, 1);
        } catch (TopicExistsException e) {
            partitions(topic);
        }
    }

    /** @return the topic's partition count, 0 when it does not exist */
    int partitions(String topic) {
        Integer known = partitionCounts.get(topic);
        if (known != null) {
            return known;
        }
        try {
            int count = get(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic).partitions().size();
            partitionCounts.put(topic, count);
            return count;
        } catch (UnknownTopicOrPartitionException e) {
            return 0;
        }
    }

    /** @return records not yet committed by the group, per partition with any; empty for an unknown topic */
    Map<Integer, Long> lag(String topic, String group) {
        Set<TopicPartition> partitions = topicPartitions(topic);
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetAndMetadata> committed =
                get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        Map<TopicPartition, ListOffsetsResultInfo> earliest = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, ListOffsetsResultInfo> latest = offsets(partitions, OffsetSpec.latest());
        Map<Integer, Long> lag = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata done = committed.get(partition);
            long from = done == null ? earliest.get(partition).offset() : done.offset();
            long behind = latest.get(partition).offset() - from;
            if (behind > 0) {
                lag.put(partition.partition(), behind);
            }
        }
        return lag;
    }

    Set<TopicPartition> topicPartitions(String topic) {
        int count = partitions(topic);
        return IntStream.range(0, count)
                .mapToObj(partition -> new TopicPartition(topic, partition))
                .collect(Collectors.toSet());
    }

    /**
     * @return per partition of the topic, the offset the spec names; for a timestamp with no record at or after
     *     it, the partition's end (where Kafka answers -1)
     */
    Map<TopicPartition, Long> positions(String topic, OffsetSpec spec) {
        Set<TopicPartition> partitions = topicPartitions(topic);
        Map<TopicPartition, ListOffsetsResultInfo> found = offsets(partitions, spec);
        Map<TopicPartition, ListOffsetsResultInfo> ends = null;
        Map<TopicPartition, Long> positions = new HashMap<>();
        for (TopicPartition partition : partitions) {
            long offset = found.get(partition).offset();
            if (offset < 0) {
                if (ends == null) {
                    ends = offsets(partitions, OffsetSpec.latest());
                }
                offset = ends.get(partition).offset();
            }
            positions.put(partition, offset);
        }
        return positions;
    }

    /** Sets a group's committed offsets; the group must have no active member. */
    void commit(String group, Map<TopicPartition, Long> offsets) {
        Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
        offsets.forEach((partition, offset) -> commits.put(partition, new OffsetAndMetadata(offset)));
        get(admin.alterConsumerGroupOffsets(group, commits).all());
    }

    private Map<TopicPartition, ListOffsetsResultInfo> offsets(Set<TopicPartition> partitions, OffsetSpec spec) {
        Map<TopicPartition, OffsetSpec> request =
                partitions.stream().collect(Collectors.toMap(partition -> partition, partition -> spec));
        return get(admin.listOffsets(request).all());
    }

    /** Unwraps Kafka's futures: the cause is what callers handle. */
    static <T> T get(KafkaFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
