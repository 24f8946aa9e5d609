package dev.eventtestkit.broker;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a {@link FakeBroker} did, in order: every publish, delivery, ack, failure, retry, dead letter
 * and fault, with virtual time, step, position, group and attempt. A value: equal seeds and equal code give
 * equal traces, and {@link #render()} gives the same text byte for byte.
 *
 * <pre>{@code
 * System.out.println(broker.trace().render());
 * }</pre>
 */
public final class Trace {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final String[] HEADER = {"time", "step", "position", "group", "attempt", "event"};

    private final List<TraceEntry> entries;

    /** @param entries the entries, in the order they happened */
    public Trace(List<TraceEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** @return the entries, in the order they happened */
    public List<TraceEntry> entries() {
        return entries;
    }

    /** @return how many entries there are */
    public int size() {
        return entries.size();
    }

    /** @return the entries that record faults */
    public List<TraceEntry> faults() {
        List<TraceEntry> faults = new ArrayList<>();
        for (TraceEntry entry : entries) {
            if (entry.isFault()) {
                faults.add(entry);
            }
        }
        return faults;
    }

    /**
     * @param count how many entries to keep
     * @return the last {@code count} entries (all when there are fewer)
     */
    public Trace last(int count) {
        return new Trace(entries.subList(Math.max(0, entries.size() - count), entries.size()));
    }

    /**
     * Renders the timeline: one line per entry under a header, columns aligned, {@code -} where a column does
     * not apply, every line ending in a newline.
     *
     * @return the timeline text
     */
    public String render() {
        List<String[]> rows = new ArrayList<>(entries.size() + 1);
        rows.add(HEADER);
        for (TraceEntry entry : entries) {
            rows.add(cells(entry));
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int column = 0; column < row.length; column++) {
                widths[column] = Math.max(widths[column], row[column].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            for (int column = 0; column < row.length - 1; column++) {
                text.append(row[column]).append(" ".repeat(widths[column] - row[column].length() + 2));
            }
            text.append(row[row.length - 1]).append('\n');
        }
        return text.toString();
    }

    static String format(Instant time) {
        return TIME.format(time);
    }

    private static String[] cells(TraceEntry entry) {
        String group = entry.group();
        return new String[] {
            TIME.format(entry.time()),
            entry.step() == 0 ? "-" : Integer.toString(entry.step()),
            entry.position(),
            group == null ? "-" : group,
            entry.attempt() == 0 ? "-" : Integer.toString(entry.attempt()),
            entry.detail()
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Trace that && that.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /** @return {@link #render()} */
    @Override
    public String toString() {
        return render();
    }
}
