package dev.eventtestkit.broker;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Where a message sent through a {@link QueueBroker} went: for {@link QueueBroker} implementations, which attach
 * it with {@link Message#withQueueDelivery(QueueDelivery)}; tests read it through {@link Message#exchange()},
 * {@link Message#routingKey()}, {@link Message#queue()}, {@link Message#redelivered()} and
 * {@link Message#context()}.
 *
 * @param exchange the exchange it was sent to; empty for the default exchange
 * @param routingKey the routing key it was sent with
 * @param queue the queue it was delivered from, or null for the message {@code send} returns
 * @param redelivered RabbitMQ's redelivered flag: the queue delivered it before (requeue, lost ack)
 * @param context how the consumer settles it, or null when there is nothing to settle
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public record QueueDelivery(
        String exchange, String routingKey, @Nullable String queue, boolean redelivered,
        @Nullable DeliveryContext context) {

    public QueueDelivery {
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(routingKey, "routingKey");
    }
}
