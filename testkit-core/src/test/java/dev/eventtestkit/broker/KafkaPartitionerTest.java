package dev.eventtestkit.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

class KafkaPartitionerTest {

    @Test
    void hashesExactlyAsKafkaForKeysOfEveryTailLength() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 5_000; i++) {
            byte[] bytes = new byte[random.nextInt(0, 40)];
            for (int b = 0; b < bytes.length; b++) {
                bytes[b] = (byte) random.nextInt(256);
            }
            assertThat(KafkaPartitioner.murmur2(bytes)).as("murmur2 of %d bytes", bytes.length)
                    .isEqualTo(Utils.murmur2(bytes));
        }
    }

    @Test
    void hashesAsciiKeysWithoutEncodingExactlyAsKafka() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 5_000; i++) {
            char[] chars = new char[random.nextInt(0, 40)];
            for (int c = 0; c < chars.length; c++) {
                chars[c] = (char) random.nextInt(0x80);
            }
            String key = new String(chars);
            assertThat(KafkaPartitioner.murmur2Ascii(key)).as("murmur2 of %d ASCII chars", chars.length)
                    .isEqualTo(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void choosesTheSamePartitionAsKafkasProducer() {
        for (int partitions : new int[] {1, 2, 3, 6, 12, 100}) {
            for (int i = 0; i < 2_000; i++) {
                String key = (i % 3 == 0 ? "order-" : i % 3 == 1 ? "ключ-" : "客户-") + i;
                byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
                assertThat(KafkaPartitioner.partition(key, partitions)).as("key %s over %d", key, partitions)
                        .isEqualTo(BuiltInPartitioner.partitionForKey(bytes, partitions));
            }
        }
    }

    @Test
    void knowsKafkasPublishedValues() {
        // Kafka's UtilsTest pins these.
        assertThat(KafkaPartitioner.murmur2("21".getBytes(StandardCharsets.UTF_8))).isEqualTo(-973932308);
        assertThat(KafkaPartitioner.murmur2("foobar".getBytes(StandardCharsets.UTF_8))).isEqualTo(-790332482);
        assertThat(KafkaPartitioner.murmur2(new byte[0])).isEqualTo(275646681);
    }

    @Test
    void rejectsATopicWithoutPartitions() {
        assertThatThrownBy(() -> KafkaPartitioner.partition("k", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a topic has 1 or more partitions, was 0");
    }
}
