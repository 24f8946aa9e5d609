package dev.eventtestkit.broker;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The trace as parallel arrays, append-only: a row costs no allocation on the delivery path, and a
 * {@link TraceEntry} (with its text) is built only when someone reads the trace. Rows below a size never
 * change, so a {@link Trace} can view the first {@code size} rows while the log grows.
 */
final class TraceRows {

    private static final TraceKind[] KINDS = TraceKind.values();
    private static final FaultKind[] FAULTS = FaultKind.values();

    /** Room for a small scenario's whole trace (ten records, two groups) without growing. */
    private static final int CAPACITY = 32;

    private Message[] messages = new Message[CAPACITY];
    private Instant[] times = new Instant[CAPACITY];
    private int[] steps = new int[CAPACITY];
    private byte[] kinds = new byte[CAPACITY];
    private byte[] faults = new byte[CAPACITY];
    private @Nullable String[] groups = new String[CAPACITY];
    private int[] attempts = new int[CAPACITY];
    /** Null for a publish: its text derives from the message. */
    private @Nullable String[] details = new String[CAPACITY];
    private int size;

    int size() {
        return size;
    }

    void add(Instant time, int step, TraceKind kind, @Nullable FaultKind fault, Message message,
            @Nullable String group, int attempt, @Nullable String detail) {
        if (size == messages.length) {
            grow();
        }
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
        return new TraceEntry(times[row], steps[row], KINDS[kinds[row]], fault(row), message.topic(),
                message.partition(), message.offset(), groups[row], attempts[row], detail(row));
    }

    /** @return the same as {@code Trace.hash(entry(row))}, without building the entry */
    int hash(int row) {
        Message message = messages[row];
        return Trace.hash(times[row], steps[row], KINDS[kinds[row]], fault(row), message.topic(),
                message.partition(), message.offset(), groups[row], attempts[row]);
    }

    /** @return whether {@code entry(row).equals(other.entry(otherRow))}, building text only when it must */
    boolean same(int row, TraceRows other, int otherRow) {
        Message mine = messages[row];
        Message theirs = other.messages[otherRow];
        return steps[row] == other.steps[otherRow]
                && kinds[row] == other.kinds[otherRow]
                && faults[row] == other.faults[otherRow]
                && attempts[row] == other.attempts[otherRow]
                && mine.partition() == theirs.partition()
                && mine.offset() == theirs.offset()
                && times[row].equals(other.times[otherRow])
                && mine.topic().equals(theirs.topic())
                && Objects.equals(groups[row], other.groups[otherRow])
                && sameDetail(row, other, otherRow);
    }

    private boolean sameDetail(int row, TraceRows other, int otherRow) {
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

    /** Doubles every column; typed copies, because {@code Arrays.copyOf} on object arrays goes through reflection. */
    private void grow() {
        int capacity = messages.length * 2;
        messages = copy(messages, new Message[capacity]);
        times = copy(times, new Instant[capacity]);
        steps = copy(steps, new int[capacity]);
        kinds = copy(kinds, new byte[capacity]);
        faults = copy(faults, new byte[capacity]);
        groups = copy(groups, new String[capacity]);
        attempts = copy(attempts, new int[capacity]);
        details = copy(details, new String[capacity]);
    }

    private <A> A copy(A from, A to) {
        System.arraycopy(from, 0, to, 0, size);
        return to;
    }
}
