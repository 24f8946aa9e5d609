package dev.eventtestkit.broker;

/** Finds record keys that land on a wanted partition, so tests can place records. */
final class Keys {

    private Keys() {}

    static String on(int partition, int partitions, String prefix) {
        for (int i = 0; ; i++) {
            String key = prefix + i;
            if (KafkaPartitioner.partition(key, partitions) == partition) {
                return key;
            }
        }
    }
}
