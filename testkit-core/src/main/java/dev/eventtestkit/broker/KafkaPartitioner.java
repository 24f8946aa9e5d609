package dev.eventtestkit.broker;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Kafka's default key partitioning: murmur2 of the key's UTF-8 bytes, made positive, modulo the partition
 * count, so a key lands on the partition it lands on in production.
 *
 * <pre>{@code
 * int partition = KafkaPartitioner.partition("o-1", 3);
 * }</pre>
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class KafkaPartitioner {

    private static final int SEED = 0x9747b28c;
    private static final int M = 0x5bd1e995;

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
        int hash = isAscii(key) ? murmur2Ascii(key) : murmur2(key.getBytes(StandardCharsets.UTF_8));
        return (hash & 0x7fffffff) % partitions;
    }

    private static boolean isAscii(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #murmur2(byte[])} of an ASCII string's UTF-8 bytes, which are its chars: every publish with a key
     * hashes it, and encoding it first would allocate a byte array each time.
     */
    static int murmur2Ascii(String key) {
        int length = key.length();
        int h = SEED ^ length;
        int length4 = length / 4;
        for (int i = 0; i < length4; i++) {
            int i4 = i * 4;
            h = mix(h, key.charAt(i4) + (key.charAt(i4 + 1) << 8) + (key.charAt(i4 + 2) << 16)
                    + (key.charAt(i4 + 3) << 24));
        }
        int tail = length & ~3;
        int rest = length % 4;
        return finish(h, rest, rest > 2 ? key.charAt(tail + 2) : 0, rest > 1 ? key.charAt(tail + 1) : 0,
                rest > 0 ? key.charAt(tail) : 0);
    }

    /**
     * The 32-bit murmur2 hash exactly as {@code org.apache.kafka.common.utils.Utils.murmur2} computes it.
     *
     * @param data the bytes to hash
     * @return the hash
     */
    public static int murmur2(byte[] data) {
        int length = data.length;
        int h = SEED ^ length;
        int length4 = length / 4;
        for (int i = 0; i < length4; i++) {
            int i4 = i * 4;
            h = mix(h, (data[i4] & 0xff) + ((data[i4 + 1] & 0xff) << 8) + ((data[i4 + 2] & 0xff) << 16)
                    + ((data[i4 + 3] & 0xff) << 24));
        }
        int tail = length & ~3;
        int rest = length % 4;
        return finish(h, rest, rest > 2 ? data[tail + 2] & 0xff : 0, rest > 1 ? data[tail + 1] & 0xff : 0,
                rest > 0 ? data[tail] & 0xff : 0);
    }

    /** Mixes one little-endian 4-byte block into the hash. */
    private static int mix(int h, int block) {
        int k = block * M;
        k ^= k >>> 24;
        k *= M;
        return (h * M) ^ k;
    }

    /** Mixes in the 0 to 3 tail bytes together, as Kafka does, then avalanches. */
    private static int finish(int h, int rest, int third, int second, int first) {
        if (rest > 0) {
            h ^= (third << 16) ^ (second << 8) ^ first;
            h *= M;
        }
        h ^= h >>> 13;
        h *= M;
        h ^= h >>> 15;
        return h;
    }
}
