package dev.eventtestkit.projection;

import dev.eventtestkit.broker.Trace;
import dev.eventtestkit.broker.TraceEntry;
import dev.eventtestkit.broker.TraceKind;
import dev.eventtestkit.explore.ExplorationFailure;
import dev.eventtestkit.explore.Schedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The text of a check that failed under one order: what, under which order, how to replay it, its trace. */
final class OrderReport {

    private OrderReport() {}

    static String render(Orders orders, ExplorationFailure failure, Map<String, String> types) {
        StringBuilder text = new StringBuilder("under ")
                .append(orders.describe(failure.scheduleNumber(), failure.seed()))
                .append(": ").append(failure.cause().getMessage()).append('\n');
        text.append("  delivered: ").append(delivered(failure.trace(), types)).append('\n');
        text.append("Replay it:\n  .").append(replay(orders, failure.seed(), failure.schedule())).append('\n');
        if (!failure.shrunkSchedule().equals(failure.schedule())) {
            text.append("A simpler order that fails (").append(failure.faultCounts()).append(" faults): ")
                    .append(failure.shrunkCause().getMessage()).append('\n');
            text.append("  delivered: ").append(delivered(failure.shrunkTrace(), types)).append('\n');
            text.append("  .replayOrder(").append(failure.shrunkSchedule()).append(")\n");
        }
        text.append("The order's timeline:\n").append(failure.trace().render());
        return text.toString();
    }

    /** A random order replays by its seed; an order of the exhaustive walk by its choices. */
    private static String replay(Orders orders, long seed, Schedule schedule) {
        return orders.mode() == Orders.Mode.RANDOM ? "replayOrder(" + seed + "L)" : "replayOrder(" + schedule + ")";
    }

    /** @return e.g. {@code order-2@0 StockReserved, order-1@0 StockReserved, order-1@0 StockReserved (again)} */
    static String delivered(Trace trace, Map<String, String> types) {
        List<String> places = new ArrayList<>();
        for (TraceEntry entry : trace.entries()) {
            if (entry.kind() == TraceKind.DELIVER) {
                String place = entry.topic() + "@" + entry.offset();
                places.add(place + " " + types.getOrDefault(place, "?") + (entry.attempt() > 1 ? " (again)" : ""));
            }
        }
        return String.join(", ", places);
    }
}
