package dev.eventtestkit.contract;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An incompatible difference found by {@link Compatibility#check}, with the earlier version it breaks.
 *
 * @param version the earlier version (1-based, as in {@code v1.json}) that the candidate breaks
 * @param direction BACKWARD when the candidate cannot read that version's data, FORWARD when that version
 *     cannot read the candidate's data
 * @param difference the difference, with its path in the terms of the schema whose data is read (the earlier
 *     version for BACKWARD, the candidate for FORWARD)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Incompatibility(int version, Direction direction, Difference difference) {

    public Incompatibility {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(difference, "difference");
    }
}
