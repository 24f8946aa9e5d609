package dev.eventtestkit.explore;

import dev.eventtestkit.broker.ReadyDeliveries;
import dev.eventtestkit.time.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every delivery step of one run as partial-order reduction needs it: the round (which {@code runUntilIdle}),
 * the chain and group that ran, the chains that were ready when there was a choice, and whether the step
 * touched the clock's timers. Step {@code k} here is step {@code k + 1} of the broker's trace.
 */
final class StepLog {

    /** One step. */
    static final class Step {
        final int round;
        /** The index of its delivery choice point in the run's choices, or -1 when only one was ready. */
        final int choice;
        final int chain;
        final String group;
        final boolean queue;
        /** The chains ready at a choice point, by index; empty when only one was ready. */
        final int[] ready;
        /** At a choice point, each ready entry's group (queue steps: the queue), queue flag and position. */
        final String[] readyGroups;
        final boolean[] readyQueue;
        final String[] readyPositions;
        final String[] readyTopics;
        final int[] readyPartitions;
        final String topic;
        final int partition;
        final long offset;
        final int timersBefore;
        int timersAfter;

        Step(int round, int choice, int chain, String group, boolean queue, int[] ready, String[] readyGroups,
                boolean[] readyQueue, String[] readyPositions, String[] readyTopics, int[] readyPartitions,
                String topic, int partition, long offset, int timersBefore) {
            this.readyTopics = readyTopics;
            this.readyPartitions = readyPartitions;
            this.readyGroups = readyGroups;
            this.readyQueue = readyQueue;
            this.readyPositions = readyPositions;
            this.round = round;
            this.choice = choice;
            this.chain = chain;
            this.group = group;
            this.queue = queue;
            this.ready = ready;
            this.topic = topic;
            this.partition = partition;
            this.offset = offset;
            this.timersBefore = timersBefore;
            this.timersAfter = timersBefore;
        }

        boolean touchedTimers() {
            return timersAfter != timersBefore;
        }
    }

    private static final int[] NONE = new int[0];

    final List<Step> steps = new ArrayList<>();
    private @Nullable VirtualClock clock;
    private int round;

    void watch(VirtualClock clock) {
        this.clock = clock;
    }

    /** Before the broker runs entry {@code pick} of {@code ready}; {@code choice} as in {@link Step#choice}. */
    void step(ReadyDeliveries ready, int pick, int choice) {
        int timers = timers();
        if (!steps.isEmpty()) {
            Step previous = steps.get(steps.size() - 1);
            if (previous.round == round) {
                previous.timersAfter = timers;
            }
        }
        int size = ready.size() > 1 ? ready.size() : 0;
        int[] chains = size == 0 ? NONE : new int[size];
        String[] groups = new String[size];
        boolean[] queues = new boolean[size];
        String[] positions = new String[size];
        String[] topics = new String[size];
        int[] partitions = new int[size];
        for (int i = 0; i < size; i++) {
            topics[i] = ready.topic(i);
            partitions[i] = ready.partition(i);
            chains[i] = ready.chain(i);
            groups[i] = ready.group(i);
            queues[i] = ready.isQueueStep(i);
            positions[i] = position(queues[i], ready.topic(i), ready.partition(i), ready.offset(i));
        }
        steps.add(new Step(round, choice, ready.chain(pick), ready.group(pick), ready.isQueueStep(pick), chains,
                groups, queues, positions, topics, partitions, ready.topic(pick), ready.partition(pick), ready.offset(pick), timers));
    }

    /** {@code runUntilIdle} returned: the last step's timers are settled, and the next step starts a round. */
    void idle() {
        if (!steps.isEmpty()) {
            Step previous = steps.get(steps.size() - 1);
            if (previous.round == round) {
                previous.timersAfter = timers();
            }
        }
        round++;
    }

    /** A record's position as the trace's publish entries give it; a queue message by its send number. */
    static String position(boolean queue, String topic, int partition, long offset) {
        return queue ? "#" + offset : topic + "[" + partition + "]@" + offset;
    }

    private int timers() {
        return clock == null ? 0 : clock.pendingTimers();
    }
}
