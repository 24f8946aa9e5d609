package dev.eventtestkit.aggregate;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything a step of a scenario left for the next one ({@link Outcome#andWhen}): the events applied so far
 * with their metadata, and the deadlines still pending with the instants they are due. Immutable, so an
 * outcome can be continued more than once, each continuation from the same past.
 *
 * @param events every event applied, given and produced, in order
 * @param metadata each event's metadata, by position
 * @param pending the deadlines pending when the step ended
 */
record Past<C, E>(List<E> events, List<Map<String, String>> metadata, List<Pending<C>> pending) {

    /**
     * A deadline waiting for its instant.
     *
     * @param command the deadline command
     * @param metadata its metadata
     * @param due when it fires
     */
    record Pending<C>(C command, Map<String, String> metadata, Instant due) {}
}
