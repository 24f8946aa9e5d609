package dev.eventtestkit.projection;

import java.util.Objects;

/**
 * An event given to a projection scenario, with the stream it belongs to.
 *
 * @param stream the stream (an aggregate's id, a partition key)
 * @param event the event object
 */
record GivenEvent(String stream, Object event) {

    GivenEvent {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(event, "event");
    }
}
