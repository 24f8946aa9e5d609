package dev.eventtestkit.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.broker.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The replay rules of {@link Broker#seek}, {@link Broker#seekToBeginning} and {@link Broker#seekToTime}, run by
 * every broker: {@link FakeBrokerReplayTest} and {@link KafkaBrokerReplayTest}.
 */
abstract class BrokerReplayContract {

    private Broker broker;
    private final Queue<Message> received = new ConcurrentLinkedQueue<>();
    private final List<Message> published = new ArrayList<>();

    /** @return a fresh broker */
    abstract Broker createBroker();

    abstract void createTopic(Broker broker, String topic, int partitions);

    /** Lets time pass between two publishes where the broker's clock can be moved; nothing on a real one. */
    abstract void passTime(Broker broker);

    @BeforeEach
    void publishSixOrdersOnTwoPartitions() {
        broker = createBroker();
        createTopic(broker, "orders", 2);
        for (int i = 1; i <= 6; i++) {
            published.add(broker.publish("orders", "o-" + i, new OrderCreated("o-" + i, i * 10L)));
            passTime(broker);
        }
    }

    @AfterEach
    void close() throws Exception {
        if (broker instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @Test
    void seekReplaysAPartitionFromAnOffset() {
        broker.subscribe("orders", "totals", received::add);
        broker.runUntilIdle();
        assertThat(offsetsByPartition(received)).isEqualTo(offsetsByPartition(published));
        received.clear();
        int partition = published.get(0).partition();

        broker.seek("orders", "totals", partition, 1);
        broker.runUntilIdle();

        assertThat(offsetsByPartition(received))
                .isEqualTo(offsetsByPartition(published.stream()
                        .filter(message -> message.partition() == partition && message.offset() >= 1).toList()));
        assertThat(received).allSatisfy(message -> assertThat(message.attempt()).isEqualTo(1));
    }

    @Test
    void seekToBeginningReplaysEveryPartition() {
        broker.subscribe("orders", "totals", received::add);
        broker.runUntilIdle();
        received.clear();

        broker.seekToBeginning("orders", "totals");
        broker.runUntilIdle();

        assertThat(offsetsByPartition(received)).isEqualTo(offsetsByPartition(published));
        assertThat(payloads(received)).containsExactlyInAnyOrderElementsOf(payloads(published));
    }

    @Test
    void seekToTimeStartsEachPartitionAtItsFirstRecordStampedThenOrLater() {
        broker.subscribe("orders", "totals", received::add);
        broker.runUntilIdle();
        received.clear();
        Instant fourth = published.get(3).timestamp();

        broker.seekToTime("orders", "totals", fourth);
        broker.runUntilIdle();

        assertThat(offsetsByPartition(received)).isEqualTo(offsetsByPartition(published.stream()
                .filter(message -> !message.timestamp().isBefore(fourth)).toList()));
    }

    @Test
    void seekToTimeAfterTheLastRecordDeliversNothingAgain() {
        broker.subscribe("orders", "totals", received::add);
        broker.runUntilIdle();
        received.clear();

        broker.seekToTime("orders", "totals", published.get(5).timestamp().plusSeconds(3600));
        broker.runUntilIdle();

        assertThat(received).isEmpty();
    }

    @Test
    void aGroupMovedBeforeItSubscribesStartsWhereItWasMoved() {
        int partition = published.get(0).partition();
        int other = 1 - partition;
        long otherEnd = published.stream().filter(message -> message.partition() == other).count();

        broker.seek("orders", "late", partition, 1);
        broker.seek("orders", "late", other, otherEnd);
        broker.awaitIdle(Duration.ofSeconds(30));           // a group only positioned, not subscribed, waits for nothing
        broker.subscribe("orders", "late", received::add);
        broker.runUntilIdle();

        assertThat(offsetsByPartition(received)).isEqualTo(offsetsByPartition(published.stream()
                .filter(message -> message.partition() == partition && message.offset() >= 1).toList()));
    }

    @Test
    void badSeeksAreOneLineNamingTheCall() {
        long end = published.stream().filter(message -> message.partition() == 0).count();

        assertThatThrownBy(() -> broker.seek("unknown", "totals", 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("seek(unknown, totals, 0, 0): topic unknown does not exist");
        assertThatThrownBy(() -> broker.seek("orders", "totals", 2, 0))
                .hasMessage("seek(orders, totals, 2, 0): topic orders has 2 partition(s), 0 to 1");
        assertThatThrownBy(() -> broker.seek("orders", "totals", 0, -1))
                .hasMessage("seek(orders, totals, 0, -1): an offset is 0 or more");
        assertThatThrownBy(() -> broker.seek("orders", "totals", 0, end + 5))
                .hasMessage("seek(orders, totals, 0, " + (end + 5) + "): orders[0] ends before offset " + (end + 5)
                        + " (its next offset is " + end + "); seek to " + end
                        + " to get only the records published from now on");
        assertThatThrownBy(() -> broker.seekToBeginning("unknown", "totals"))
                .hasMessage("seekToBeginning(unknown, totals): topic unknown does not exist");
    }

    private static Map<Integer, List<Long>> offsetsByPartition(Collection<Message> messages) {
        Map<Integer, List<Long>> offsets = new TreeMap<>();
        for (Message message : messages) {
            offsets.computeIfAbsent(message.partition(), partition -> new ArrayList<>()).add(message.offset());
        }
        return offsets;
    }

    private static List<OrderCreated> payloads(Collection<Message> messages) {
        return messages.stream().map(message -> message.payloadAs(OrderCreated.class)).toList();
    }
}
