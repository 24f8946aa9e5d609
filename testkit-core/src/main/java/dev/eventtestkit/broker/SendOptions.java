package dev.eventtestkit.broker;

import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How a message is sent to an exchange: its headers and RabbitMQ's {@code mandatory} flag. Immutable: every
 * setter returns a new copy.
 *
 * <pre>{@code
 * broker.send("orders", "order.created", new OrderPlaced("o-1", 100), SendOptions.defaults().mandatory(true));
 * broker.returned();   // the mandatory messages no queue took
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class SendOptions {

    private static final SendOptions DEFAULTS = new SendOptions(Map.of(), false);

    private final Map<String, String> headers;
    private final boolean mandatory;

    private SendOptions(Map<String, String> headers, boolean mandatory) {
        this.headers = headers;
        this.mandatory = mandatory;
    }

    /** @return no headers, not mandatory: an unroutable message is dropped (and traced) */
    public static SendOptions defaults() {
        return DEFAULTS;
    }

    /**
     * @param headers the message headers (a headers exchange routes on them)
     * @return a new copy
     */
    public SendOptions headers(Map<String, String> headers) {
        return new SendOptions(Map.copyOf(Objects.requireNonNull(headers, "headers")), mandatory);
    }

    /**
     * @param mandatory whether a message no queue takes is returned to the sender ({@link QueueBroker#returned()})
     *     rather than dropped
     * @return a new copy
     */
    public SendOptions mandatory(boolean mandatory) {
        return new SendOptions(headers, mandatory);
    }

    /** @return the headers, unmodifiable */
    public Map<String, String> headers() {
        return headers;
    }

    /** @return whether an unroutable message is returned */
    public boolean isMandatory() {
        return mandatory;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SendOptions that && that.mandatory == mandatory && that.headers.equals(headers);
    }

    @Override
    public int hashCode() {
        return 31 * headers.hashCode() + Boolean.hashCode(mandatory);
    }

    @Override
    public String toString() {
        return "SendOptions[mandatory=" + mandatory + ", headers=" + headers + "]";
    }
}
