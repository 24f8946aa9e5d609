package dev.eventtestkit.broker;

import dev.eventtestkit.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The texts of a broker that does not settle: the step bound, the settle horizon, a stalled group. */
final class RunawayMessage {

    static final int LAST_ENTRIES = 10;

    private RunawayMessage() {}

    static NotSettledException runaway(int maxSteps, boolean oneRecord, int stillReady, VirtualClock clock,
            TraceLog trace) {
        String what = oneRecord
                ? "one record delivered to one group " + maxSteps + " times (is every delivery of it lost to a crash before the ack?)"
                : maxSteps + " deliveries of records that handlers published (does a handler publish on every delivery?)";
        String text = "the broker did not settle: " + what + " at " + Trace.format(clock.instant()) + ", and " + stillReady
                + " still ready."
                + " Raise the bound with FakeBroker.builder().maxSteps(n) if the run is meant to be this long.";
        return withCycle(text, clock.instant(), List.of(), trace.snapshot());
    }

    static NotSettledException horizon(Duration within, Instant from, List<String> waiting, VirtualClock clock,
            Trace trace) {
        StringBuilder text = new StringBuilder("the broker did not settle within ").append(TraceLog.text(within))
                .append(" of virtual time from ").append(Trace.format(from)).append(": at ")
                .append(Trace.format(clock.instant())).append(' ')
                .append(waiting.size() == 1 ? "1 delivery still waits" : waiting.size() + " deliveries still wait")
                .append(" on the virtual clock:\n");
        lines(text, waiting);
        return withCycle(text.toString(), clock.instant(), waiting, trace);
    }

    static NotSettledException stalled(List<String> stalled, VirtualClock clock, Trace trace) {
        StringBuilder text = new StringBuilder("the broker did not settle at ").append(Trace.format(clock.instant()))
                .append(": a group or consumer stalls, and no time on the clock will release ")
                .append(stalled.size() == 1 ? "it" : "them").append(":\n");
        lines(text, stalled);
        return new NotSettledException(text.toString().stripTrailing(), clock.instant(), stalled, null, 0);
    }

    private static void lines(StringBuilder text, List<String> lines) {
        for (String line : lines) {
            text.append("  ").append(line).append('\n');
        }
    }

    private static NotSettledException withCycle(String text, Instant at, List<String> pending, Trace trace) {
        Optional<TraceCycle.Found> found = TraceCycle.find(trace);
        String gap = text.endsWith("\n") ? "" : " ";
        if (found.isPresent()) {
            Trace cycle = found.get().cycle();
            return new NotSettledException(text + gap + found.get().headline() + "\n" + cycle.render(), at, pending,
                    cycle, found.get().span());
        }
        Trace last = trace.last(LAST_ENTRIES);
        return new NotSettledException(text + gap + "The last " + last.size() + " trace entries:\n" + last.render(), at,
                pending, null, 0);
    }
}
