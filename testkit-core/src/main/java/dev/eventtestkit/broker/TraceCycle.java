package dev.eventtestkit.broker;

import java.util.List;
import java.util.Optional;

/**
 * Finds the loop at the end of a trace that never settles: the shortest run of entries that repeats, back to
 * back, at least {@value #MIN_REPEATS} times up to the last entry. Entries compare by shape (what happened,
 * where, to which group, the event text with its numbers blanked), not by offset, attempt or time, so a
 * record republished on every delivery or a retry that comes back every 30 seconds is one cycle.
 */
final class TraceCycle {

    /** How many of the last entries are examined. */
    static final int WINDOW = 2_000;
    static final int MIN_REPEATS = 3;

    /**
     * @param cycle one whole turn of the cycle, starting at a delivery when the turn has one
     * @param repeats how many turns in a row end the trace
     * @param span how many entries at the end of the trace those turns cover
     */
    record Found(Trace cycle, int repeats, int span) {

        /** @return e.g. {@code It repeats this cycle of 3 trace entries (16 times in a row at the end):} */
        String headline() {
            return "It repeats this cycle of " + cycle.size() + " trace " + (cycle.size() == 1 ? "entry" : "entries")
                    + " (" + repeats + " times in a row at the end):";
        }
    }

    private TraceCycle() {}

    /** Looks for the period in the last {@value #WINDOW} entries, then counts its turns over the whole trace. */
    static Optional<Found> find(Trace trace) {
        List<TraceEntry> entries = trace.entries();
        int n = entries.size();
        String[] shapes = new String[n];
        for (int i = 0; i < n; i++) {
            shapes[i] = i < n - WINDOW ? null : shape(entries.get(i));
        }
        int window = Math.min(n, WINDOW);
        for (int period = 1; period * MIN_REPEATS <= window; period++) {
            if (repeatsAtEnd(shapes, period, (MIN_REPEATS - 1) * period)) {
                int matching = (MIN_REPEATS - 1) * period;
                while (matching + period < n && shape(shapes, entries, n - 1 - matching)
                        .equals(shape(shapes, entries, n - 1 - matching - period))) {
                    matching++;
                }
                int start = turnStart(entries, n - period, period);
                return Optional.of(new Found(new Trace(entries.subList(start, start + period)), 1 + matching / period,
                        matching + period));
            }
        }
        return Optional.empty();
    }

    private static boolean repeatsAtEnd(String[] shapes, int period, int span) {
        int n = shapes.length;
        for (int i = 0; i < span; i++) {
            if (!shapes[n - 1 - i].equals(shapes[n - 1 - i - period])) {
                return false;
            }
        }
        return true;
    }

    /** The last whole turn, shifted back to begin at a delivery when one of its entries is one. */
    private static int turnStart(List<TraceEntry> entries, int lastTurn, int period) {
        for (int start = lastTurn; start > lastTurn - period && start >= 0; start--) {
            TraceKind kind = entries.get(start).kind();
            if (kind == TraceKind.DELIVER || kind == TraceKind.DISPATCH) {
                return start;
            }
        }
        return lastTurn;
    }

    private static String shape(String[] shapes, List<TraceEntry> entries, int index) {
        String shape = shapes[index];
        if (shape == null) {
            shape = shape(entries.get(index));
            shapes[index] = shape;
        }
        return shape;
    }

    private static String shape(TraceEntry entry) {
        return entry.kind() + "|" + entry.fault() + "|" + entry.topic() + "|" + entry.partition() + "|" + entry.group()
                + "|" + entry.detail().replaceAll("[0-9]+", "#");
    }
}
