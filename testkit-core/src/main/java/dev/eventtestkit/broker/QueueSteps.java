package dev.eventtestkit.broker;

import dev.eventtestkit.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * How the fake's queue messages move: into a queue (delay fault, TTL, max length), to a consumer's prefetch
 * window (a dispatch step), through its handler (a deliver step), and out: acked, requeued, retried after a
 * back-off, dead-lettered or dropped. Each dispatch and each handler run is one choice of the {@link Chooser}.
 */
final class QueueSteps {

    private final QueueWorld world;
    private final VirtualClock clock;
    private final TraceLog trace;
    private final Chooser chooser;
    private final Faults faults;
    private final RetryPolicy retryPolicy;
    /** The actions of the last {@link #collect()}: a consumer, and whether it takes a message or runs one. */
    private QueueConsumer[] actionConsumers = new QueueConsumer[8];
    private boolean[] actionDispatches = new boolean[8];
    private int actions;

    QueueSteps(QueueWorld world, VirtualClock clock, TraceLog trace, Chooser chooser, Faults faults,
            RetryPolicy retryPolicy) {
        this.world = world;
        this.clock = clock;
        this.trace = trace;
        this.chooser = chooser;
        this.faults = faults;
        this.retryPolicy = retryPolicy;
    }

    /**
     * Collects what can happen now: every consumer with a dispatched message may run its handler; every queue
     * with a ready message may dispatch it to each active consumer with room in its prefetch window.
     *
     * @return how many actions there are
     */
    int collect() {
        actions = 0;
        List<FakeQueue> queues = world.queueList;
        for (int q = 0; q < queues.size(); q++) {
            expire(queues.get(q));
        }
        for (int q = 0; q < queues.size(); q++) {
            FakeQueue queue = queues.get(q);
            int active = queue.activeConsumers();
            for (int c = 0; c < active; c++) {
                QueueConsumer consumer = queue.consumers.get(c);
                if (!consumer.window.isEmpty()) {
                    add(consumer, false);
                }
            }
            if (queue.readyCount() > 0) {
                for (int c = 0; c < active; c++) {
                    QueueConsumer consumer = queue.consumers.get(c);
                    if (consumer.hasRoom()) {
                        add(consumer, true);
                    }
                }
            }
        }
        return actions;
    }

    private void add(QueueConsumer consumer, boolean dispatch) {
        if (actions == actionConsumers.length) {
            actionConsumers = Arrays.copyOf(actionConsumers, actions * 2);
            actionDispatches = Arrays.copyOf(actionDispatches, actions * 2);
        }
        actionConsumers[actions] = consumer;
        actionDispatches[actions++] = dispatch;
    }

    /** Performs action {@code index} of the last {@link #collect()}, inside the loop's step. */
    void perform(int index) {
        QueueConsumer consumer = actionConsumers[index];
        if (actionDispatches[index]) {
            dispatch(consumer);
        } else {
            handle(consumer);
        }
    }

    QueueConsumer consumer(int action) {
        return actionConsumers[action];
    }

    boolean isDispatch(int action) {
        return actionDispatches[action];
    }

    /** @return the entry action {@code index} moves: the queue's next message, or the consumer's next one */
    QueueEntry entry(int action) {
        QueueConsumer consumer = actionConsumers[action];
        return actionDispatches[action]
                ? java.util.Objects.requireNonNull(consumer.queue.peek())
                : java.util.Objects.requireNonNull(consumer.window.peekFirst()).entry;
    }

    void clearActions() {
        Arrays.fill(actionConsumers, 0, actions, null);
        actions = 0;
    }

    private void dispatch(QueueConsumer consumer) {
        QueueEntry entry = consumer.queue.poll();
        InFlight delivery = new InFlight(world, entry, consumer, ++consumer.lastTag);
        consumer.window.addLast(delivery);
        consumer.unsettled++;
        trace.queue(TraceKind.DISPATCH, delivery.message, consumer.tag, entry.attempt, consumer.dispatchText);
    }

    private void handle(QueueConsumer consumer) {
        InFlight delivery = consumer.window.pollFirst();
        QueueEntry entry = delivery.entry;
        trace.queue(TraceKind.DELIVER, delivery.message, consumer.tag, entry.attempt,
                entry.redelivered ? consumer.deliverText + " (redelivered)" : consumer.deliverText);
        if (consumer.manual) {
            consumer.held.add(delivery);
        }
        try {
            consumer.handler.handle(delivery.message);
        } catch (Exception failure) {
            failed(delivery, failure);
            return;
        } catch (Error error) {
            trace.queue(TraceKind.FAIL, delivery.message, consumer.tag, entry.attempt,
                    "handler failed: " + TraceLog.describe(error) + " (an Error: not retried, the run stops)");
            throw error;
        }
        if (!consumer.manual) {
            markSettled(delivery);
            acked(delivery);
        }
    }

    /** A consumer's ack, nack or reject through its {@link DeliveryContext}. */
    void settle(InFlight delivery, String how) {
        QueueConsumer consumer = delivery.consumer;
        String operation = how + " of delivery tag " + delivery.tag + " from queue '" + consumer.queue.name
                + "' (consumer " + consumer.tag + ")";
        if (!consumer.manual) {
            throw new IllegalStateException(operation + ": this consumer acknowledges automatically when its handler"
                    + " returns; consume with ConsumeOptions.defaults().manualAck() to settle deliveries yourself");
        }
        if (delivery.settled) {
            throw QueueBrokerException.unknownDeliveryTag(operation, delivery.tag);
        }
        markSettled(delivery);
        QueueEntry entry = delivery.entry;
        switch (how) {
            case "ack":
                acked(delivery);
                break;
            case "nack with requeue":
                trace.queue(TraceKind.REQUEUE, delivery.message, consumer.tag, entry.attempt, how);
                requeue(consumer.queue, entry, consumer.tag);
                break;
            default:
                deadLetter(consumer.queue, entry, "rejected", how, consumer.tag);
        }
    }

    private void markSettled(InFlight delivery) {
        delivery.settled = true;
        delivery.consumer.unsettled--;
        if (delivery.consumer.manual) {
            delivery.consumer.held.remove(delivery);
        }
    }

    private void acked(InFlight delivery) {
        QueueConsumer consumer = delivery.consumer;
        QueueEntry entry = delivery.entry;
        if (strikes(FaultKind.CRASH_BEFORE_ACK, faults.crashBeforeAck())) {
            trace.queueFault(FaultKind.CRASH_BEFORE_ACK, delivery.message, consumer.tag, entry.attempt,
                    "handler ran, ack lost, requeued");
            requeue(consumer.queue, entry, consumer.tag);
            return;
        }
        trace.queue(TraceKind.ACK, delivery.message, consumer.tag, entry.attempt, "ack");
        if ((!entry.duplicate || faults.duplicates() < 1) && strikes(FaultKind.DUPLICATE, faults.duplicates())) {
            trace.queueFault(FaultKind.DUPLICATE, delivery.message, consumer.tag, entry.attempt,
                    "acked, delivered again");
            QueueEntry again = entry.copy(entry.exchange, entry.routingKey, entry.headers);
            again.position = entry.position;
            again.attempt = entry.attempt;
            again.duplicate = true;
            requeue(consumer.queue, again, consumer.tag);
        }
    }

    private void failed(InFlight delivery, Exception failure) {
        QueueConsumer consumer = delivery.consumer;
        QueueEntry entry = delivery.entry;
        if (delivery.settled) {
            trace.queue(TraceKind.FAIL, delivery.message, consumer.tag, entry.attempt, "handler failed: "
                    + TraceLog.describe(failure) + " (after it settled the delivery: not retried)");
            return;
        }
        markSettled(delivery);
        entry.failures++;
        trace.queue(TraceKind.FAIL, delivery.message, consumer.tag, entry.attempt,
                "handler failed: " + TraceLog.describe(failure));
        if (entry.failures >= retryPolicy.maxAttempts()) {
            deadLetter(consumer.queue, entry, "rejected", "reject after " + entry.failures
                    + (entry.failures == 1 ? " failure" : " failures"), consumer.tag);
            return;
        }
        Duration backoff = retryPolicy.backoffAfter(entry.failures);
        if (backoff.isZero()) {
            trace.queue(TraceKind.RETRY, delivery.message, consumer.tag, entry.attempt,
                    "nack with requeue: retry at once");
            requeue(consumer.queue, entry, consumer.tag);
            return;
        }
        Instant at = clock.instant().plus(backoff);
        trace.queue(TraceKind.RETRY, delivery.message, consumer.tag, entry.attempt, "retry in "
                + TraceLog.text(backoff) + ", at " + Trace.format(at) + ", from the tail of the queue");
        FakeQueue queue = consumer.queue;
        entry.attempt++;
        entry.redelivered = false;
        wait(queue, entry, backoff, "retry", () -> arrive(queue, entry));
    }

    /** Back into the queue at its original position (or, under the reorder fault, a chosen one), redelivered. */
    private void requeue(FakeQueue queue, QueueEntry entry, String consumer) {
        entry.attempt++;
        entry.redelivered = true;
        if (queue.deleted) {
            return;
        }
        int ready = queue.readyCount();
        if (faults.reorder() && ready > 0) {
            int original = queue.originalIndex(entry);
            int index = chooser.nextDelivery(ready + 1);
            if (index != original) {
                trace.queueFault(FaultKind.REORDER, entry.traced(queue), consumer, entry.attempt,
                        "requeued at place " + index + " of the " + ready + " ready, not its own place " + original);
            }
            queue.requeueAt(entry, index);
            return;
        }
        queue.requeue(entry);
    }

    /** A message reaches a queue: sent, dead-lettered, or back from a retry; the delay fault may hold it first. */
    void enter(FakeQueue queue, QueueEntry entry) {
        long bound = faults.delay().toMillis();
        if (bound > 0) {
            long millis = chooser.delayMillis(bound);
            if (millis > 0) {
                Duration wait = Duration.ofMillis(millis);
                trace.queueFault(FaultKind.DELAY, entry.traced(queue), null, entry.attempt, "reaches the queue in "
                        + TraceLog.text(wait) + ", at " + Trace.format(clock.instant().plus(wait)));
                wait(queue, entry, wait, "delay", () -> arrive(queue, entry));
                return;
            }
        }
        arrive(queue, entry);
    }

    private void wait(FakeQueue queue, QueueEntry entry, Duration wait, String reason, Runnable then) {
        entry.readyAt = clock.instant().plus(wait);
        entry.waitingFor = reason;
        queue.waiting.add(entry);
        clock.scheduler().schedule(() -> {
            queue.waiting.remove(entry);
            entry.readyAt = null;
            entry.waitingFor = null;
            then.run();
        }, wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void arrive(FakeQueue queue, QueueEntry entry) {
        if (queue.deleted) {
            return;
        }
        QueueOptions options = queue.options;
        Duration ttl = queue.ttl;
        if (ttl != null) {
            entry.expiresAt = clock.instant().plus(ttl);
            if (!ttl.isZero()) {
                clock.scheduler().schedule(() -> {}, ttl.toNanos(), TimeUnit.NANOSECONDS);
            }
        }
        int max = queue.maxLength;
        if (max >= 0 && queue.readyCount() >= max) {
            switch (options.overflow()) {
                case DROP_HEAD:
                    while (queue.readyCount() > 0 && queue.readyCount() >= max) {
                        deadLetter(queue, queue.poll(), "maxlen", "dropped from the head: max length " + max, null);
                    }
                    if (max == 0) {
                        deadLetter(queue, entry, "maxlen", "dropped: max length 0", null);
                        return;
                    }
                    break;
                case REJECT_PUBLISH:
                    trace.queue(TraceKind.DROP, entry.traced(queue), null, entry.attempt,
                            "rejected: queue full (max length " + max + ", overflow reject-publish), dropped");
                    return;
                default:
                    deadLetter(queue, entry, "maxlen", "rejected: queue full (max length " + max
                            + ", overflow reject-publish-dlx)", null);
                    return;
            }
        }
        queue.addLast(entry);
    }

    /** Dead-letters the ready messages whose TTL has run out, oldest first, as RabbitMQ expires from the head. */
    void expire(FakeQueue queue) {
        Duration ttl = queue.ttl;
        if (ttl == null || queue.readyCount() == 0) {
            return;
        }
        Instant now = clock.instant();
        boolean zero = ttl.isZero();
        if (zero && hasRoom(queue)) {
            return; // TTL 0: only what no consumer can take at once expires
        }
        for (QueueEntry head = queue.peek(); head != null && head.expiresAt != null && !head.expiresAt.isAfter(now);
                head = queue.peek()) {
            deadLetter(queue, queue.poll(), "expired", "expired (message TTL " + TraceLog.text(ttl) + ")", null);
        }
    }

    private static boolean hasRoom(FakeQueue queue) {
        for (int c = 0; c < queue.activeConsumers(); c++) {
            if (queue.consumers.get(c).hasRoom()) {
                return true;
            }
        }
        return false;
    }

    /** To the queue's dead-letter exchange with RabbitMQ's x-first-death headers, or dropped without one. */
    private void deadLetter(FakeQueue queue, QueueEntry entry, String reason, String what, @Nullable String consumer) {
        Message traced = entry.traced(queue);
        String exchangeName = queue.options.deadLetterExchange().orElse(null);
        if (exchangeName == null) {
            trace.queue(TraceKind.DROP, traced, consumer, entry.attempt, what + ": dropped (no dead-letter exchange)");
            return;
        }
        if (!world.exchangeExists(exchangeName)) {
            trace.queue(TraceKind.DROP, traced, consumer, entry.attempt, what + ": dropped (dead-letter exchange '"
                    + exchangeName + "' does not exist)");
            return;
        }
        String routingKey = queue.options.deadLetterRoutingKey().orElse(entry.routingKey);
        Map<String, String> headers = new LinkedHashMap<>(entry.headers);
        headers.putIfAbsent("x-first-death-reason", reason);
        headers.putIfAbsent("x-first-death-queue", queue.name);
        headers.putIfAbsent("x-first-death-exchange", entry.exchange);
        List<FakeQueue> targets = new ArrayList<>();
        world.route(world.exchange(exchangeName), routingKey, headers, targets);
        trace.queue(TraceKind.DEAD_LETTER, traced, consumer, entry.attempt, what + ": dead-lettered (" + reason
                + ") to exchange '" + exchangeName + "' with key '" + routingKey + "' -> "
                + (targets.isEmpty() ? "no queue, dropped" : QueueWorld.names(targets)));
        Map<String, String> kept = Map.copyOf(headers);
        for (FakeQueue target : targets) {
            enter(target, entry.copy(exchangeName, routingKey, kept));
        }
    }

    /** basic.get with auto-ack: the head, delivered and acked at once, outside any step. */
    Message get(FakeQueue queue) {
        QueueEntry entry = queue.poll();
        Message message = entry.sent.delivered(entry.attempt, entry.headers,
                new QueueDelivery(entry.exchange, entry.routingKey, queue.name, entry.redelivered, null));
        trace.queue(TraceKind.DELIVER, message, null, entry.attempt, "get (basic.get, acked at once)");
        return message;
    }

    /** Cancels a consumer: its window and what its handler holds go back to the queue, redelivered. */
    void cancel(QueueConsumer consumer) {
        consumer.cancelled = true;
        FakeQueue queue = consumer.queue;
        queue.consumers.remove(consumer);
        List<InFlight> unsettled = new ArrayList<>(consumer.held);
        unsettled.addAll(consumer.window);
        consumer.window.clear();
        consumer.held.clear();
        for (InFlight delivery : unsettled) {
            delivery.settled = true;
            trace.queue(TraceKind.REQUEUE, delivery.message, consumer.tag, delivery.entry.attempt,
                    "consumer cancelled, unacked: requeued");
            requeue(queue, delivery.entry, consumer.tag);
        }
        consumer.unsettled = 0;
    }

    /** The queue was deleted: its consumer's deliveries vanish with it. */
    void drop(QueueConsumer consumer) {
        consumer.cancelled = true;
        for (InFlight delivery : consumer.window) {
            delivery.settled = true;
        }
        for (InFlight delivery : consumer.held) {
            delivery.settled = true;
        }
        consumer.window.clear();
        consumer.held.clear();
        consumer.unsettled = 0;
    }

    /**
     * Lines for {@code awaitIdle}'s failure: the queue messages that wait on the virtual clock (a retry back-off,
     * a delay) and those that will expire to a dead-letter exchange from a queue nobody consumes (a retry queue).
     */
    void pending(List<String> lines) {
        for (FakeQueue queue : world.queueList) {
            for (QueueEntry entry : queue.waiting) {
                lines.add(entry.traced(queue).position() + "  attempt " + entry.attempt + "  " + entry.waitingFor
                        + " at " + Trace.format(entry.readyAt));
            }
            if (queue.consumers.isEmpty() && queue.options.deadLetterExchange().isPresent()) {
                for (QueueEntry entry : queue.readyEntries()) {
                    if (entry.expiresAt != null) {
                        lines.add(entry.traced(queue).position() + "  attempt " + entry.attempt
                                + "  expires (message TTL) at " + Trace.format(entry.expiresAt));
                    }
                }
            }
        }
    }

    private boolean strikes(FaultKind kind, double rate) {
        if (rate <= 0) {
            return false;
        }
        return rate >= 1 || chooser.fault(kind, rate);
    }
}
