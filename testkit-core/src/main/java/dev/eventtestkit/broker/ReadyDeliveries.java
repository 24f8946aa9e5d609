package dev.eventtestkit.broker;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What can run next at one step of a {@link FakeBroker}: the ready deliveries (oldest record first), then the
 * queue steps (a dispatch of a queue's next message to a consumer, or a consumer's handler run). A
 * {@link Chooser} sees it at every step, so a strategy can pick by consumer, partition or record rather than by
 * position alone. The view is valid only during the call that receives it; the broker reuses it.
 *
 * <p>Each entry belongs to a <em>chain</em>: the deliveries one consumer receives one after the other. A
 * group's deliveries from one partition form one chain, a duplicate its own chain; a queue consumer has two,
 * the dispatches to it and its handler runs. At most one entry of a chain is ready at a time, except under the
 * reorder fault. Chain numbers are stable for the broker's life.
 */
@API(status = EXPERIMENTAL)
public interface ReadyDeliveries {

    /** @return how many entries are ready, 1 or more */
    int size();

    /**
     * @param index from 0 to {@code size() - 1}
     * @return the chain the entry belongs to, a small number unique within the broker
     */
    int chain(int index);

    /**
     * @param index from 0 to {@code size() - 1}
     * @return the consumer group it goes to; for a queue step, the queue (its consumers compete for it)
     */
    String group(int index);

    /**
     * @param index from 0 to {@code size() - 1}
     * @return the topic; for a queue step, the queue
     */
    String topic(int index);

    /**
     * @param index from 0 to {@code size() - 1}
     * @return the partition; -1 for a queue step
     */
    int partition(int index);

    /**
     * @param index from 0 to {@code size() - 1}
     * @return the record's offset; for a queue step, the broker's send number of its message
     */
    long offset(int index);

    /**
     * @param index from 0 to {@code size() - 1}
     * @return the delivery attempt, from 1
     */
    int attempt(int index);

    /**
     * @param index from 0 to {@code size() - 1}
     * @return whether it is a queue step rather than a topic delivery
     */
    boolean isQueueStep(int index);
}
