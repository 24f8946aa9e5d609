package dev.eventtestkit.kafka;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.GroupProtocol;
import org.awaitility.Awaitility;

/**
 * The figures in docs/kafka.md, measured by hand (not a test: speed is not asserted in unit tests).
 *
 * <pre>{@code
 * mvn -B -q -pl testkit-kafka -am test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
 * cd testkit-kafka
 * java -cp "$(cat target/test-classpath.txt):target/classes:target/test-classes" dev.eventtestkit.kafka.KafkaTimings
 * }</pre>
 */
final class KafkaTimings {

    private static final int MESSAGES = 1_000;

    private KafkaTimings() {}

    public static void main(String[] args) {
        for (int run = 1; run <= 3; run++) {
            try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
                System.out.printf("embedded Kafka start, run %d: %d ms%n", run, kafka.startupTime().toMillis());
            }
        }
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            for (int run = 1; run <= 3; run++) {
                for (GroupProtocol protocol : GroupProtocol.values()) {
                    System.out.printf("%s, run %d: first join + 1 record %d ms, second member join %d ms, "
                                    + "%d messages %d ms%n",
                            protocol, run, firstRecord(kafka, protocol), secondMember(kafka, protocol), MESSAGES,
                            thousandMessages(kafka, protocol));
                }
            }
        }
    }

    private static long firstRecord(EmbeddedKafka kafka, GroupProtocol protocol) {
        try (KafkaBroker broker = broker(kafka, protocol)) {
            broker.createTopic("orders", 1);
            long start = System.nanoTime();
            broker.subscribe("orders", "billing", message -> {});
            broker.publish("orders", "o-1", new OrderCreated("o-1", 1));
            broker.runUntilIdle();
            return millisSince(start);
        }
    }

    private static long secondMember(EmbeddedKafka kafka, GroupProtocol protocol) {
        try (KafkaBroker broker = broker(kafka, protocol)) {
            broker.createTopic("orders", 2);
            KafkaSubscription one = broker.subscribe("orders", "billing", message -> {});
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> one.assignedPartitions().size() == 2);
            long start = System.nanoTime();
            KafkaSubscription two = broker.subscribe("orders", "billing", message -> {});
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5))
                    .until(() -> one.assignedPartitions().size() == 1 && two.assignedPartitions().size() == 1);
            return millisSince(start);
        }
    }

    /** Publish 1,000 keyed events to 3 partitions one by one (acks=all), then consume them all in one group. */
    private static long thousandMessages(EmbeddedKafka kafka, GroupProtocol protocol) {
        try (KafkaBroker broker = broker(kafka, protocol)) {
            broker.createTopic("orders", 3);
            AtomicInteger received = new AtomicInteger();
            long start = System.nanoTime();
            broker.subscribe("orders", "billing", message -> received.incrementAndGet());
            for (int i = 0; i < MESSAGES; i++) {
                broker.publish("orders", "o-" + i, new OrderCreated("o-" + i, i));
            }
            broker.runUntilIdle();
            if (received.get() != MESSAGES) {
                throw new IllegalStateException("received " + received.get() + " of " + MESSAGES);
            }
            return millisSince(start);
        }
    }

    private static KafkaBroker broker(EmbeddedKafka kafka, GroupProtocol protocol) {
        return KafkaBroker.builder().bootstrapServers(kafka.bootstrapServers()).groupProtocol(protocol).build();
    }

    private static long millisSince(long start) {
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }
}
