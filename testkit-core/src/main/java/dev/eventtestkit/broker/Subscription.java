package dev.eventtestkit.broker;

/** One consumer instance's subscription; closing it removes the instance from its group. */
public interface Subscription extends AutoCloseable {

    /** @return the topic subscribed to */
    String topic();

    /** @return the consumer group */
    String group();

    /** Leaves the group; its partitions are reassigned to the remaining instances. */
    @Override
    void close();
}
