package dev.eventtestkit.kafka;

import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.Subscription;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One member of a real consumer group, polling on a thread of its own; its handler runs on that thread.
 *
 * <p>Closing it leaves the group, so the remaining members take over its partitions.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class KafkaSubscription implements Subscription {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final String topic;
    private final String group;
    private final ConsumerLoop loop;
    private final Thread thread;
    private final Consumer<KafkaSubscription> onClose;

    KafkaSubscription(String topic, String group, ConsumerLoop loop, String threadName,
            Consumer<KafkaSubscription> onClose) {
        this.topic = topic;
        this.group = group;
        this.loop = loop;
        this.onClose = onClose;
        this.thread = new Thread(loop, threadName);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** @return the topic, as the test names it */
    @Override
    public String topic() {
        return topic;
    }

    /** @return the consumer group, as the test names it */
    @Override
    public String group() {
        return group;
    }

    /**
     * The partitions the group currently gives this member; empty until it has joined.
     *
     * @return partition numbers, as of this member's last poll
     */
    public Set<Integer> assignedPartitions() {
        return loop.assignedPartitions();
    }

    /** Stops polling and leaves the group; waits up to 10 seconds for a running handler to return. */
    @Override
    public void close() {
        loop.stop();
        if (Thread.currentThread() == thread) {
            onClose.accept(this); // a handler closing its own subscription: the loop ends when it returns
            return;
        }
        try {
            thread.join(STOP_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        onClose.accept(this);
    }

    /** @return what keeps this member busy, or null when it is idle */
    @Nullable String pending() {
        Throwable failure = loop.failure();
        if (failure != null) {
            return "consumer stopped by " + failure;
        }
        Message inFlight = loop.inFlight();
        if (inFlight != null) {
            return "handler running on " + inFlight.position() + " attempt " + inFlight.attempt();
        }
        int duplicates = loop.pendingDuplicates();
        return duplicates == 0 ? null : duplicates + " duplicate(s) not yet redelivered";
    }
}
