package dev.eventtestkit.broker;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The trace as parallel arrays, append-only: a row costs no allocation on the delivery path, and a
 * {@link TraceEntry} (with its text) is built only when someone reads the trace. Rows below a size never
 * change, so a {@link Trace} can view the first {@code size} rows while the log grows. Rows live in blocks that
 * are chained, never copied: a small first one, then fixed-size ones.
 */
final class TraceRows {

    /** Room for a small scenario's whole trace (ten records, two groups) in the first block. */
    private static final int FIRST = 32;
    private static final int BLOCK = 1024;

    private final List<TraceBlock> blocks = new ArrayList<>();
    private TraceBlock last = new TraceBlock(FIRST);
    private int size;

    TraceRows() {
        blocks.add(last);
    }

    int size() {
        return size;
    }

    void add(Instant time, int step, TraceKind kind, @Nullable FaultKind fault, Message message,
            @Nullable String group, int attempt, @Nullable String detail) {
        if (last.isFull()) {
            last = new TraceBlock(BLOCK);
            blocks.add(last);
        }
        last.add(time, step, kind, fault, message, group, attempt, detail);
        size++;
    }

    TraceEntry entry(int row) {
        return block(row).entry(index(row));
    }

    Message message(int row) {
        return block(row).message(index(row));
    }

    void visit(int row, Trace.RowVisitor visitor) {
        block(row).visit(index(row), visitor);
    }

    /** @return the same as {@code Trace.hash(entry(row))}, without building the entry */
    int hash(int row) {
        return block(row).hash(index(row));
    }

    /** @return whether {@code entry(row).equals(other.entry(otherRow))}, building text only when it must */
    boolean same(int row, TraceRows other, int otherRow) {
        return block(row).same(index(row), other.block(otherRow), other.index(otherRow));
    }

    private TraceBlock block(int row) {
        return blocks.get(row < FIRST ? 0 : 1 + (row - FIRST) / BLOCK);
    }

    private static int index(int row) {
        return row < FIRST ? row : (row - FIRST) % BLOCK;
    }
}
