package dev.eventtestkit.aggregate;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one step of a run (a scenario's {@code when}, or a session's step) left: the facts an {@link Outcome}
 * asserts on. A new kind of fact is one component here, filled in by {@link ScenarioRun}.
 *
 * @param trigger what set the step off
 * @param events the events produced, in order
 * @param metadata each produced event's metadata, by position
 * @param state the state after the step
 * @param rejection the rejected command, if one was
 * @param result what the command returned, if anything
 * @param scheduled the deadlines the produced events scheduled that were still pending when the step ended
 */
record Step<C, E, S>(Trigger trigger, List<E> events, List<Map<String, String>> metadata, S state,
        @Nullable Rejection rejection, @Nullable Object result, List<Deadline<C>> scheduled) {
}
