package dev.eventtestkit.broker;

import dev.eventtestkit.time.ReentrantStepException;
import dev.eventtestkit.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The stepping machinery: collects the ready deliveries, lets the {@link Chooser} pick one, runs its
 * handler, and settles the outcome (ack, crash-before-ack, duplicate, retry, dead letter).
 */
final class DeliveryLoop {

    private final List<ConsumerGroup> groups;
    private final QueueSteps queues;
    private final VirtualClock clock;
    private final Chooser chooser;
    private final Faults faults;
    private final RetryPolicy retryPolicy;
    private final TraceLog trace;
    private final int maxSteps;
    private final List<Delivery> ready = new ArrayList<>();
    private final View view = new View();
    private int queued;
    private int chains;
    private int steps;
    private boolean running;
    private @Nullable ReentrantStepException reentered;

    DeliveryLoop(
            List<ConsumerGroup> groups,
            QueueSteps queues,
            VirtualClock clock,
            Chooser chooser,
            Faults faults,
            RetryPolicy retryPolicy,
            TraceLog trace,
            int maxSteps) {
        this.groups = groups;
        this.queues = queues;
        this.clock = clock;
        this.chooser = chooser;
        this.faults = faults;
        this.retryPolicy = retryPolicy;
        this.trace = trace;
        this.maxSteps = maxSteps;
    }

    boolean isRunning() {
        return running;
    }

    /**
     * Delivers until nothing is ready. The runaway guard counts only what handlers cause: deliveries of records
     * a handler published, and redeliveries of one record; the first deliveries of records published from
     * outside (the test, a timer, an application thread) are free, so any outside load drains.
     */
    void runUntilIdle() {
        if (running) {
            reentered = new ReentrantStepException("runUntilIdle was called during a delivery: a handler cannot step"
                    + " the broker or advance the clock; schedule a timer on clock.scheduler() instead (a bug in the"
                    + " test: not retried, the run stops)");
            throw reentered;
        }
        running = true;
        try {
            int caused = 0;
            while ((queued = queues.collect()) > 0 | collectReady()) {
                int total = ready.size() + queued;
                int pick = chooser.nextDelivery(view);
                Delivery next = pick < ready.size() ? ready.get(pick) : null;
                // queue actions count as caused: a queue consumer may send on every message
                if ((next == null || next.record.caused()) && ++caused > maxSteps
                        || next != null && next.attempt > maxSteps) {
                    throw new IllegalStateException(RunawayMessage.render(maxSteps,
                            next != null && next.attempt > maxSteps, total, clock, trace));
                }
                if (next != null) {
                    deliver(next);
                } else {
                    deliverQueued(pick - ready.size());
                }
            }
        } finally {
            running = false;
            reentered = null;
            chooser.idle();
            ready.clear();
            queued = 0;
            queues.clearActions();
        }
    }

    /** A queue action (a dispatch or a handler run, see {@link QueueSteps}) as one step. */
    private void deliverQueued(int action) {
        trace.enterStep(++steps);
        try {
            queues.perform(action);
        } finally {
            trace.leaveStep();
        }
    }

    private boolean collectReady() {
        ready.clear();
        // Indexed loops: this runs before every delivery, and iterators would be garbage each time.
        for (int g = 0; g < groups.size(); g++) {
            ConsumerGroup group = groups.get(g);
            if (!group.hasInstances()) {
                continue;
            }
            for (Cursor cursor : group.cursors) {
                collectReady(cursor);
            }
            for (int d = 0; d < group.duplicates.size(); d++) {
                Delivery duplicate = group.duplicates.get(d);
                if (duplicate.isReady()) {
                    ready.add(duplicate);
                }
            }
        }
        if (ready.size() > 1) {
            ready.sort(Delivery::compare);
        }
        return !ready.isEmpty();
    }

    private void collectReady(Cursor cursor) {
        if (faults.reorder()) {
            for (StoredRecord record = cursor.nextUndelivered(); record != null; record = cursor.nextUndelivered()) {
                open(cursor, record);
            }
            for (Delivery delivery : cursor.pending) {
                if (delivery.isReady()) {
                    ready.add(delivery);
                }
            }
            return;
        }
        Delivery head = cursor.pending.peekFirst();
        if (head == null) {
            StoredRecord record = cursor.nextUndelivered();
            if (record == null) {
                return;
            }
            head = open(cursor, record);
        }
        if (head.isReady()) {
            ready.add(head);
        }
    }

    /** Starts a record's way to a group; under the delay fault it first waits a drawn virtual delay. */
    private Delivery open(Cursor cursor, StoredRecord record) {
        Delivery delivery = cursor.open(record);
        long bound = faults.delay().toMillis();
        if (bound > 0) {
            long millis = chooser.delayMillis(bound);
            if (millis > 0) {
                Duration wait = Duration.ofMillis(millis);
                Instant until = dueAfter(wait);
                trace.fault(FaultKind.DELAY, delivery,
                        "ready in " + TraceLog.text(wait) + ", at " + Trace.format(until));
                waitThenRelease(delivery, wait, "delay");
            }
        }
        return delivery;
    }

    private void deliver(Delivery delivery) {
        trace.enterStep(++steps);
        try {
            Cursor cursor = delivery.cursor;
            Instance owner = cursor.group.owner(cursor.partition);
            Delivery head = cursor.pending.peekFirst();
            if (!delivery.duplicate && head != delivery && head != null) {
                trace.fault(FaultKind.REORDER, delivery, "ahead of offset " + head.record.message().offset());
            }
            trace.record(TraceKind.DELIVER, delivery, owner.deliverText);
            Message message = delivery.message();
            try {
                owner.handler.handle(message);
            } catch (Exception failure) {
                stopIfReentered(delivery, failure);
                failed(delivery, message, failure);
                return;
            } catch (Error error) {
                trace.record(TraceKind.FAIL, delivery,
                        "handler failed: " + TraceLog.describe(error) + " (an Error: not retried, the run stops)");
                throw error;
            }
            stopIfReentered(delivery, null);
            acknowledge(delivery);
        } finally {
            trace.leaveStep();
        }
    }

    /** A handler that stepped the world is a test bug: never retried, even when the handler caught it. */
    private void stopIfReentered(Delivery delivery, @Nullable Exception failure) {
        ReentrantStepException misuse = ReentrantStepException.in(failure);
        if (misuse == null) {
            misuse = reentered;
        }
        if (misuse != null) {
            trace.record(TraceKind.FAIL, delivery, "handler failed: " + TraceLog.describe(misuse)
                    + " (a bug in the test: not retried, the run stops)");
            throw misuse;
        }
    }

    private void acknowledge(Delivery delivery) {
        if (strikes(FaultKind.CRASH_BEFORE_ACK, faults.crashBeforeAck())) {
            trace.fault(FaultKind.CRASH_BEFORE_ACK, delivery, "handler ran, ack lost, delivered again");
            delivery.attempt++;
            return;
        }
        trace.record(TraceKind.ACK, delivery, "ack");
        settle(delivery);
        if (duplicatesAgain(delivery) && strikes(FaultKind.DUPLICATE, faults.duplicates())) {
            trace.fault(FaultKind.DUPLICATE, delivery, "acked, delivered again");
            delivery.cursor.group.duplicates.add(
                    new Delivery(delivery.cursor, delivery.record, delivery.attempt + 1, true));
        }
    }

    private void failed(Delivery delivery, Message message, Exception failure) {
        delivery.failures++;
        RetryAfter asked = failure instanceof RetryAfter retry ? retry : null;
        trace.record(TraceKind.FAIL, delivery,
                "handler failed: " + TraceLog.describe(asked == null ? failure : asked.getCause()));
        ConsumerGroup group = delivery.cursor.group;
        boolean exhausted = asked == null && delivery.failures >= retryPolicy.maxAttempts();
        if (exhausted && group.onStop != null) {
            stop(delivery, message, failure);
            return;
        }
        if (exhausted) {
            trace.record(TraceKind.DEAD_LETTER, delivery, "dead letter after " + delivery.failures
                    + (delivery.failures == 1 ? " failure" : " failures"));
            settle(delivery);
            group.deadLetters.add(new DeadLetter(message, failure, delivery.failures));
            return;
        }
        Duration backoff = asked == null ? retryPolicy.backoffAfter(delivery.failures) : asked.delay();
        if (backoff.isZero()) {
            trace.record(TraceKind.RETRY, delivery, "retry at once");
        } else {
            trace.record(TraceKind.RETRY, delivery,
                    "retry in " + TraceLog.text(backoff) + ", at " + Trace.format(dueAfter(backoff)));
            waitThenRelease(delivery, backoff, "retry");
        }
        delivery.attempt++;
    }

    /** The record stays unacked and the group receives nothing more; its owner hears of it (and may throw). */
    private void stop(Delivery delivery, Message message, Exception failure) {
        ConsumerGroup group = delivery.cursor.group;
        DeadLetter at = new DeadLetter(message, failure, delivery.failures);
        group.stoppedAt = at;
        trace.record(TraceKind.STOP, delivery, "stop after " + delivery.failures
                + (delivery.failures == 1 ? " failure" : " failures") + ", nothing more delivered to the group");
        Objects.requireNonNull(group.onStop).accept(at);
    }

    private void settle(Delivery delivery) {
        if (delivery.duplicate) {
            delivery.cursor.group.duplicates.remove(delivery);
        } else {
            delivery.cursor.close(delivery);
        }
    }

    /** A wait too long for the clock to represent waits for ever: the record stays pending, never lost. */
    private void waitThenRelease(Delivery delivery, Duration wait, String reason) {
        delivery.waitUntil(dueAfter(wait), reason);
        try {
            clock.scheduler().schedule(delivery::release, wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ArithmeticException moreThan292Years) {
            clock.scheduler().schedule(delivery::release, wait.getSeconds(), TimeUnit.SECONDS);
        }
    }

    private Instant dueAfter(Duration wait) {
        try {
            return clock.instant().plus(wait);
        } catch (ArithmeticException | java.time.DateTimeException tooFar) {
            return Instant.MAX;
        }
    }

    /** At rate 1 a duplicate is not duplicated again (every record twice, not forever); below 1 it may be. */
    private boolean duplicatesAgain(Delivery delivery) {
        return !delivery.duplicate || faults.duplicates() < 1;
    }

    private int chainOf(Delivery delivery) {
        if (delivery.duplicate) {
            if (delivery.chain < 0) {
                delivery.chain = chains++;
            }
            return delivery.chain;
        }
        Cursor cursor = delivery.cursor;
        if (cursor.chain < 0) {
            cursor.chain = chains++;
        }
        return cursor.chain;
    }

    /** What is ready, for the chooser: the deliveries, then the queue steps. */
    private final class View implements ReadyDeliveries {

        @Override
        public int size() {
            return ready.size() + queued;
        }

        private @Nullable Delivery delivery(int index) {
            Objects.checkIndex(index, size());
            return index < ready.size() ? ready.get(index) : null;
        }

        @Override
        public int chain(int index) {
            Delivery delivery = delivery(index);
            if (delivery != null) {
                return chainOf(delivery);
            }
            int action = index - ready.size();
            QueueConsumer consumer = queues.consumer(action);
            if (queues.isDispatch(action)) {
                if (consumer.dispatchChain < 0) {
                    consumer.dispatchChain = chains++;
                }
                return consumer.dispatchChain;
            }
            if (consumer.chain < 0) {
                consumer.chain = chains++;
            }
            return consumer.chain;
        }

        @Override
        public String group(int index) {
            Delivery delivery = delivery(index);
            return delivery != null ? delivery.cursor.group.name : queues.consumer(index - ready.size()).queue.name;
        }

        @Override
        public String topic(int index) {
            Delivery delivery = delivery(index);
            return delivery != null ? delivery.cursor.group.topic.name : queues.consumer(index - ready.size()).queue.name;
        }

        @Override
        public int partition(int index) {
            Delivery delivery = delivery(index);
            return delivery != null ? delivery.cursor.partition : -1;
        }

        @Override
        public long offset(int index) {
            Delivery delivery = delivery(index);
            return delivery != null ? delivery.record.message().offset() : queues.entry(index - ready.size()).sequence;
        }

        @Override
        public int attempt(int index) {
            Delivery delivery = delivery(index);
            return delivery != null ? delivery.attempt : queues.entry(index - ready.size()).attempt;
        }

        @Override
        public boolean isQueueStep(int index) {
            return delivery(index) == null;
        }

        @Override
        public String toString() {
            return size() + " ready";
        }
    }

    private boolean strikes(FaultKind kind, double rate) {
        if (rate <= 0) {
            return false;
        }
        return rate >= 1 || chooser.fault(kind, rate);
    }
}
