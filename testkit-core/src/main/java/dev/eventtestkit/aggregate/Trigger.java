package dev.eventtestkit.aggregate;

import dev.eventtestkit.report.EventFormat;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What set a scenario's outcome off: one command, or time passing. Rendered only when a message needs it,
 * so a passing scenario never serializes its command.
 *
 * @param command the command of {@code when}; null when time passed
 * @param metadata the command's metadata; empty when time passed
 * @param passed the duration of {@code whenTimePasses}; null for a command
 */
record Trigger(@Nullable Object command, Map<String, String> metadata, @Nullable Duration passed) {

    /** Before any step: only given events applied so far. */
    static final Trigger GIVEN = new Trigger(null, Map.of(), Duration.ZERO);

    static Trigger command(Object command) {
        return new Trigger(command, Map.of(), null);
    }

    static Trigger command(Object command, Map<String, String> metadata) {
        return new Trigger(command, metadata, null);
    }

    static Trigger timePassing(Duration duration) {
        return new Trigger(null, Map.of(), duration);
    }

    boolean timePasses() {
        return passed != null;
    }

    /** @return who decides: {@code the command} or {@code a deadline command} */
    String subject() {
        return timePasses() ? "a deadline command" : "the command";
    }

    /**
     * @return e.g. {@code when ShipOrder{orderId="o-1"}}, {@code when ShipOrder{orderId="o-1"}
     *     [correlationId="c-1"]} or {@code when 30 minutes pass}
     */
    String line(EventFormat format) {
        Duration duration = passed;
        return "when " + (duration != null
                ? Durations.passing(duration)
                : format.render(command) + EventFormat.metadata(metadata));
    }
}
