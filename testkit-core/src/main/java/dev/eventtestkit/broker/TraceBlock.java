package dev.eventtestkit.broker;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A fixed number of trace rows as parallel arrays; {@link TraceRows} chains them. */
final class TraceBlock {

    private static final TraceKind[] KINDS = TraceKind.values();
    private static final FaultKind[] FAULTS = FaultKind.values();

    private final Message[] messages;
    private final Instant[] times;
    private final int[] steps;
    private final byte[] kinds;
    private final byte[] faults;
    private final @Nullable String[] groups;
    private final int[] attempts;
    /** Null for a publish: its text derives from the message. */
    private final @Nullable String[] details;
    private int size;

    TraceBlock(int capacity) {
        messages = new Message[capacity];
        times = new Instant[capacity];
        steps = new int[capacity];
        kinds = new byte[capacity];
        faults = new byte[capacity];
        groups = new String[capacity];
        attempts = new int[capacity];
        details = new String[capacity];
    }

    boolean isFull() {
        return size == messages.length;
    }

    void add(Instant time, int step, TraceKind kind, @Nullable FaultKind fault, Message message,
            @Nullable String group, int attempt, @Nullable String detail) {
        messages[size] = message;
        times[size] = time;
        steps[size] = step;
        kinds[size] = (byte) kind.ordinal();
        faults[size] = (byte) (fault == null ? -1 : fault.ordinal());
        groups[size] = group;
        attempts[size] = attempt;
        details[size] = detail;
        size++;
    }

    TraceEntry entry(int row) {
        Message message = messages[row];
        return new TraceEntry(times[row], steps[row], KINDS[kinds[row]], fault(row), message.traceTopic(),
                message.partition(), message.traceOffset(), groups[row], attempts[row], detail(row));
    }

    Message message(int row) {
        return messages[row];
    }

    /** Tells {@code visitor} one row's columns, without building its entry or text. */
    void visit(int row, Trace.RowVisitor visitor) {
        Message message = messages[row];
        visitor.row(times[row], KINDS[kinds[row]], fault(row), message.traceTopic(), message.partition(),
                message.traceOffset(), groups[row], attempts[row]);
    }

    /** @return the same as {@code Trace.hash(entry(row))}, without building the entry */
    int hash(int row) {
        Message message = messages[row];
        return Trace.hash(times[row], steps[row], KINDS[kinds[row]], fault(row), message.traceTopic(),
                message.partition(), message.traceOffset(), groups[row], attempts[row]);
    }

    /** @return whether {@code entry(row).equals(other.entry(otherRow))}, building text only when it must */
    boolean same(int row, TraceBlock other, int otherRow) {
        Message mine = messages[row];
        Message theirs = other.messages[otherRow];
        return steps[row] == other.steps[otherRow]
                && kinds[row] == other.kinds[otherRow]
                && faults[row] == other.faults[otherRow]
                && attempts[row] == other.attempts[otherRow]
                && mine.partition() == theirs.partition()
                && mine.traceOffset() == theirs.traceOffset()
                && times[row].equals(other.times[otherRow])
                && mine.traceTopic().equals(theirs.traceTopic())
                && Objects.equals(groups[row], other.groups[otherRow])
                && sameDetail(row, other, otherRow);
    }

    private boolean sameDetail(int row, TraceBlock other, int otherRow) {
        String mine = details[row];
        String theirs = other.details[otherRow];
        if (mine != null && theirs != null) {
            return mine.equals(theirs);
        }
        Message a = messages[row];
        Message b = other.messages[otherRow];
        if (mine == null && theirs == null && a.version() == b.version() && a.type().equals(b.type())
                && Objects.equals(a.key(), b.key())) {
            return true;
        }
        return detail(row).equals(other.detail(otherRow));
    }

    private @Nullable FaultKind fault(int row) {
        return faults[row] < 0 ? null : FAULTS[faults[row]];
    }

    private String detail(int row) {
        String detail = details[row];
        if (detail != null) {
            return detail;
        }
        Message message = messages[row];
        return "publish " + message.type() + " v" + message.version() + " key=" + message.key();
    }
}
