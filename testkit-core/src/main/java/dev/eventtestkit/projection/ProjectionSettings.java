package dev.eventtestkit.projection;

import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.event.EventCodec;
import org.jspecify.annotations.Nullable;

/**
 * A projection fixture's settings, one immutable value: a new option is one field here.
 *
 * @param faults what deliveries meet
 * @param seed decides faults, ids and random orders
 * @param codec serializes and reads back the events
 * @param contracts validates the given events, or null
 */
record ProjectionSettings(Faults faults, long seed, EventCodec codec, @Nullable EventContracts contracts) {

    static final ProjectionSettings DEFAULTS = new ProjectionSettings(Faults.none(), 0L, EventCodec.jackson(), null);

    ProjectionSettings withFaults(Faults faults) {
        return new ProjectionSettings(faults, seed, codec, contracts);
    }

    ProjectionSettings withSeed(long seed) {
        return new ProjectionSettings(faults, seed, codec, contracts);
    }

    ProjectionSettings withCodec(EventCodec codec) {
        return new ProjectionSettings(faults, seed, codec, contracts);
    }

    ProjectionSettings withContracts(EventContracts contracts) {
        return new ProjectionSettings(faults, seed, codec, contracts);
    }

    @Override
    public String toString() {
        return faults + ", seed " + seed + (contracts == null ? "" : ", " + contracts);
    }
}
