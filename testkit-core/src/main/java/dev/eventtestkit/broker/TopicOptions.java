package dev.eventtestkit.broker;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How the fake broker keeps a topic's records, as Kafka's topic configs: partitions, retention by time
 * ({@code retention.ms}) and by size ({@code retention.bytes}), compaction ({@code cleanup.policy=compact})
 * and how long tombstones outlive compaction ({@code delete.retention.ms}). Immutable: every setter returns a
 * new copy.
 *
 * <pre>{@code
 * broker.createTopic("prices", TopicOptions.partitions(1).compacted());
 * broker.createTopic("clicks", TopicOptions.partitions(3).retention(Duration.ofDays(7)).retentionBytes(1_000_000));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class TopicOptions {

    private static final Duration KAFKA_DELETE_RETENTION = Duration.ofDays(1);

    private final int partitions;
    private final @Nullable Duration retention;
    private final long retentionBytes;
    private final boolean compacted;
    private final Duration deleteRetention;

    private TopicOptions(int partitions, @Nullable Duration retention, long retentionBytes, boolean compacted,
            Duration deleteRetention) {
        this.partitions = partitions;
        this.retention = retention;
        this.retentionBytes = retentionBytes;
        this.compacted = compacted;
        this.deleteRetention = deleteRetention;
    }

    /**
     * @param partitions 1 to 100,000
     * @return options keeping every record forever, not compacted
     * @throws IllegalArgumentException when {@code partitions} is below 1 or above 100,000
     */
    public static TopicOptions partitions(int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("TopicOptions.partitions(" + partitions + "): a topic has 1 or more "
                    + "partitions");
        }
        if (partitions > FakeBroker.MAX_PARTITIONS) {
            throw new IllegalArgumentException("TopicOptions.partitions(" + partitions + "): a topic has at most "
                    + FakeBroker.MAX_PARTITIONS + " partitions");
        }
        return new TopicOptions(partitions, null, -1, false, KAFKA_DELETE_RETENTION);
    }

    /**
     * Deletes records older than this, measured on the broker's clock from each record's timestamp, whenever
     * the broker runs (a publish, {@code runUntilIdle}, each instant of {@code clock().advance(...)}).
     *
     * @param retention positive
     * @return a copy with it
     */
    public TopicOptions retention(Duration retention) {
        Objects.requireNonNull(retention, "retention");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("TopicOptions.retention(" + retention + "): a retention is positive");
        }
        return new TopicOptions(partitions, retention, retentionBytes, compacted, deleteRetention);
    }

    /**
     * Deletes a partition's oldest records while its records take more than this many bytes (key and JSON
     * payload, UTF-8), checked at each publish; a partition always keeps its newest record.
     *
     * @param bytes positive
     * @return a copy with it
     */
    public TopicOptions retentionBytes(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("TopicOptions.retentionBytes(" + bytes + "): a size is 1 byte or more");
        }
        return new TopicOptions(partitions, retention, bytes, compacted, deleteRetention);
    }

    /**
     * A compacted topic: every record needs a key, and {@code FakeBroker.compact(topic)} keeps only the last
     * record of each key.
     *
     * @return a copy with it
     */
    public TopicOptions compacted() {
        return new TopicOptions(partitions, retention, retentionBytes, true, deleteRetention);
    }

    /**
     * How long a tombstone survives compaction after it was published; Kafka's default is one day.
     *
     * @param duration zero or more
     * @return a copy with it
     */
    public TopicOptions deleteRetention(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("TopicOptions.deleteRetention(" + duration + "): a duration is zero "
                    + "or more");
        }
        return new TopicOptions(partitions, retention, retentionBytes, compacted, duration);
    }

    /** @return the partition count */
    public int partitions() {
        return partitions;
    }

    /** @return the time retention; null when records are kept whatever their age */
    public @Nullable Duration retention() {
        return retention;
    }

    /** @return the size retention per partition in bytes; -1 when none */
    public long retentionBytes() {
        return retentionBytes;
    }

    /** @return whether the topic is compacted */
    public boolean isCompacted() {
        return compacted;
    }

    /** @return how long tombstones survive compaction */
    public Duration deleteRetention() {
        return deleteRetention;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TopicOptions that && partitions == that.partitions
                && Objects.equals(retention, that.retention) && retentionBytes == that.retentionBytes
                && compacted == that.compacted && deleteRetention.equals(that.deleteRetention);
    }

    @Override
    public int hashCode() {
        return Objects.hash(partitions, retention, retentionBytes, compacted, deleteRetention);
    }

    @Override
    public String toString() {
        return "TopicOptions[partitions=" + partitions + (retention == null ? "" : ", retention=" + retention)
                + (retentionBytes < 0 ? "" : ", retentionBytes=" + retentionBytes) + (compacted ? ", compacted" : "")
                + (compacted ? ", deleteRetention=" + deleteRetention : "") + "]";
    }
}
