package dev.eventtestkit.aggregate;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The metadata keys the fixture propagates, and how: the usual convention of message-driven systems. An event
 * produced by a command is correlated with the command's conversation (its {@code correlationId}, or its own
 * {@code messageId} when it starts one) and caused by the command (its {@code messageId}).
 */
final class Metadata {

    static final String CORRELATION_ID = "correlationId";
    static final String CAUSATION_ID = "causationId";
    static final String MESSAGE_ID = "messageId";

    private Metadata() {
    }

    /**
     * @param command the command's metadata
     * @return what each event it produces carries, before the handler's own entries
     */
    static Map<String, String> propagatedFrom(Map<String, String> command) {
        if (command.isEmpty()) {
            return Map.of();
        }
        String messageId = command.get(MESSAGE_ID);
        String correlationId = command.getOrDefault(CORRELATION_ID, messageId);
        TreeMap<String, String> propagated = new TreeMap<>();
        if (correlationId != null) {
            propagated.put(CORRELATION_ID, correlationId);
        }
        if (messageId != null) {
            propagated.put(CAUSATION_ID, messageId);
        }
        return propagated.isEmpty() ? Map.of() : Collections.unmodifiableMap(propagated);
    }

    /**
     * @param event the metadata of an event that schedules a deadline
     * @return the metadata of the deadline command: the event's correlation id
     */
    static Map<String, String> forDeadline(Map<String, String> event) {
        String correlationId = event.get(CORRELATION_ID);
        return correlationId == null ? Map.of() : Map.of(CORRELATION_ID, correlationId);
    }

    /**
     * @param base entries first
     * @param over entries that win over the base's
     * @return both, sorted by key, unmodifiable
     */
    static Map<String, String> merge(Map<String, String> base, Map<String, String> over) {
        if (base.isEmpty()) {
            return over;
        }
        if (over.isEmpty()) {
            return base;
        }
        TreeMap<String, String> merged = new TreeMap<>(base);
        merged.putAll(over);
        return Collections.unmodifiableMap(merged);
    }
}
