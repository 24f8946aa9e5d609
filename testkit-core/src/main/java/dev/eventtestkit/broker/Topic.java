package dev.eventtestkit.broker;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A topic: its partition logs, every record in publish order, and the groups that subscribed to it. */
final class Topic {

    final String name;
    final TopicOptions options;
    private final List<List<StoredRecord>> logs;
    private final List<Message> all = new ArrayList<>();
    /** Per partition, the offset the next record gets: records removed from a log keep their offsets. */
    private final long[] next;
    /** Per partition, the bytes its records take; counted only under a size retention. */
    private final long[] bytes;
    final List<ConsumerGroup> groups = new ArrayList<>();
    private int roundRobin;

    Topic(String name, TopicOptions options) {
        this.name = name;
        this.options = options;
        int partitions = options.partitions();
        this.logs = new ArrayList<>(partitions);
        this.next = new long[partitions];
        this.bytes = new long[partitions];
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

    /**
     * @param dropped told of each record a size retention deletes to make room, and why
     */
    void append(StoredRecord record, BiConsumer<Message, String> dropped) {
        int partition = record.message().partition();
        List<StoredRecord> log = logs.get(partition);
        log.add(record);
        next[partition] = record.message().offset() + 1;
        all.add(record.message());
        long limit = options.retentionBytes();
        if (limit > 0) {
            bytes[partition] += size(record.message());
            int drop = 0;
            while (bytes[partition] > limit && drop < log.size() - 1) {
                bytes[partition] -= size(log.get(drop).message());
                drop++;
            }
            removeHead(partition, drop, dropped, "deleted: " + name + "[" + partition + "] over its retention of "
                    + limit + " bytes");
        }
    }

    /**
     * Deletes the records older than the time retention; what a group has not read yet is lost to it.
     *
     * @param dropped told of each record deleted, and why
     */
    void expire(Instant now, BiConsumer<Message, String> dropped) {
        Duration retention = options.retention();
        if (retention == null) {
            return;
        }
        Instant oldest = now.minus(retention);
        for (int partition = 0; partition < logs.size(); partition++) {
            List<StoredRecord> log = logs.get(partition);
            int drop = 0;
            while (drop < log.size() && log.get(drop).message().timestamp().isBefore(oldest)) {
                if (options.retentionBytes() > 0) {
                    bytes[partition] -= size(log.get(drop).message());
                }
                drop++;
            }
            removeHead(partition, drop, dropped, "deleted: older than the retention of " + TraceLog.text(retention));
        }
    }

    /**
     * Kafka's log cleaner over the whole log: keeps the last record of each key, and drops a tombstone that is
     * the last of its key once it is older than the delete retention.
     *
     * @param dropped told of each record removed, and why
     * @return how many records it removed
     */
    int compact(Instant now, BiConsumer<Message, String> dropped) {
        Instant tombstonesBefore = now.minus(options.deleteRetention());
        Set<StoredRecord> removed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int partition = 0; partition < logs.size(); partition++) {
            List<StoredRecord> log = logs.get(partition);
            Map<String, Integer> last = new HashMap<>();
            for (int i = 0; i < log.size(); i++) {
                last.put(log.get(i).message().key(), i);
            }
            List<StoredRecord> kept = new ArrayList<>(last.size());
            for (int i = 0; i < log.size(); i++) {
                Message message = log.get(i).message();
                boolean superseded = last.get(message.key()) != i;
                boolean expiredTombstone = message.isTombstone() && message.timestamp().isBefore(tombstonesBefore);
                if (superseded || expiredTombstone) {
                    removed.add(log.get(i));
                    dropped.accept(message, superseded
                            ? "compacted away: a later record has key " + message.key()
                            : "compacted away: a tombstone older than the delete retention of "
                                    + TraceLog.text(options.deleteRetention()));
                    if (options.retentionBytes() > 0) {
                        bytes[partition] -= size(message);
                    }
                } else {
                    kept.add(log.get(i));
                }
            }
            log.clear();
            log.addAll(kept);
        }
        if (!removed.isEmpty()) {
            Set<Message> gone = Collections.newSetFromMap(new IdentityHashMap<>());
            removed.forEach(record -> gone.add(record.message()));
            all.removeIf(gone::contains);
        }
        return removed.size();
    }

    private void removeHead(int partition, int count, BiConsumer<Message, String> dropped, String why) {
        if (count == 0) {
            return;
        }
        List<StoredRecord> head = logs.get(partition).subList(0, count);
        Set<Message> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        head.forEach(record -> {
            gone.add(record.message());
            dropped.accept(record.message(), why);
        });
        head.clear();
        all.removeIf(gone::contains);
    }

    private static long size(Message message) {
        String key = message.key();
        return (key == null ? 0 : key.getBytes(StandardCharsets.UTF_8).length)
                + message.payload().toString().getBytes(StandardCharsets.UTF_8).length;
    }

    /** @return the partition's first record at or after the offset, or null when there is none */
    @Nullable StoredRecord firstAtOrAfter(int partition, long offset) {
        List<StoredRecord> log = logs.get(partition);
        int index = indexAtOrAfter(log, offset);
        return index < log.size() ? log.get(index) : null;
    }

    /** @return the offset of the partition's first record stamped at or after the instant; its end when none is */
    long offsetForTime(int partition, Instant instant) {
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
