package dev.eventtestkit.broker;

import org.apiguardian.api.API;

/**
 * Where a consumer group with no position on a topic starts, as Kafka's {@code auto.offset.reset}: a group
 * that subscribes late reads the whole topic, or only what is published from then on.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum OffsetReset {
    /** From the first record still in each partition: the fake's default. */
    EARLIEST,
    /** From the end of each partition: only records published after the group subscribed. */
    LATEST
}
