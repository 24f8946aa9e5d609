package dev.eventtestkit.event;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** One home for how codec failures read. */
final class CodecFailures {

    /** The deepest nesting the kit's JSON holds (Jackson's default stream constraint). */
    static final int MAX_DEPTH = 500;
    private static final int SHOWN = 200;

    private CodecFailures() {}

    /**
     * Runs Jackson's failure path once near the bottom of the stack: a class first initialized while the
     * stack overflows (Jackson's {@code TokenStreamLocation}, when a 5,000-deep event fails) stays broken for
     * the rest of the JVM, and every later failure would become a {@link NoClassDefFoundError}.
     */
    static void prepare(JsonMapper mapper) {
        List<Object> deep = new ArrayList<>();
        List<Object> current = deep;
        for (int i = 0; i <= MAX_DEPTH; i++) {
            List<Object> next = new ArrayList<>();
            current.add(next);
            current = next;
        }
        try {
            mapper.valueToTree(deep);
        } catch (JacksonException expected) {
            describe(expected);
        }
    }

    /** A library's checked exception, carried out of a lambda; {@link #describe} reads the exception inside. */
    static final class Wrapped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Wrapped(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }

    static String describe(Throwable thrown) {
        Throwable failure = thrown instanceof Wrapped && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (failure instanceof StackOverflowError || failure.getCause() instanceof StackOverflowError) {
            return "it nests too deeply or refers to itself (the stack overflowed); the kit's JSON holds at most "
                    + MAX_DEPTH + " levels";
        }
        String message = failure instanceof JacksonException jackson ? jackson.getOriginalMessage() : failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    static String abbreviate(Json json) {
        String text = json.toString();
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN - 3) + "...";
    }
}
