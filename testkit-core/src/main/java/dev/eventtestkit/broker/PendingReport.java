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
        List<String> lines = new ArrayList<>();
        for (ConsumerGroup group : groups) {
            if (group.stoppedAt != null || group.neverJoined()) {
                continue; // stopped on purpose and reported then, or only positioned (seek) before it subscribes
            }
            for (Cursor cursor : group.cursors) {
                if (!group.hasInstances()) {
                    long undelivered = cursor.waiting();
                    if (undelivered > 0) {
                        lines.add(group.topic.name + "[" + cursor.partition + "]  " + group.name + "  "
                                + undelivered + " record(s) wait for an instance of the group");
                    }
                    continue;
                }
                for (Delivery delivery : cursor.pending) {
                    describe(delivery, lines);
                }
            }
            for (Delivery duplicate : group.duplicates) {
                describe(duplicate, lines);
            }
        }
        queues.pending(lines);
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
