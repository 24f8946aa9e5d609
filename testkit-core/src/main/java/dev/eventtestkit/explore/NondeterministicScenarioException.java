package dev.eventtestkit.explore;

import org.apiguardian.api.API;

/**
 * A scenario made different choices when re-run with the same recorded choices, so its schedules cannot be
 * walked or replayed: it depends on something outside the broker (shared state, wall-clock time, hash
 * order). The message names the choice point.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class NondeterministicScenarioException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    NondeterministicScenarioException(String message) {
        super(message);
    }
}
