package dev.eventtestkit.broker;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Everything a {@link FakeBroker} did, in order: every publish, delivery, ack, failure, retry, dead letter
 * and fault, with virtual time, step, position, group and attempt. A value: equal seeds and equal code give
 * equal traces, and {@link #render()} gives the same text byte for byte.
 *
 * <p>{@code broker.trace()} is a view of the broker's log up to that moment, taken in constant time; later
 * deliveries do not change it. Like the broker, read it on the thread that drives the broker (or hand it
 * over as any object shared between threads is handed over).
 *
 * <pre>{@code
 * System.out.println(broker.trace().render());
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Trace {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final String[] HEADER = {"time", "step", "position", "group", "attempt", "event"};

    /** The broker's rows this trace views (its first {@link #size} rows), or null when built from entries. */
    private final @Nullable TraceRows rows;
    private final int size;
    /** Built on first read for a view; racing readers build equal lists, so the race is harmless. */
    private @Nullable List<TraceEntry> entries;
    private int cachedHash;
    private boolean hashed;

    /** @param entries the entries, in the order they happened */
    public Trace(List<TraceEntry> entries) {
        this.entries = List.copyOf(entries);
        this.rows = null;
        this.size = this.entries.size();
    }

    /** A view of a broker's first {@code size} rows, which never change. */
    Trace(TraceRows rows, int size) {
        this.rows = rows;
        this.size = size;
    }

    /** @return the entries, in the order they happened */
    public List<TraceEntry> entries() {
        List<TraceEntry> built = entries;
        if (built == null) {
            TraceEntry[] all = new TraceEntry[size];
            for (int row = 0; row < size; row++) {
                all[row] = Objects.requireNonNull(rows).entry(row);
            }
            built = List.of(all);
            entries = built;
        }
        return built;
    }

    /** @return how many entries there are */
    public int size() {
        return size;
    }

    /** @return the entries that record faults */
    public List<TraceEntry> faults() {
        List<TraceEntry> faults = new ArrayList<>();
        for (TraceEntry entry : entries()) {
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
        List<TraceEntry> all = entries();
        return new Trace(all.subList(Math.max(0, all.size() - count), all.size()));
    }

    /**
     * Renders the timeline: one line per entry under a header, columns aligned, {@code -} where a column does
     * not apply, every line ending in a newline.
     *
     * @return the timeline text
     */
    public String render() {
        List<TraceEntry> all = entries();
        List<String[]> rows = new ArrayList<>(all.size() + 1);
        rows.add(HEADER);
        for (TraceEntry entry : all) {
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
        try {
            return TIME.format(time);
        } catch (java.time.DateTimeException beyondTheCalendar) {
            return time.toString(); // Instant.MAX, where a wait too long for the clock rests
        }
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

    /** Equal entries in the same order; two views of broker rows compare without building entries. */
    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof Trace) || ((Trace) other).size != size || other.hashCode() != hashCode()) {
            return false;
        }
        Trace that = (Trace) other;
        if (rows == null || that.rows == null) {
            return that.entries().equals(entries());
        }
        for (int row = 0; row < size; row++) {
            if (!rows.same(row, that.rows, row)) {
                return false;
            }
        }
        return true;
    }

    /** Hashes every column but the text, so a view hashes without building entries; cached. */
    @Override
    public int hashCode() {
        if (!hashed) {
            int h = 1;
            for (int row = 0; row < size; row++) {
                h = 31 * h + (rows != null ? rows.hash(row) : hash(entries().get(row)));
            }
            cachedHash = h;
            hashed = true;
        }
        return cachedHash;
    }

    private static int hash(TraceEntry entry) {
        return hash(entry.time(), entry.step(), entry.kind(), entry.fault(), entry.topic(), entry.partition(),
                entry.offset(), entry.group(), entry.attempt());
    }

    /** One entry's hash from its columns, the text left out (equal entries still hash equally). */
    static int hash(Instant time, int step, TraceKind kind, @Nullable FaultKind fault, String topic,
            int partition, long offset, @Nullable String group, int attempt) {
        int h = time.hashCode();
        h = 31 * h + step;
        h = 31 * h + kind.ordinal();
        h = 31 * h + (fault == null ? -1 : fault.ordinal());
        h = 31 * h + topic.hashCode();
        h = 31 * h + partition;
        h = 31 * h + Long.hashCode(offset);
        h = 31 * h + (group == null ? 0 : group.hashCode());
        return 31 * h + attempt;
    }

    /** @return {@link #render()} */
    @Override
    public String toString() {
        return render();
    }
}
