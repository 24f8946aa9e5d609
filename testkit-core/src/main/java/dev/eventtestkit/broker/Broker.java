package dev.eventtestkit.broker;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a test does with a broker, fake or real. {@link FakeBroker} steps deterministically; a real-Kafka
 * implementation can stand in for it unchanged in tests that do not explore schedules.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Broker {

    /**
     * Appends an event to a topic; the key decides the partition (Kafka's murmur2 partitioner). A topic that
     * does not exist yet is created with one partition.
     *
     * @param topic the topic
     * @param key the record key; null spreads records round-robin
     * @param event the event object, serialized with the broker's codec
     * @return the record as stored, with partition and offset
     */
    Message publish(String topic, @Nullable String key, Object event);

    /**
     * Subscribes a handler as one instance of a consumer group. Several instances of one group split the
     * topic's partitions; every group sees every record. A handler that returns acknowledges the record; one
     * that throws has it retried, then dead-lettered.
     *
     * @param topic the topic
     * @param group the consumer group
     * @param handler the consumer under test
     * @return a handle that removes this instance when closed
     */
    Subscription subscribe(String topic, String group, MessageHandler handler);

    /**
     * @param topic the topic
     * @return every record of the topic, in publish order; empty for an unknown topic
     */
    List<Message> messages(String topic);

    /**
     * @param topic the topic
     * @param group the consumer group
     * @return the records the group gave up on after its last retry, in the order they were dead-lettered
     */
    List<Message> deadLetters(String topic, String group);

    /**
     * Moves a consumer group's position on one partition, as {@code KafkaConsumer.seek} and
     * {@code kafka-consumer-groups --reset-offsets} do: the next record the group gets from that partition is
     * the one at {@code offset} (or the first one after it still in the log), whether it was handled already
     * (a replay) or not yet (a skip). Records in flight to the group on that partition are dropped. A group
     * that does not exist yet starts there when it subscribes.
     *
     * <pre>{@code
     * broker.seek("orders", "billing", 0, 0);   // replay partition 0 from its first record
     * broker.runUntilIdle();
     * }</pre>
     *
     * @param topic an existing topic
     * @param group the consumer group
     * @param partition a partition of the topic
     * @param offset 0 up to the partition's next offset (which skips to what is published from now on)
     * @throws IllegalArgumentException one line naming the call, for an unknown topic, a partition it does not
     *     have, a negative offset or one past the end
     */
    void seek(String topic, String group, int partition, long offset);

    /**
     * Moves a group to the first record still in the log of every partition of the topic: the whole topic is
     * delivered to it again.
     *
     * @param topic an existing topic
     * @param group the consumer group
     * @throws IllegalArgumentException when the topic does not exist
     */
    void seekToBeginning(String topic, String group);

    /**
     * Moves a group, on every partition, to the first record whose timestamp is at or after the instant
     * (Kafka's {@code offsetsForTimes}); on a partition without such a record, to its end.
     *
     * <pre>{@code
     * broker.seekToTime("orders", "totals", deployedAt);   // replay what the buggy version handled
     * }</pre>
     *
     * @param topic an existing topic
     * @param group the consumer group
     * @param instant the time to go back (or forward) to
     * @throws IllegalArgumentException when the topic does not exist
     */
    void seekToTime(String topic, String group, Instant instant);

    /** Delivers until nothing is ready at the current instant; handlers may publish more, delivered too. */
    void runUntilIdle();

    /**
     * Waits, in real time, until nothing is in flight: for handlers that run on threads of their own.
     *
     * @param timeout how long to wait at most
     * @throws AssertionError (opentest4j's) naming what is still pending when the timeout passes
     */
    void awaitIdle(Duration timeout);
}
