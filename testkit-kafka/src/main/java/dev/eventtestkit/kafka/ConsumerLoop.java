package dev.eventtestkit.kafka;

import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.MessageHandler;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jspecify.annotations.Nullable;

/**
 * One group member's poll loop, on its own thread: deliver, retry, dead-letter, commit, maybe seek back once.
 *
 * <p>The consumer is touched only by this thread; other threads read the volatile status fields.
 */
final class ConsumerLoop implements Runnable {

    private static final Duration POLL = Duration.ofMillis(50);

    private final Consumer<String, byte[]> consumer;
    private final Delivery delivery;
    private final String topic;
    private final String group;
    private final MessageHandler handler;
    private final SplittableRandom random;
    private final Set<Position> duplicated = new HashSet<>();
    private final Set<Position> pendingDuplicates = ConcurrentHashMap.newKeySet();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile @Nullable Message inFlight;
    private volatile @Nullable Throwable failure;
    private volatile Set<Integer> assigned = Set.of();
    /** Positions asked for by {@code KafkaBroker.seek...}, by partition; shared by the group's members. */
    private final Map<Integer, Long> seeks;

    ConsumerLoop(Consumer<String, byte[]> consumer, Delivery delivery, String topic, String group,
            MessageHandler handler, long seed) {
        this(consumer, delivery, topic, group, handler, seed, new ConcurrentHashMap<>());
    }

    ConsumerLoop(Consumer<String, byte[]> consumer, Delivery delivery, String topic, String group,
            MessageHandler handler, long seed, Map<Integer, Long> seeks) {
        this.seeks = seeks;
        this.consumer = consumer;
        this.delivery = delivery;
        this.topic = topic;
        this.group = group;
        this.handler = handler;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(delivery.names().topic(topic)), new KeepPendingDuplicates());
            while (!isStopping()) {
                ConsumerRecords<String, byte[]> batch = consumer.poll(POLL);
                assigned = consumer.assignment().stream().map(TopicPartition::partition).collect(Collectors.toSet());
                // a partition taken away by a rebalance takes its pending duplicates with it
                pendingDuplicates.removeIf(position -> !assigned.contains(position.partition()));
                Set<Integer> moved = applySeeks();
                for (TopicPartition partition : batch.partitions()) {
                    if (!moved.contains(partition.partition())) {
                        deliverInOrder(partition, batch.records(partition));
                    }
                }
            }
        } catch (WakeupException e) {
            // close() woke the consumer up: leave the group below
        } catch (Throwable e) {
            failure = e;
        } finally {
            inFlight = null;
            assigned = Set.of();
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    private void deliverInOrder(TopicPartition partition, List<ConsumerRecord<String, byte[]>> batch) {
        for (ConsumerRecord<String, byte[]> record : batch) {
            if (isStopping()) {
                return;
            }
            if (seeks.containsKey(partition.partition())) {
                applySeeks(); // the rest of this batch is from before the seek: fetched again from the new position
                return;
            }
            Position position = new Position(record.partition(), record.offset());
            boolean duplicate = duplicated.contains(position);
            pendingDuplicates.remove(position);
            deliver(record, duplicate ? 2 : 1);
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
            inFlight = null;
            if (!duplicate && delivery.duplicateRate() > 0 && random.nextDouble() < delivery.duplicateRate()) {
                // Deliver this record once more, as after a lost ack; the rest of the batch is fetched again.
                duplicated.add(position);
                pendingDuplicates.add(position);
                consumer.seek(partition, record.offset());
                return;
            }
        }
    }

    /**
     * Moves this member to the positions asked for on its partitions and commits them, so that the group's lag
     * (what {@code awaitIdle} waits for) counts the records to deliver again; what this member was to duplicate
     * there is forgotten, as a fresh delivery from the new position.
     *
     * @return the partitions moved
     */
    private Set<Integer> applySeeks() {
        if (seeks.isEmpty()) {
            return Set.of();
        }
        Set<Integer> moved = new HashSet<>();
        Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
        for (TopicPartition partition : consumer.assignment()) {
            Long offset = seeks.get(partition.partition());
            if (offset != null) {
                consumer.seek(partition, offset);
                commits.put(partition, new OffsetAndMetadata(offset));
                moved.add(partition.partition());
                duplicated.removeIf(position -> position.partition() == partition.partition());
                pendingDuplicates.removeIf(position -> position.partition() == partition.partition());
            }
        }
        if (!commits.isEmpty()) {
            consumer.commitSync(commits);
            for (Map.Entry<TopicPartition, OffsetAndMetadata> commit : commits.entrySet()) {
                seeks.remove(commit.getKey().partition(), commit.getValue().offset());
            }
        }
        return moved;
    }

    private void deliver(ConsumerRecord<String, byte[]> record, int firstAttempt) {
        Message message;
        try {
            message = delivery.records().decode(record, firstAttempt);
        } catch (RuntimeException undecodable) {
            delivery.deadLetter(record, topic, group, 0, undecodable);
            return;
        }
        for (int call = 1; ; call++) {
            Message attempt = message.withAttempt(firstAttempt + call - 1);
            inFlight = attempt;
            try {
                handler.handle(attempt);
                return;
            } catch (Exception e) {
                if (call >= delivery.retries().maxAttempts()) {
                    delivery.deadLetter(record, topic, group, call, e);
                    return;
                }
                if (awaitStop(delivery.retries().backoffAfter(call))) {
                    throw new WakeupException();
                }
            }
        }
    }

    private boolean awaitStop(Duration backoff) {
        try {
            return stopped.await(backoff.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private boolean isStopping() {
        return stopped.getCount() == 0 || Thread.currentThread().isInterrupted();
    }

    /** Asks the loop to stop; callable from any thread. */
    void stop() {
        stopped.countDown();
        consumer.wakeup();
    }

    @Nullable Message inFlight() {
        return inFlight;
    }

    int pendingDuplicates() {
        return pendingDuplicates.size();
    }

    private record Position(int partition, long offset) {}

    /**
     * A rebalance that hands a partition back to this member (a session lost on a busy machine, a member joining)
     * resets its position to the committed offset, which is already past a record waiting for its duplicate: put
     * the position back on that record, or the duplicate would never come and the broker would never be idle.
     */
    private final class KeepPendingDuplicates implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // pending duplicates of partitions that do not come back are dropped after the poll
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            for (TopicPartition partition : partitions) {
                pendingDuplicates.stream()
                        .filter(position -> position.partition() == partition.partition())
                        .mapToLong(Position::offset)
                        .min()
                        .ifPresent(offset -> consumer.seek(partition, offset));
            }
        }
    }

    @Nullable Throwable failure() {
        return failure;
    }

    Set<Integer> assignedPartitions() {
        return assigned;
    }
}
