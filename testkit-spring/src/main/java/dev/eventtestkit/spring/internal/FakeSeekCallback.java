package dev.eventtestkit.spring.internal;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Message;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.ConsumerSeekAware;

/**
 * The {@code ConsumerSeekCallback} a {@code ConsumerSeekAware} listener gets on the fake: every seek moves its
 * group's position on the fake broker at once (a real consumer performs it at its next poll). Positions relative
 * to the current one are known because every record the fake delivers to the listener, and every seek, passes here.
 */
final class FakeSeekCallback implements ConsumerSeekAware.ConsumerSeekCallback {

    private final String group;
    private final FakeBroker broker;
    /** The next offset the group reads on each partition, as far as deliveries and seeks tell; unset: the start. */
    private final Map<TopicPartition, Long> positions = new HashMap<>();

    FakeSeekCallback(String group, FakeBroker broker) {
        this.group = group;
        this.broker = broker;
    }

    /** A record was delivered to the listener: its group reads the next one on that partition. */
    void delivered(Message message) {
        positions.put(new TopicPartition(message.topic(), message.partition()), message.offset() + 1);
    }

    /** @return the group's position on the partition when a consumer is assigned it */
    long position(String topic, int partition) {
        Long known = positions.get(new TopicPartition(topic, partition));
        return known != null ? known : beginning(topic, partition);
    }

    @Override
    public void seek(String topic, int partition, long offset) {
        broker.seek(topic, group, partition, offset);
        positions.put(new TopicPartition(topic, partition), offset);
    }

    @Override
    public void seek(String topic, int partition, Function<Long, Long> offsetComputeFunction) {
        seek(topic, partition, offsetComputeFunction.apply(position(topic, partition)));
    }

    @Override
    public void seekToBeginning(String topic, int partition) {
        seek(topic, partition, beginning(topic, partition));
    }

    @Override
    public void seekToEnd(String topic, int partition) {
        seek(topic, partition, end(topic, partition));
    }

    /** spring-kafka 3.3's default of this one throws: the container implements it. */
    @Override
    public void seekToBeginning(Collection<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            seekToBeginning(partition.topic(), partition.partition());
        }
    }

    @Override
    public void seekToEnd(Collection<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            seekToEnd(partition.topic(), partition.partition());
        }
    }

    /**
     * As Kafka's: {@code toCurrent} moves from the current position; otherwise a positive offset counts from the
     * beginning and a negative one from the end. A position outside the log is clamped to it.
     */
    @Override
    public void seekRelative(String topic, int partition, long offset, boolean toCurrent) {
        long from = toCurrent ? position(topic, partition)
                : offset >= 0 ? beginning(topic, partition) : end(topic, partition);
        long target = Math.max(beginning(topic, partition), Math.min(end(topic, partition), from + offset));
        seek(topic, partition, target);
    }

    @Override
    public void seekToTimestamp(String topic, int partition, long timestamp) {
        long target = end(topic, partition);
        for (Message message : broker.messages(topic)) {
            if (message.partition() == partition && message.timestamp().toEpochMilli() >= timestamp) {
                target = message.offset();
                break;
            }
        }
        seek(topic, partition, target);
    }

    @Override
    public void seekToTimestamp(Collection<TopicPartition> partitions, long timestamp) {
        for (TopicPartition partition : partitions) {
            seekToTimestamp(partition.topic(), partition.partition(), timestamp);
        }
    }

    @Override
    public String getGroupId() {
        return group;
    }

    /** @return the first offset still on the partition, or its end when it holds none */
    private long beginning(String topic, int partition) {
        for (Message message : broker.messages(topic)) {
            if (message.partition() == partition) {
                return message.offset();
            }
        }
        return end(topic, partition);
    }

    /** @return the offset the partition's next record gets */
    private long end(String topic, int partition) {
        long end = 0;
        for (Message message : broker.messages(topic)) {
            if (message.partition() == partition) {
                end = message.offset() + 1;
            }
        }
        return end;
    }

    @Override
    public String toString() {
        return "ConsumerSeekCallback[group " + group + " on the fake broker]";
    }
}
