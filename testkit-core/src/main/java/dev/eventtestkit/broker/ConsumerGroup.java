package dev.eventtestkit.broker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One consumer group on one topic: its instances, which instance owns which partition (Kafka's range
 * assignment), a cursor per partition, pending duplicates and dead letters.
 */
final class ConsumerGroup {

    final Topic topic;
    final String name;
    /** Creation order across the broker: ties between ready deliveries of one record break by it. */
    final int order;
    final Cursor[] cursors;
    final List<Delivery> duplicates = new ArrayList<>();
    final List<DeadLetter> deadLetters = new ArrayList<>();
    /** Set for a group that stops at a record its handler keeps failing on, instead of dead-lettering it. */
    @Nullable Consumer<DeadLetter> onStop;
    /** The record the group stopped at; nothing is delivered to the group after it. */
    @Nullable DeadLetter stoppedAt;
    private final List<Instance> instances = new ArrayList<>();
    private final @Nullable Instance[] owners;
    private int joined;

    ConsumerGroup(Topic topic, String name, int order) {
        this.topic = topic;
        this.name = name;
        this.order = order;
        this.cursors = new Cursor[topic.partitions()];
        this.owners = new Instance[topic.partitions()];
        for (int partition = 0; partition < cursors.length; partition++) {
            cursors[partition] = new Cursor(this, partition);
        }
    }

    Instance join(MessageHandler handler) {
        Instance instance = new Instance(this, ++joined, handler);
        instances.add(instance);
        assignRanges();
        return instance;
    }

    void leave(Instance instance) {
        if (instances.remove(instance)) {
            assignRanges();
        }
    }

    /** @return true for a group no instance ever joined, made by a seek ahead of its first subscription */
    boolean neverJoined() {
        return joined == 0;
    }

    boolean hasInstances() {
        return !instances.isEmpty() && stoppedAt == null;
    }

    void stopOnFailure(Consumer<DeadLetter> onStop) {
        this.onStop = onStop;
    }

    @Nullable Instance owner(int partition) {
        return owners[partition];
    }

    /**
     * Kafka's RangeAssignor's ranges, handed to the instances in the order they joined (Kafka orders
     * them by member id instead): each takes a contiguous range of
     * partitions, the first {@code partitions % instances} one partition more.
     */
    private void assignRanges() {
        Arrays.fill(owners, null);
        int count = instances.size();
        if (count == 0) {
            return;
        }
        int each = owners.length / count;
        int extra = owners.length % count;
        for (int i = 0; i < count; i++) {
            int start = i * each + Math.min(i, extra);
            int length = each + (i < extra ? 1 : 0);
            for (int partition = start; partition < start + length; partition++) {
                owners[partition] = instances.get(i);
            }
        }
    }
}
