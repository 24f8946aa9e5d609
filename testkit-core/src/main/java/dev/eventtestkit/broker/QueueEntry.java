package dev.eventtestkit.broker;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One message in one queue: ready, in a consumer's window, or waiting (a retry back-off, a delay fault). */
final class QueueEntry {

    /** The message as sent, without a queue delivery. */
    final Message sent;
    final long sequence;
    final String exchange;
    final String routingKey;
    final Map<String, String> headers;
    /** Its place in the queue: requeued messages go back before every ready message with a higher one. */
    long position;
    int attempt = 1;
    int failures;
    boolean redelivered;
    /** A duplicate the duplicates fault made: at rate 1 it is not duplicated again. */
    boolean duplicate;
    @Nullable Instant expiresAt;
    /** While waiting: when it enters the queue, and why. */
    @Nullable Instant readyAt;
    @Nullable String waitingFor;

    QueueEntry(Message sent, long sequence, String exchange, String routingKey, Map<String, String> headers) {
        this.sent = sent;
        this.sequence = sequence;
        this.exchange = exchange;
        this.routingKey = routingKey;
        this.headers = headers;
    }

    /** @return the message as the trace shows it in this queue (no context: the trace needs none) */
    Message traced(FakeQueue queue) {
        return sent.delivered(attempt, headers, new QueueDelivery(exchange, routingKey, queue.name, redelivered, null));
    }

    /** @return a copy entering another queue (dead-lettered there), or the same queue again (a duplicate) */
    QueueEntry copy(String toExchange, String toRoutingKey, Map<String, String> toHeaders) {
        return new QueueEntry(sent, sequence, toExchange, toRoutingKey, toHeaders);
    }
}
