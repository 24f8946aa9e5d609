package dev.eventtestkit.aggregate;

import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.EventCodecException;
import dev.eventtestkit.event.Json;
import dev.eventtestkit.report.FieldDifference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opentest4j.AssertionFailedError;

/**
 * The snapshot check of a stream: a store that snapshots writes the state after some version and, on load,
 * reads it back and folds only the events after it. For every version of the stream, the state written by the
 * codec, read back as the state class and folded with the rest of the stream must equal the state replayed
 * from every event.
 */
final class SnapshotCheck {

    private SnapshotCheck() {
    }

    static <C, E, S> void check(AggregateFixture<C, E, S> fixture, String stream, Class<? extends S> stateType,
            List<E> events, List<Map<String, String>> metadata) {
        MessageDecider<C, E, S> decider = fixture.decider();
        List<S> states = new ArrayList<>(events.size() + 1);
        S state = decider.initialState();
        states.add(state);
        for (int i = 0; i < events.size(); i++) {
            state = decider.evolve(state, events.get(i), metadata.get(i));
            states.add(state);
        }
        S replayed = state;
        for (int taken = 1; taken <= events.size(); taken++) {
            S restored = restore(fixture.codec(), stream, stateType, states.get(taken), taken - 1);
            for (int i = taken; i < events.size(); i++) {
                restored = decider.evolve(restored, events.get(i), metadata.get(i));
            }
            if (!StateCheck.same(replayed, restored)) {
                throw failure(stream, stateType, events.size(), taken - 1, replayed, restored);
            }
        }
    }

    private static <S> S restore(EventCodec codec, String stream, Class<? extends S> stateType, S state,
            long version) {
        try {
            Json snapshot = codec.toJson(state);
            return codec.fromJson(snapshot, stateType);
        } catch (EventCodecException e) {
            throw new IllegalStateException("snapshot check on stream " + stream + ": the state after version "
                    + version + " cannot be written and read back as " + stateType.getName() + ": "
                    + e.getMessage(), e);
        }
    }

    private static AssertionFailedError failure(String stream, Class<?> stateType, int count, long version,
            Object replayed, Object restored) {
        String expected = StateCheck.STATES.render(replayed);
        String actual = StateCheck.STATES.render(restored);
        long last = count - 1;
        String tail = version == last ? "no later event" : version + 1 == last ? "version " + last
                : "versions " + (version + 1) + "-" + last;
        StringBuilder message = new StringBuilder("Snapshot check on stream ").append(stream)
                .append(": the state from a snapshot after version ").append(version).append(" plus ").append(tail)
                .append(" differs from the state replayed from all ").append(count)
                .append(count == 1 ? " event" : " events").append(":\n  replayed:                ").append(expected)
                .append("\n  snapshot + later events: ").append(actual);
        if (replayed.getClass() == restored.getClass()) {
            for (FieldDifference difference : StateCheck.STATES.differences(replayed, restored)) {
                message.append("\n  ").append(difference);
            }
        }
        message.append("\n  The snapshot is the state written by the codec and read back as ")
                .append(stateType.getSimpleName())
                .append(": a field the codec does not write, or cannot read back, is lost with it.");
        return new AssertionFailedError(message.toString(), expected, actual);
    }
}
