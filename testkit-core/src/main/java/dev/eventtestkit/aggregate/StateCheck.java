package dev.eventtestkit.aggregate;

import dev.eventtestkit.event.EventCodecException;
import dev.eventtestkit.report.EventFormat;
import dev.eventtestkit.report.FieldDifference;
import dev.eventtestkit.report.IgnoredFields;
import java.util.Map;
import org.opentest4j.AssertionFailedError;

/**
 * The state-change check of one run: a second state, sourced from the same events by {@code evolve} alone,
 * kept beside the handler path's. Deciding must leave the state it was given as it found it, and after each
 * step both states must be equal: by {@code equals} where the state's class defines it, otherwise field by
 * field ({@link FieldViewCodec}).
 */
final class StateCheck<C, E, S> {

    /** Renders states and names their differing fields. */
    static final EventFormat STATES = EventFormat.of(FieldViewCodec.INSTANCE, IgnoredFields.none());

    private final MessageDecider<C, E, S> decider;
    private S sourced;
    private int events;
    /** How many events had been sourced when both states were last found equal; -1 before any comparison. */
    private int comparedAt = -1;

    StateCheck(MessageDecider<C, E, S> decider) {
        this.decider = decider;
        this.sourced = decider.initialState();
    }

    /**
     * Sources the same event. When both paths hold one object (an initial state shared by both) and evolve
     * returned it unchanged, the check keeps that object rather than apply the event to it twice.
     */
    void evolved(S before, S after, E event, Map<String, String> metadata) {
        events++;
        if (sourced == before && after == before) {
            return;
        }
        sourced = decider.evolve(sourced, event, metadata);
    }

    /** Deciding must not have changed the state it was given. */
    void afterDecide(S handled, Object command, boolean byDeadline, Trigger trigger, EventFormat format) {
        if (same(sourced, handled)) {
            comparedAt = events;
        } else {
            String subject = byDeadline ? "a deadline command" : "the command";
            StringBuilder message = new StringBuilder("Illegal state change: deciding ").append(subject)
                    .append(" changed the state it was given:\n  ").append(trigger.line(format));
            if (byDeadline) {
                message.append("\n  deadline command ").append(format.render(command));
            }
            throw failure(message, handled, "sourced from the events before it:", "after deciding it:",
                    "Only evolve (apply) may change the state, from the events decide returns.");
        }
    }

    /** The handler path's state must equal the state sourced from every event so far. */
    void afterStep(S handled, Trigger trigger, EventFormat format) {
        if (comparedAt != events && !same(sourced, handled)) {
            StringBuilder message = new StringBuilder("Illegal state change: the state differs from the state ")
                    .append("sourced from all ").append(events).append(events == 1 ? " event" : " events")
                    .append(":\n  ").append(trigger.line(format));
            throw failure(message, handled, "sourced from the events:", "reached by handling:",
                    "evolve (apply) must give the same state for the same events.");
        }
    }

    private AssertionFailedError failure(
            StringBuilder message, S handled, String sourcedLabel, String handledLabel, String advice) {
        int width = Math.max(sourcedLabel.length(), handledLabel.length()) + 1;
        String expected = STATES.render(sourced);
        String actual = STATES.render(handled);
        message.append("\n  ").append(pad(sourcedLabel, width)).append(expected)
                .append("\n  ").append(pad(handledLabel, width)).append(actual);
        if (sourced != null && handled != null && sourced.getClass() == handled.getClass()) {
            for (FieldDifference difference : STATES.differences(sourced, handled)) {
                message.append("\n  ").append(difference);
            }
        }
        if (expected.equals(actual)) {
            message.append("\n  (their fields are equal, but equals() tells them apart)");
        }
        message.append("\n  ").append(advice).append(" withoutStateChangeCheck() turns this check off.");
        return new AssertionFailedError(message.toString(), expected, actual);
    }

    private static String pad(String label, int width) {
        return label + " ".repeat(width - label.length());
    }

    /**
     * @return whether two states are equal (see {@link FieldViewCodec#same})
     * @throws IllegalStateException when the fields of a state cannot be read
     */
    static boolean same(Object sourced, Object handled) {
        try {
            return FieldViewCodec.same(sourced, handled);
        } catch (EventCodecException e) {
            throw new IllegalStateException("the state-change check cannot compare two "
                    + sourced.getClass().getName() + ": " + e.getMessage()
                    + "; define equals() on it, or turn the check off with withoutStateChangeCheck()", e);
        }
    }
}
