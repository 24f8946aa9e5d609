package dev.eventtestkit.broker;

import dev.eventtestkit.time.VirtualClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Lists what keeps a fake broker from being idle after a run: the text of {@code awaitIdle}'s failure. */
final class PendingReport {

    private PendingReport() {}

    /** @return the failure text, or empty when nothing waits */
    static String render(List<ConsumerGroup> groups, QueueSteps queues, VirtualClock clock) {
        List<String> lines = lines(groups, queues, true, true);
        queues.pending(lines);
        return text(lines, clock);
    }

    /** @return what waits on the virtual clock: a retry back-off, a delay, a message TTL; one line each */
    static List<String> waiting(List<ConsumerGroup> groups, QueueSteps queues) {
        List<String> lines = lines(groups, queues, true, false);
        queues.pending(lines);
        return lines;
    }

    /** @return what nothing will ever deliver: records of a group without instances, a consumer that holds its window */
    static List<String> stalled(List<ConsumerGroup> groups, QueueSteps queues) {
        List<String> lines = lines(groups, queues, false, true);
        queues.stalled(lines);
        return lines;
    }

    private static List<String> lines(List<ConsumerGroup> groups, QueueSteps queues, boolean waiting,
            boolean stalled) {
        List<String> lines = new ArrayList<>();
        for (ConsumerGroup group : groups) {
            if (group.stoppedAt != null || group.neverJoined()) {
                continue; // stopped on purpose and reported then, or only positioned (seek) before it subscribes
            }
            for (Cursor cursor : group.cursors) {
                if (!group.hasInstances()) {
                    if (!stalled) {
                        continue;
                    }
                    long undelivered = cursor.waiting();
                    if (undelivered > 0) {
                        lines.add(group.topic.name + "[" + cursor.partition + "]  " + group.name + "  "
                                + undelivered + " record(s) wait for an instance of the group");
                    }
                    continue;
                }
                if (waiting) {
                    for (Delivery delivery : cursor.pending) {
                        describe(delivery, lines);
                    }
                }
            }
            if (waiting) {
                for (Delivery duplicate : group.duplicates) {
                    describe(duplicate, lines);
                }
            }
        }
        return lines;
    }

    private static String text(List<String> lines, VirtualClock clock) {
        if (lines.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("the fake broker is not idle at ")
                .append(Trace.format(clock.instant()))
                .append(": awaitIdle does not move the virtual clock, advance it (clock().advance(...)) to release ")
                .append(lines.size() == 1 ? "this delivery" : "these " + lines.size() + " deliveries")
                .append(":\n");
        for (String line : lines) {
            text.append("  ").append(line).append('\n');
        }
        return text.toString();
    }

    private static void describe(Delivery delivery, List<String> lines) {
        Instant readyAt = delivery.readyAt();
        if (readyAt != null) {
            lines.add(delivery.record.message().position() + "  " + delivery.cursor.group.name + "  attempt "
                    + delivery.attempt + "  " + delivery.waitingFor() + " at " + Trace.format(readyAt));
        }
    }
}
