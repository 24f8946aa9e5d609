package dev.eventtestkit.event;

import java.util.List;
import dev.eventtestkit.internal.shaded.tools.jackson.core.JacksonException;
import dev.eventtestkit.internal.shaded.tools.jackson.core.TokenStreamLocation;
import dev.eventtestkit.internal.shaded.tools.jackson.core.exc.StreamConstraintsException;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.DatabindException;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.json.JsonMapper;

/** One home for how codec failures read. */
final class CodecFailures {

    /** The deepest nesting the kit's JSON holds (Jackson's default stream constraint). */
    static final int MAX_DEPTH = 500;
    private static final int SHOWN = 200;

    private CodecFailures() {}

    /**
     * Runs Jackson's failure path once, near the bottom of the stack. When an event nests about 500 levels deep,
     * the stack is nearly used up by the time Jackson fails, and a class it loads then for its error (its path
     * {@code Reference}, {@code TokenStreamLocation}) fails to load: that class then stays broken for the rest of
     * the JVM, and every later failure becomes a {@link NoClassDefFoundError}. Loaded here, they are ready.
     */
    static void prepare(JsonMapper mapper) {
        try {
            mapper.valueToTree(List.of(new Failing()));
        } catch (JacksonException expected) {
            describe(expected);
        }
        for (Class<?> type : List.of(StreamConstraintsException.class, TokenStreamLocation.class,
                JacksonException.Reference.class, DatabindException.class)) {
            try {
                Class.forName(type.getName(), true, type.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A bean whose serialization fails one level down, so that Jackson builds its error with a path. */
    private static final class Failing {
        @SuppressWarnings("unused")
        public String getValue() {
            throw new IllegalStateException("prepares Jackson's failure path");
        }
    }

    /** A library's checked exception, carried out of a lambda; {@link #describe} reads the exception inside. */
    static final class Wrapped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Wrapped(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** @return whether a container of the tree lies deeper than {@link #MAX_DEPTH} (the root is at depth 1) */
    static boolean tooDeep(JsonNode node, int depth) {
        if (!node.isContainer()) {
            return false;
        }
        if (depth > MAX_DEPTH) {
            return true;
        }
        for (JsonNode child : node.values()) {
            if (child.isContainer() && tooDeep(child, depth + 1)) {
                return true;
            }
        }
        return false;
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
        return firstLine(message);
    }

    /**
     * @return the first line of a library's message, without Jackson's {@code , from `StreamReadConstraints...`}
     *     (it names Jackson's internals; the number stays)
     */
    static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).replaceAll(", from `[^`]*`\\)", ")");
    }

    static String abbreviate(Json json) {
        String text = json.toString();
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN - 3) + "...";
    }
}
