package dev.eventtestkit.broker;

import org.apiguardian.api.API;

/** What a {@link TraceEntry} records. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum TraceKind {
    /** A record was appended to a partition, or a message sent to an exchange. */
    PUBLISH,
    /** A record was handed to a consumer instance. */
    DELIVER,
    /** The handler returned and the broker recorded it. */
    ACK,
    /** The handler threw. */
    FAIL,
    /** A failed delivery was scheduled again after its backoff. */
    RETRY,
    /** A record went to the dead letters of its topic and group after its last attempt. */
    DEAD_LETTER,
    /**
     * A group that stops at a failing record (an event store's catch-up subscription) stopped there after its
     * last attempt: the record stays unacked and nothing more is delivered to the group.
     */
    STOP,
    /** A fault struck; {@link TraceEntry#fault()} says which. */
    FAULT,
    /** A queue handed a message to a consumer's prefetch window; its handler runs in a later step. */
    DISPATCH,
    /** A queue message went back into its queue: nacked or rejected with requeue, or its consumer went away. */
    REQUEUE,
    /** A mandatory message no queue took was returned to the sender. */
    RETURN,
    /**
     * A queue message was dropped: unroutable, or rejected, expired or overflowing without a dead-letter exchange;
     * or a topic record was deleted by its topic's retention or compaction.
     */
    DROP
}
