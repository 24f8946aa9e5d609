package dev.eventtestkit.broker;

import java.time.Duration;
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
