package dev.eventtestkit.aggregate;

import dev.eventtestkit.report.DurationText;
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
 * @param step the step of the scenario, from 1; from 2 on ({@code andWhen}) messages name it
 */
record Trigger(@Nullable Object command, Map<String, String> metadata, @Nullable Duration passed, int step) {

    /** Before any step: only given events applied so far. */
    static final Trigger GIVEN = new Trigger(null, Map.of(), Duration.ZERO, 0);

    static Trigger command(Object command) {
        return new Trigger(command, Map.of(), null, 1);
    }

    static Trigger command(Object command, Map<String, String> metadata) {
        return new Trigger(command, metadata, null, 1);
    }

    static Trigger timePassing(Duration duration) {
        return new Trigger(null, Map.of(), duration, 1);
    }

    /** @return the same trigger as step {@code number} of a scenario */
    Trigger asStep(int number) {
        return new Trigger(command, metadata, passed, number);
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
     *     [correlationId="c-1"]}, {@code when 30 minutes pass}, or from the second step on
     *     {@code step 2: when ShipOrder{orderId="o-1"}}
     */
    String line(EventFormat format) {
        Duration duration = passed;
        return (step > 1 ? "step " + step + ": " : "") + "when " + (duration != null
                ? DurationText.passing(duration)
                : format.render(command) + EventFormat.metadata(metadata));
    }
}
