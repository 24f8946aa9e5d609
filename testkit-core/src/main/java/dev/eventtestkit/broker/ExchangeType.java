package dev.eventtestkit.broker;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * How an exchange routes a sent message to the queues bound to it, as RabbitMQ's exchange types do.
 *
 * <pre>{@code
 * broker.declareExchange("orders", ExchangeType.TOPIC);
 * broker.bind("billing", "orders", "order.*.created");   // '*' one word, '#' zero or more words
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum ExchangeType {
    /** To every queue bound with a routing key equal to the message's. */
    DIRECT,
    /** To every bound queue; the routing key is ignored. */
    FANOUT,
    /**
     * To every queue bound with a pattern the routing key matches: words are separated by dots, {@code *}
     * matches exactly one word, {@code #} zero or more; empty words (as in {@code a..b}) are words too.
     */
    TOPIC,
    /**
     * To every queue whose binding arguments match the message headers: {@code x-match} {@code all} (the
     * default) needs every other argument equal to a header, {@code any} at least one.
     */
    HEADERS;

    /** @return the name RabbitMQ uses, e.g. {@code topic} */
    public String amqpName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
