package dev.eventtestkit.broker;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A topic: its partition logs, every record in publish order, and the groups that subscribed to it. */
final class Topic {

    final String name;
    private final List<List<StoredRecord>> logs;
    private final List<Message> all = new ArrayList<>();
    /** Per partition, the offset the next record gets: records removed from a log keep their offsets. */
    private final long[] next;
    final List<ConsumerGroup> groups = new ArrayList<>();
    private int roundRobin;

    Topic(String name, int partitions) {
        this.name = name;
        this.logs = new ArrayList<>(partitions);
        this.next = new long[partitions];
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
        return next[partition];
    }

    /** @return the offset of the partition's first record still in the log; its next offset when it is empty */
    long startOffset(int partition) {
        List<StoredRecord> log = logs.get(partition);
        return log.isEmpty() ? next[partition] : log.get(0).message().offset();
    }

    void append(StoredRecord record) {
        int partition = record.message().partition();
        logs.get(partition).add(record);
        next[partition] = record.message().offset() + 1;
        all.add(record.message());
    }

    /** @return the partition's first record at or after the offset, or null when there is none */
    @Nullable StoredRecord firstAtOrAfter(int partition, long offset) {
        List<StoredRecord> log = logs.get(partition);
        int index = indexAtOrAfter(log, offset);
        return index < log.size() ? log.get(index) : null;
    }

    /** @return the offset of the partition's first record stamped at or after the instant; its end when none is */
    long offsetForTime(int partition, java.time.Instant instant) {
        for (StoredRecord record : logs.get(partition)) {
            if (!record.message().timestamp().isBefore(instant)) {
                return record.message().offset();
            }
        }
        return next[partition];
    }

    /** @return how many records of the partition have an offset at or after this one */
    long countFrom(int partition, long offset) {
        List<StoredRecord> log = logs.get(partition);
        return log.size() - indexAtOrAfter(log, offset);
    }

    private static int indexAtOrAfter(List<StoredRecord> log, long offset) {
        if (log.isEmpty()) {
            return 0;
        }
        long first = log.get(0).message().offset();
        long guess = offset - first;
        if (guess <= 0) {
            return 0;
        }
        if (guess < log.size() && log.get((int) guess).message().offset() == offset) {
            return (int) guess; // no gap before it: the usual case, without a search
        }
        int low = 0;
        int high = log.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (log.get(middle).message().offset() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
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
