package dev.eventtestkit.broker;

import org.apiguardian.api.API;

/**
 * How a consumer settles one queue delivery in manual-ack mode ({@link ConsumeOptions#manualAck()}): exactly one
 * of {@link #ack()}, {@link #nack(boolean)} or {@link #reject()}, during the handler or later.
 *
 * <pre>{@code
 * broker.consume("billing", ConsumeOptions.defaults().manualAck(), message -> {
 *     if (billing.tryCharge(message.payloadAs(OrderPlaced.class))) {
 *         message.context().ack();
 *     } else {
 *         message.context().nack(true);          // back to its place in the queue, redelivered
 *     }
 * });
 * }</pre>
 *
 * <p>Settling twice, or settling a delivery of an auto-ack consumer, fails with RabbitMQ's
 * {@code PRECONDITION_FAILED - unknown delivery tag N} ({@link QueueBrokerException}) and changes nothing.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface DeliveryContext {

    /** @return the delivery tag, counting from 1 on the consumer's channel */
    long deliveryTag();

    /** Acknowledges the delivery: the message leaves the queue. */
    void ack();

    /**
     * @param requeue true puts the message back in the queue at its original position (redelivered); false
     *     dead-letters it to the queue's dead-letter exchange, or drops it when the queue has none
     */
    void nack(boolean requeue);

    /** Rejects the delivery without requeue: dead-lettered, or dropped when the queue has no dead-letter exchange. */
    void reject();
}
