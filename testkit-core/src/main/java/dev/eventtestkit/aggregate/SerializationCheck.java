package dev.eventtestkit.aggregate;

import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.EventCodecException;
import dev.eventtestkit.event.Json;
import dev.eventtestkit.report.EventFormat;
import dev.eventtestkit.report.FieldDifference;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;

/**
 * The serialization check: an event or a command written to JSON by the fixture's codec and read back must
 * come back equal (by {@code equals} where its class defines it, else field by field), as it must when it
 * crosses a broker, an event store or a scheduler in production. A difference names the class and each
 * field lost or changed.
 */
final class SerializationCheck {

    private SerializationCheck() {
    }

    /**
     * @param value the event or command
     * @param json its JSON form, already written by the codec
     * @param role what it is in the scenario, e.g. {@code given event 2} or {@code the command}
     * @throws AssertionFailedError when it does not survive the round trip
     */
    static void roundTrip(EventCodec codec, EventFormat format, Object value, Json json, String role) {
        Object back;
        try {
            back = codec.fromJson(json, value.getClass());
        } catch (EventCodecException | IllegalArgumentException e) {
            throw failure(format, value, json, role, "cannot be read back from its JSON",
                    List.of("the codec says: " + e.getMessage()), null, e);
        }
        boolean same;
        try {
            same = FieldViewCodec.same(value, back);
        } catch (EventCodecException e) {
            throw new IllegalStateException("the serialization check cannot compare " + role + " with its copy "
                    + "read back: " + e.getMessage() + "; define equals() on " + value.getClass().getName()
                    + ", or turn the check off with withoutSerializationCheck()", e);
        }
        if (!same) {
            List<String> lines = new ArrayList<>();
            if (back != null && back.getClass() == value.getClass()) {
                for (FieldDifference difference : StateCheck.STATES.differences(value, back)) {
                    lines.add(difference.toString());
                }
            } else {
                lines.add("read back as " + (back == null ? "null" : back.getClass().getName()));
            }
            if (lines.isEmpty()) {
                lines.add("(its fields are equal, but equals() tells the copy apart)");
            }
            throw failure(format, value, json, role, "does not survive a round trip through the codec", lines, back,
                    null);
        }
    }

    private static AssertionFailedError failure(EventFormat format, Object value, Json json, String role,
            String problem, List<String> details, @Nullable Object back, @Nullable Throwable cause) {
        StringBuilder message = new StringBuilder("Serialization check: ").append(value.getClass().getName())
                .append(' ').append(problem).append(":\n  ").append(role).append(", ")
                .append(format.render(value)).append("\n  JSON: ").append(json);
        if (back != null) {
            message.append("\n  read back: ").append(format.render(back));
        }
        for (String detail : details) {
            message.append("\n  ").append(detail);
        }
        message.append("\n  Give the class what the codec needs to read it (a constructor or setters, field names"
                + " it writes), give the fixture the codec production uses (withCodec), or turn the check off with"
                + " withoutSerializationCheck().");
        String expected = StateCheck.STATES.render(value);
        String actual = back == null ? "(not read back)" : StateCheck.STATES.render(back);
        return cause == null
                ? new AssertionFailedError(message.toString(), expected, actual)
                : new AssertionFailedError(message.toString(), expected, actual, cause);
    }
}
