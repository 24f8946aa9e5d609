package dev.eventtestkit.broker;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.INTERNAL;

import dev.eventtestkit.internal.ShortText;
import dev.eventtestkit.report.html.ReportFiles;
import dev.eventtestkit.report.html.ScheduleHtml;
import dev.eventtestkit.report.html.SequenceDiagram;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

    /** The payload and headers bound of {@link #withPayloads()}. */
    public static final int PAYLOAD_CHARS = 200;

    /** The broker's rows this trace views ({@link #size} rows from {@link #from}), or null when built from entries. */
    private final @Nullable TraceRows rows;
    private final int from;
    private final int size;
    /** The most characters of a payload or header value {@link #render()} shows under its entry; 0 for none. */
    private final int payloads;
    /** Built on first read for a view; racing readers build equal lists, so the race is harmless. */
    private @Nullable List<TraceEntry> entries;
    private int cachedHash;
    private boolean hashed;

    /** @param entries the entries, in the order they happened */
    public Trace(List<TraceEntry> entries) {
        this(List.copyOf(entries), 0);
    }

    private Trace(List<TraceEntry> entries, int payloads) {
        this.entries = entries;
        this.rows = null;
        this.from = 0;
        this.size = entries.size();
        this.payloads = payloads;
    }

    /** A view of a broker's first {@code size} rows, which never change. */
    Trace(TraceRows rows, int size) {
        this(rows, 0, size, 0);
    }

    private Trace(TraceRows rows, int from, int size, int payloads) {
        this.rows = rows;
        this.from = from;
        this.size = size;
        this.payloads = payloads;
    }

    /** @return the entries, in the order they happened */
    public List<TraceEntry> entries() {
        List<TraceEntry> built = entries;
        if (built == null) {
            TraceEntry[] all = new TraceEntry[size];
            for (int row = 0; row < size; row++) {
                all[row] = Objects.requireNonNull(rows).entry(from + row);
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
        int kept = Math.max(0, Math.min(count, size));
        if (rows != null) {
            return new Trace(rows, from + size - kept, kept, payloads);
        }
        List<TraceEntry> all = entries();
        return new Trace(List.copyOf(all.subList(size - kept, size)), payloads);
    }

    /**
     * The same trace, whose {@link #render()} shows under each publish and each delivery the record's payload
     * (compact JSON) and headers (sorted by name), each shortened to {@value #PAYLOAD_CHARS} characters. For a
     * projection bug that is in a field, not in the order. Equal to this trace: only the text differs.
     *
     * @return the trace rendering payloads and headers
     */
    @API(status = EXPERIMENTAL)
    public Trace withPayloads() {
        return withPayloads(PAYLOAD_CHARS);
    }

    /**
     * @param maxChars the most characters shown of a payload and of each header value; what is cut is counted,
     *     e.g. {@code ... (1048376 more chars)}
     * @return the trace rendering payloads and headers, as {@link #withPayloads()}
     * @throws IllegalArgumentException when {@code maxChars} is below 1
     */
    @API(status = EXPERIMENTAL)
    public Trace withPayloads(int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("withPayloads(maxChars): expected 1 or more characters, was "
                    + maxChars);
        }
        return rows != null ? new Trace(rows, from, size, maxChars) : new Trace(entries(), maxChars);
    }

    /**
     * @param index an entry's index in {@link #entries()}
     * @return the record the entry is about, as the broker holds it (payload and headers as published); empty
     *     for a trace built from entries, which holds no records
     * @throws IndexOutOfBoundsException when there is no such entry
     */
    @API(status = EXPERIMENTAL)
    public Optional<Message> message(int index) {
        Objects.checkIndex(index, size);
        return rows == null ? Optional.empty() : Optional.of(rows.message(from + index));
    }

    /**
     * Writes the trace as a self-contained HTML page: a sequence diagram with a lifeline for the test, each
     * partition or queue, each consumer instance and the dead letters, one arrow per entry in virtual-time order,
     * faults and failures marked, the last failing step highlighted; hovering or clicking an arrow shows its
     * payload and headers. No network: style and script are inline. Equal traces give equal bytes.
     *
     * <pre>{@code
     * broker.trace().toHtml(Path.of("target/orders-trace.html"));
     * }</pre>
     *
     * @param file where the page goes; missing directories are created
     * @return the file
     * @throws UncheckedIOException when the file cannot be written
     */
    @API(status = EXPERIMENTAL)
    public Path toHtml(Path file) {
        Objects.requireNonNull(file, "file");
        String html = ScheduleHtml.render("EventTestkit trace", Map.of("entries", Integer.toString(size)), null,
                List.of(new ScheduleHtml.Panel("Trace", this)));
        return ReportFiles.writeOrThrow(file, html);
    }

    /**
     * The trace as a Mermaid sequence diagram, for pasting into docs and pull requests (GitHub and GitLab draw
     * it): the same lifelines and arrows as {@link #toHtml(Path)}, failures and faults as crossed arrows, the
     * last failing step in a red box.
     *
     * @return the {@code sequenceDiagram} text
     */
    @API(status = EXPERIMENTAL)
    public String toMermaid() {
        return SequenceDiagram.of(this).mermaid();
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
        String indent = " ".repeat(eventColumn(widths));
        StringBuilder text = new StringBuilder();
        for (int index = 0; index < rows.size(); index++) {
            String[] row = rows.get(index);
            for (int column = 0; column < row.length - 1; column++) {
                text.append(row[column]).append(" ".repeat(widths[column] - row[column].length() + 2));
            }
            text.append(row[row.length - 1]).append('\n');
            if (index > 0 && payloads > 0) {
                appendPayload(text, indent, index - 1, all.get(index - 1).kind());
            }
        }
        return text.toString();
    }

    /**
     * The columns of one entry, handed over without building the entry or its text; for machinery that reads
     * every trace of an exploration (the explorer's happens-before classes).
     */
    @API(status = INTERNAL)
    @FunctionalInterface
    public interface RowVisitor {

        /**
         * @param time when
         * @param step the delivery step, from 1; 0 outside a delivery
         * @param kind what happened
         * @param fault the fault, for a {@link TraceKind#FAULT}; else null
         * @param topic the topic; for a queue message the queue
         * @param partition the partition; -1 for a queue message
         * @param offset the offset; for a queue message the send number
         * @param group the group or consumer; null for a publish
         * @param attempt the attempt; 0 for a publish
         */
        void row(Instant time, int step, TraceKind kind, @Nullable FaultKind fault, String topic, int partition,
                long offset, @Nullable String group, int attempt);
    }

    /**
     * Tells {@code visitor} every entry's columns, in order, without building entries (cheaper than
     * {@link #entries()} on a broker's trace).
     *
     * @param visitor told each entry
     */
    @API(status = INTERNAL)
    public void visit(RowVisitor visitor) {
        for (int row = 0; row < size; row++) {
            if (rows != null) {
                rows.visit(from + row, visitor);
            } else {
                TraceEntry entry = entries().get(row);
                visitor.row(entry.time(), entry.step(), entry.kind(), entry.fault(), entry.topic(), entry.partition(),
                        entry.offset(), entry.group(), entry.attempt());
            }
        }
    }

    private static int eventColumn(int[] widths) {
        int column = 0;
        for (int i = 0; i < widths.length - 1; i++) {
            column += widths[i] + 2;
        }
        return column;
    }

    /** Under a publish or a delivery: {@code payload {...}} and, when there are any, {@code headers a="b"}. */
    private void appendPayload(StringBuilder text, String indent, int index, TraceKind kind) {
        if (rows == null || (kind != TraceKind.PUBLISH && kind != TraceKind.DELIVER)) {
            return;
        }
        Message message = rows.message(from + index);
        text.append(indent).append("payload ").append(ShortText.shorten(message.payload().toString(), payloads))
                .append('\n');
        if (!message.headers().isEmpty()) {
            text.append(indent).append("headers ").append(ShortText.headers(message.headers(), payloads))
                    .append('\n');
        }
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
            if (!rows.same(from + row, that.rows, that.from + row)) {
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
                h = 31 * h + (rows != null ? rows.hash(from + row) : hash(entries().get(row)));
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
