package dev.eventtestkit.broker;

import org.apiguardian.api.API;

/**
 * One consumer instance's subscription; closing it removes the instance from its group. For a queue consumer
 * ({@link QueueBroker#consume}) the topic is the queue and the group the consumer tag, and closing it cancels the
 * consumer, its unacked deliveries going back to the queue.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Subscription extends AutoCloseable {

    /** @return the topic subscribed to */
    String topic();

    /** @return the consumer group */
    String group();

    /** Leaves the group; its partitions are reassigned to the remaining instances. */
    @Override
    void close();
}
