package dev.eventtestkit.aggregate;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A plain {@link Decider} seen as a {@link MessageDecider}: no metadata read, no result returned. */
final class PlainDecider<C, E, S> implements MessageDecider<C, E, S> {

    private final Decider<C, E, S> decider;

    PlainDecider(Decider<C, E, S> decider) {
        this.decider = decider;
    }

    @Override
    public S initialState() {
        return decider.initialState();
    }

    /** @return the decision, or null when {@code decide} returned null (the fixture explains that) */
    @Override
    @SuppressWarnings("NullableProblems")
    public @Nullable Decision<E> decide(C command, Map<String, String> metadata, S state) {
        List<E> events = decider.decide(command, state);
        return events == null ? null : Decision.plain(events);
    }

    @Override
    public S evolve(S state, E event, Map<String, String> metadata) {
        return decider.evolve(state, event);
    }
}
