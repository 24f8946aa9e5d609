package dev.eventtestkit.contract;

import org.apiguardian.api.API;

/**
 * The compatibility levels as schema registries name them.
 *
 * <p>BACKWARD: the candidate reads data written under earlier versions. FORWARD: earlier versions read data
 * written under the candidate. FULL: both. The {@code _TRANSITIVE} levels check every earlier version, the
 * others only the latest one. NONE checks nothing.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    private final boolean backward;
    private final boolean forward;
    private final boolean transitive;

    CompatibilityLevel(boolean backward, boolean forward, boolean transitive) {
        this.backward = backward;
        this.forward = forward;
        this.transitive = transitive;
    }

    /** @return true when the candidate must read data of earlier versions */
    public boolean checksBackward() {
        return backward;
    }

    /** @return true when earlier versions must read data of the candidate */
    public boolean checksForward() {
        return forward;
    }

    /** @return true when every earlier version is checked, not only the latest */
    public boolean isTransitive() {
        return transitive;
    }
}
