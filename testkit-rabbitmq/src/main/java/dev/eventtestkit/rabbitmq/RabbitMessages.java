package dev.eventtestkit.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.LongString;
import dev.eventtestkit.broker.DeliveryContext;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.QueueDelivery;
import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.EventDescriptor;
import dev.eventtestkit.event.EventValidator;
import dev.eventtestkit.event.Json;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Events to AMQP messages (JSON body, type and id properties, the kit's headers) and deliveries back to {@link Message}s. */
final class RabbitMessages {

    /** The kit's own headers; a {@link Message} does not show them. */
    static final String OWN = "x-eventtestkit-";
    static final String VERSION = OWN + "version";
    static final String TIME = OWN + "time";
    static final String EXCHANGE = OWN + "exchange";
    static final String VIA = OWN + "via";

    private final EventCodec codec;
    private final EventValidator validator;
    private final RabbitNames names;

    RabbitMessages(EventCodec codec, EventValidator validator, RabbitNames names) {
        this.codec = codec;
        this.validator = validator;
        this.names = names;
    }

    /** An encoded event: what {@code send} returns, and the properties and body the server gets. */
    record Encoded(Message message, AMQP.BasicProperties properties, byte[] body) {}

    Encoded encode(String exchange, String routingKey, Object event, Map<String, String> headers, String id,
            Instant time) {
        EventDescriptor descriptor = codec.describe(event.getClass());
        Json payload = codec.toJson(event);
        validator.validate(event, descriptor, payload);
        Map<String, Object> amqpHeaders = new LinkedHashMap<>(headers);
        amqpHeaders.put(VERSION, Integer.toString(descriptor.version()));
        amqpHeaders.put(TIME, time.toString());
        amqpHeaders.put(EXCHANGE, exchange);
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                .messageId(id)
                .type(descriptor.name())
                .contentType("application/json")
                .deliveryMode(2)
                .timestamp(Date.from(time))
                .headers(amqpHeaders)
                .build();
        Message message = new Message(id, exchange, -1, -1, routingKey, descriptor.name(), descriptor.version(), time,
                headers, payload, 1, codec)
                .withQueueDelivery(new QueueDelivery(exchange, routingKey, null, false, null));
        return new Encoded(message, properties, payload.toBytes());
    }

    /**
     * @param queue the queue as the test named it
     * @param context null for {@code basic.get}
     */
    Message decode(Envelope envelope, AMQP.BasicProperties properties, byte[] body, String queue, int attempt,
            @Nullable DeliveryContext context) {
        Map<String, Object> raw = properties.getHeaders() == null ? Map.of() : properties.getHeaders();
        String exchange = names.isRetryReturn(envelope.getExchange())
                ? text(raw.get(VIA), "")
                : names.logical(envelope.getExchange());
        String routingKey = names.logical(envelope.getRoutingKey());
        Instant time = raw.get(TIME) != null ? Instant.parse(text(raw.get(TIME), ""))
                : properties.getTimestamp() == null ? Instant.EPOCH : properties.getTimestamp().toInstant();
        String id = properties.getMessageId() == null ? queue + "#" + envelope.getDeliveryTag()
                : properties.getMessageId();
        Message message = new Message(id, text(raw.get(EXCHANGE), exchange), -1, -1, routingKey,
                properties.getType() == null ? Message.UNKNOWN_TYPE : properties.getType(),
                Integer.parseInt(text(raw.get(VERSION), "1")), time, headers(raw), payload(body), attempt, codec);
        return message.withQueueDelivery(new QueueDelivery(exchange, routingKey, queue, envelope.isRedeliver(),
                context));
    }

    /** @return how many times x-death says the message expired from one of this broker's retry queues of {@code queue} */
    int retries(AMQP.BasicProperties properties, String queue) {
        Map<String, Object> raw = properties.getHeaders();
        Object deaths = raw == null ? null : raw.get("x-death");
        if (!(deaths instanceof List<?> list)) {
            return 0;
        }
        int retries = 0;
        for (Object death : list) {
            if (death instanceof Map<?, ?> table && names.isRetryQueueOf(text(table.get("queue"), ""), queue)
                    && table.get("count") instanceof Number count) {
                retries += count.intValue();
            }
        }
        return retries;
    }

    /** The headers a test sees: string-like values as text, the queue names as the test wrote them. */
    private Map<String, String> headers(Map<String, Object> raw) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, Object> header : raw.entrySet()) {
            Object value = header.getValue();
            String name = header.getKey();
            if (name.startsWith(OWN) || value instanceof List || value instanceof Map || value == null) {
                continue;
            }
            String text = text(value, "");
            headers.put(name, name.startsWith("x-first-death-") ? names.logical(text) : text);
        }
        return headers;
    }

    private static String text(@Nullable Object value, String otherwise) {
        if (value == null) {
            return otherwise;
        }
        return value instanceof LongString || value instanceof byte[]
                ? new String(value instanceof byte[] bytes ? bytes : ((LongString) value).getBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)
                : value.toString();
    }

    private static Json payload(byte[] body) {
        return body.length == 0 ? Json.nullValue() : Json.parse(body);
    }
}
