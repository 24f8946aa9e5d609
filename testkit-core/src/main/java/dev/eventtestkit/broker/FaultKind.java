package dev.eventtestkit.broker;

import org.apiguardian.api.API;

/** The faults a {@link FakeBroker} can inject, each drawn from its seeded {@link Chooser}. */
@API(status = API.Status.STABLE, since = "0.1")
public enum FaultKind {
    /** A record is delivered again after its ack. */
    DUPLICATE("duplicate"),
    /** The handler ran but its ack is lost, so the record is delivered again. */
    CRASH_BEFORE_ACK("crash-before-ack"),
    /** A record is delivered ahead of an earlier record of its partition. */
    REORDER("reorder"),
    /** A delivery becomes ready only after a virtual delay. */
    DELAY("delay");

    private final String label;

    FaultKind(String label) {
        this.label = label;
    }

    /** @return the name the trace prints, e.g. {@code crash-before-ack} */
    public String label() {
        return label;
    }
}
