package dev.eventtestkit.contract;

import org.apiguardian.api.API;

/** Which way a compatibility check reads: who writes the data and who reads it. */
@API(status = API.Status.STABLE, since = "0.1")
public enum Direction {
    /** The candidate schema reads data written under an earlier version. */
    BACKWARD,
    /** An earlier version reads data written under the candidate schema. */
    FORWARD
}
