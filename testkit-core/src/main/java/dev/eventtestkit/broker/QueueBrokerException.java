package dev.eventtestkit.broker;

import org.apiguardian.api.API;

/**
 * A queue operation RabbitMQ refuses, with RabbitMQ's reply code and text, e.g. sending to an exchange that was
 * never declared ({@code 404 NOT_FOUND - no exchange 'orders' in vhost '/'}) or acking a delivery tag twice
 * ({@code 406 PRECONDITION_FAILED - unknown delivery tag 1}). The fake and a real RabbitMQ throw the same text.
 *
 * <p>Where RabbitMQ would close the channel, the kit refuses the call and keeps the channel: nothing is requeued
 * or lost because of the mistake.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class QueueBrokerException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** RabbitMQ's 404: the exchange or queue does not exist. */
    public static final int NOT_FOUND = 404;
    /** RabbitMQ's 406: the request contradicts the state (unknown delivery tag, inequivalent arguments). */
    public static final int PRECONDITION_FAILED = 406;

    private final int replyCode;
    private final String replyText;

    /**
     * @param operation what was asked, e.g. {@code send to exchange 'orders'}
     * @param replyCode RabbitMQ's reply code, e.g. 404
     * @param replyText RabbitMQ's reply text, e.g. {@code NOT_FOUND - no exchange 'orders' in vhost '/'}
     */
    public QueueBrokerException(String operation, int replyCode, String replyText) {
        super(operation + ": " + replyCode + " " + replyText);
        this.replyCode = replyCode;
        this.replyText = replyText;
    }

    /** @return RabbitMQ's reply code, e.g. 404 */
    public int replyCode() {
        return replyCode;
    }

    /** @return RabbitMQ's reply text, e.g. {@code NOT_FOUND - no exchange 'orders' in vhost '/'} */
    public String replyText() {
        return replyText;
    }

    /**
     * @param operation what was asked
     * @param exchange the exchange that does not exist
     * @return RabbitMQ's 404 for it
     */
    public static QueueBrokerException noExchange(String operation, String exchange) {
        return new QueueBrokerException(operation, NOT_FOUND, "NOT_FOUND - no exchange '" + exchange
                + "' in vhost '/'");
    }

    /**
     * @param operation what was asked
     * @param queue the queue that does not exist
     * @return RabbitMQ's 404 for it
     */
    public static QueueBrokerException noQueue(String operation, String queue) {
        return new QueueBrokerException(operation, NOT_FOUND, "NOT_FOUND - no queue '" + queue + "' in vhost '/'");
    }

    /**
     * @param operation what was asked, e.g. {@code ack on queue 'billing'}
     * @param deliveryTag the tag that is not outstanding on the consumer's channel
     * @return RabbitMQ's 406 for it
     */
    public static QueueBrokerException unknownDeliveryTag(String operation, long deliveryTag) {
        return new QueueBrokerException(operation, PRECONDITION_FAILED, "PRECONDITION_FAILED - unknown delivery tag "
                + deliveryTag);
    }
}
