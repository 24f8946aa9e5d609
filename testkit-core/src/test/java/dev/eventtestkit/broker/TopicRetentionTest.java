package dev.eventtestkit.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retention by time and size, compaction with tombstones, and where a late group starts. */
class TopicRetentionTest {

    record PriceChanged(String sku, long cents) {}

    private final FakeBroker broker = FakeBroker.create();
    private final List<Message> received = new ArrayList<>();

    @Test
    void recordsOlderThanTheRetentionAreDeletedAsTimePasses() {
        broker.createTopic("clicks", TopicOptions.partitions(1).retention(Duration.ofHours(1)));
        broker.publish("clicks", "a", new PriceChanged("a", 1));
        broker.clock().advance(Duration.ofMinutes(40));
        broker.publish("clicks", "b", new PriceChanged("b", 2));

        broker.clock().advance(Duration.ofMinutes(30));   // the first record is 70 minutes old

        assertThat(broker.messages("clicks")).extracting(Message::offset).containsExactly(1L);
        broker.subscribe("clicks", "late", received::add);
        broker.runUntilIdle();
        assertThat(received).extracting(Message::key).containsExactly("b");
    }

    @Test
    void aGroupBehindTheRetentionLosesWhatExpiredAndGoesOnFromTheFirstRecordLeft() {
        broker.createTopic("clicks", TopicOptions.partitions(1).retention(Duration.ofHours(1)));
        Subscription paused = broker.subscribe("clicks", "slow", received::add);
        paused.close();                                   // the group exists, with no instance: records wait
        broker.publish("clicks", "a", new PriceChanged("a", 1));
        broker.clock().advance(Duration.ofMinutes(50));
        broker.publish("clicks", "b", new PriceChanged("b", 2));
        broker.clock().advance(Duration.ofMinutes(20));

        broker.subscribe("clicks", "slow", received::add);
        broker.runUntilIdle();

        assertThat(received).extracting(Message::key, Message::offset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("b", 1L));
        assertThat(broker.trace().render()).contains(
                "2026-01-01T01:10:00.000Z  -     clicks[0]@0  -      -        deleted: older than the retention of 3600s");
    }

    @Test
    void aPartitionOverItsSizeDropsItsOldestRecordsButKeepsItsNewest() {
        broker.createTopic("clicks", TopicOptions.partitions(1).retentionBytes(60));
        for (int i = 0; i < 5; i++) {
            broker.publish("clicks", "k" + i, new PriceChanged("sku-" + i, i)); // 2 + 26 bytes each
        }

        assertThat(broker.messages("clicks")).extracting(Message::offset).containsExactly(3L, 4L);
        assertThat(broker.trace().render()).contains("deleted: clicks[0] over its retention of 60 bytes");

        FakeBroker tiny = FakeBroker.create().createTopic("big", TopicOptions.partitions(1).retentionBytes(1));
        tiny.publish("big", "k", new PriceChanged("sku", 1));
        tiny.publish("big", "k", new PriceChanged("sku", 2));
        assertThat(tiny.messages("big")).extracting(Message::offset).containsExactly(1L);
    }

    @Test
    void compactionKeepsTheLastRecordOfEachKeyAndOffsetsStay() {
        broker.createTopic("prices", TopicOptions.partitions(1).compacted());
        broker.publish("prices", "apple", new PriceChanged("apple", 100));
        broker.publish("prices", "pear", new PriceChanged("pear", 80));
        broker.publish("prices", "apple", new PriceChanged("apple", 120));

        assertThat(broker.compact("prices")).isEqualTo(1);

        assertThat(broker.messages("prices")).extracting(Message::key, Message::offset).containsExactly(
                org.assertj.core.groups.Tuple.tuple("pear", 1L), org.assertj.core.groups.Tuple.tuple("apple", 2L));
        broker.subscribe("prices", "cache", received::add);
        broker.runUntilIdle();
        assertThat(received).extracting(message -> message.payloadAs(PriceChanged.class))
                .containsExactly(new PriceChanged("pear", 80), new PriceChanged("apple", 120));
    }

    @Test
    void aTombstoneDeletesItsKeyAndGoesItselfAfterTheDeleteRetention() {
        broker.createTopic("prices", TopicOptions.partitions(1).compacted().deleteRetention(Duration.ofHours(1)));
        broker.publish("prices", "apple", new PriceChanged("apple", 100));
        broker.publish("prices", "pear", new PriceChanged("pear", 80));
        Message tombstone = broker.publishTombstone("prices", "apple");

        broker.compact("prices");
        assertThat(broker.messages("prices")).extracting(Message::key, Message::isTombstone).containsExactly(
                org.assertj.core.groups.Tuple.tuple("pear", false), org.assertj.core.groups.Tuple.tuple("apple", true));
        assertThat(tombstone.payload().isNull()).isTrue();

        broker.clock().advance(Duration.ofHours(2));
        broker.compact("prices");
        assertThat(broker.messages("prices")).extracting(Message::key).containsExactly("pear");
        assertThat(broker.trace().render())
                .contains("prices[0]@0  -      -        compacted away: a later record has key apple")
                .contains("prices[0]@2  -      -        compacted away: a tombstone older than the delete retention "
                        + "of 3600s");
    }

    @Test
    void aLateGroupStartsAtTheEarliestRecordOrOnlyAtNewOnes() {
        broker.publish("orders", "o-1", new PriceChanged("a", 1));
        List<Message> latest = new ArrayList<>();

        broker.subscribe("orders", "audit", received::add);
        broker.subscribe("orders", "alerts", OffsetReset.LATEST, latest::add);
        broker.publish("orders", "o-2", new PriceChanged("b", 2));
        broker.runUntilIdle();

        assertThat(received).extracting(Message::key).containsExactly("o-1", "o-2");
        assertThat(latest).extracting(Message::key).containsExactly("o-2");
    }

    @Test
    void anExistingGroupKeepsItsPositionWhateverTheReset() {
        broker.publish("orders", "o-1", new PriceChanged("a", 1));
        broker.subscribe("orders", "audit", received::add).close();
        broker.subscribe("orders", "audit", OffsetReset.LATEST, received::add);
        broker.runUntilIdle();

        assertThat(received).extracting(Message::key).containsExactly("o-1");
    }

    @Test
    void badTopicOptionsAndMisusesAreOneLine() {
        broker.createTopic("prices", TopicOptions.partitions(1).compacted());
        broker.createTopic("orders", 1);

        assertThatThrownBy(() -> broker.publish("prices", null, new PriceChanged("a", 1)))
                .hasMessage("publish to prices refused: the topic is compacted, so a record needs a key (Kafka "
                        + "refuses keyless records on compacted topics)");
        assertThatThrownBy(() -> broker.compact("orders"))
                .hasMessage("compact(orders): topic orders is not compacted; create it with "
                        + "TopicOptions.partitions(n).compacted()");
        assertThatThrownBy(() -> broker.compact("nothing")).hasMessage("compact(nothing): topic nothing does not exist");
        assertThatThrownBy(() -> broker.createTopic("prices", TopicOptions.partitions(1)))
                .hasMessage("topic prices already exists with TopicOptions[partitions=1, compacted, "
                        + "deleteRetention=PT24H], cannot create it with TopicOptions[partitions=1]");
        assertThatThrownBy(() -> TopicOptions.partitions(0))
                .hasMessage("TopicOptions.partitions(0): a topic has 1 or more partitions");
        assertThatThrownBy(() -> TopicOptions.partitions(1).retention(Duration.ZERO))
                .hasMessage("TopicOptions.retention(PT0S): a retention is positive");
        assertThatThrownBy(() -> TopicOptions.partitions(1).retentionBytes(0))
                .hasMessage("TopicOptions.retentionBytes(0): a size is 1 byte or more");
        assertThatThrownBy(() -> TopicOptions.partitions(1).deleteRetention(Duration.ofSeconds(-1)))
                .hasMessage("TopicOptions.deleteRetention(PT-1S): a duration is zero or more");
    }
}
