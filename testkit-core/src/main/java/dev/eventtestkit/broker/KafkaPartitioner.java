package dev.eventtestkit.broker;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Kafka's default key partitioning: murmur2 of the key's UTF-8 bytes, made positive, modulo the partition
 * count, so a key lands on the partition it lands on in production.
 *
 * <pre>{@code
 * int partition = KafkaPartitioner.partition("o-1", 3);
 * }</pre>
 */
public final class KafkaPartitioner {

    private KafkaPartitioner() {}

    /**
     * @param key the record key, not null (null keys are spread round-robin by the broker)
     * @param partitions the topic's partition count, 1 or more
     * @return the partition Kafka's producer chooses for the key
     * @throws IllegalArgumentException when {@code partitions} is below 1
     */
    public static int partition(String key, int partitions) {
        Objects.requireNonNull(key, "key");
        if (partitions < 1) {
            throw new IllegalArgumentException("a topic has 1 or more partitions, was " + partitions);
        }
        return (murmur2(key.getBytes(StandardCharsets.UTF_8)) & 0x7fffffff) % partitions;
    }

    /**
     * The 32-bit murmur2 hash exactly as {@code org.apache.kafka.common.utils.Utils.murmur2} computes it.
     *
     * @param data the bytes to hash
     * @return the hash
     */
    public static int murmur2(byte[] data) {
        int length = data.length;
        int seed = 0x9747b28c;
        int m = 0x5bd1e995;
        int r = 24;
        int h = seed ^ length;
        int length4 = length / 4;
        for (int i = 0; i < length4; i++) {
            int i4 = i * 4;
            int k = (data[i4] & 0xff)
                    + ((data[i4 + 1] & 0xff) << 8)
                    + ((data[i4 + 2] & 0xff) << 16)
                    + ((data[i4 + 3] & 0xff) << 24);
            k *= m;
            k ^= k >>> r;
            k *= m;
            h *= m;
            h ^= k;
        }
        int tail = length & ~3;
        switch (length % 4) {
            case 3:
                h ^= (data[tail + 2] & 0xff) << 16;
                // fall through: the tail bytes are mixed in together, as in Kafka
            case 2:
                h ^= (data[tail + 1] & 0xff) << 8;
                // fall through
            case 1:
                h ^= data[tail] & 0xff;
                h *= m;
                break;
            default:
                break;
        }
        h ^= h >>> 13;
        h *= m;
        h ^= h >>> 15;
        return h;
    }
}
