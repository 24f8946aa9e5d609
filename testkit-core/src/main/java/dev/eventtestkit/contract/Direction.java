package dev.eventtestkit.contract;

/** Which way a compatibility check reads: who writes the data and who reads it. */
public enum Direction {
    /** The candidate schema reads data written under an earlier version. */
    BACKWARD,
    /** An earlier version reads data written under the candidate schema. */
    FORWARD
}
