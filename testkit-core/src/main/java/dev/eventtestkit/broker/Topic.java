package dev.eventtestkit.broker;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A topic: its partition logs, every record in publish order, and the groups that subscribed to it. */
final class Topic {

    final String name;
    private final List<List<StoredRecord>> logs;
    private final List<Message> all = new ArrayList<>();
    final List<ConsumerGroup> groups = new ArrayList<>();
    private int roundRobin;

    Topic(String name, int partitions) {
        this.name = name;
        this.logs = new ArrayList<>(partitions);
        for (int partition = 0; partition < partitions; partition++) {
            logs.add(new ArrayList<>());
        }
    }

    int partitions() {
        return logs.size();
    }

    List<StoredRecord> log(int partition) {
        return logs.get(partition);
    }

    List<Message> messages() {
        return List.copyOf(all);
    }

    /** Kafka's choice for a key: murmur2, made positive, modulo the partition count. */
    int partitionFor(String key) {
        return KafkaPartitioner.partition(key, logs.size());
    }

    /** Null keys rotate over the partitions, starting at 0. */
    int nextRoundRobin() {
        int partition = roundRobin;
        roundRobin = (roundRobin + 1) % logs.size();
        return partition;
    }

    long nextOffset(int partition) {
        return logs.get(partition).size();
    }

    void append(StoredRecord record) {
        logs.get(record.message().partition()).add(record);
        all.add(record.message());
    }

    ConsumerGroup addGroup(String groupName, int order) {
        ConsumerGroup group = new ConsumerGroup(this, groupName, order);
        groups.add(group);
        return group;
    }

    @Nullable ConsumerGroup existingGroup(String groupName) {
        for (ConsumerGroup group : groups) {
            if (group.name.equals(groupName)) {
                return group;
            }
        }
        return null;
    }
}
