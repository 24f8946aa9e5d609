package dev.eventtestkit.broker;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** One consumer of a fake queue: its handler, options, prefetch window and delivery tags. */
final class QueueConsumer implements Subscription {

    final FakeQueue queue;
    final String tag;
    final MessageHandler handler;
    final boolean manual;
    final int prefetch;
    /** Dispatched to this consumer, handler not run yet, oldest first. */
    final ArrayDeque<InFlight> window = new ArrayDeque<>();
    /** Manual mode: delivered to the handler and not settled yet. */
    final List<InFlight> held = new ArrayList<>();
    final String deliverText;
    final String dispatchText;
    private final QueueWorld world;
    /** Dispatched and not settled: the window plus what handlers hold. */
    int unsettled;
    long lastTag;
    /** Its chain numbers in {@link ReadyDeliveries} (handler runs, dispatches), given when first asked. */
    int chain = -1;
    int dispatchChain = -1;
    boolean cancelled;

    QueueConsumer(QueueWorld world, FakeQueue queue, String tag, ConsumeOptions options, MessageHandler handler) {
        this.world = world;
        this.queue = queue;
        this.tag = tag;
        this.handler = handler;
        this.manual = options.ackMode() == ConsumeOptions.AckMode.MANUAL;
        this.prefetch = options.prefetch();
        this.deliverText = "deliver to " + tag;
        this.dispatchText = "dispatch to " + tag;
    }

    boolean hasRoom() {
        return prefetch == 0 || unsettled < prefetch;
    }

    /** @return the queue */
    @Override
    public String topic() {
        return queue.name;
    }

    /** @return the consumer tag */
    @Override
    public String group() {
        return tag;
    }

    /** Cancels the consumer: what it had not acked goes back to the queue, redelivered. */
    @Override
    public void close() {
        world.cancel(this);
    }

    @Override
    public String toString() {
        return "consumer " + tag + " on queue " + queue.name;
    }
}
