package dev.eventtestkit.broker;

import dev.eventtestkit.event.DeterministicIds;
import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.EventDescriptor;
import dev.eventtestkit.event.EventValidator;
import dev.eventtestkit.event.Json;
import dev.eventtestkit.time.VirtualClock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fake's exchanges and queues: declarations, bindings, sending and routing, consumers. Delivery steps are
 * {@link QueueSteps}'; the {@link DeliveryLoop} interleaves them with the topics' deliveries.
 */
final class QueueWorld {

    static final int ACCESS_REFUSED = 403;

    private final Map<String, Exchange> exchanges = new LinkedHashMap<>();
    private final Map<String, FakeQueue> queues = new LinkedHashMap<>();
    /** The queues in declaration order, for indexed loops on the delivery path. */
    final List<FakeQueue> queueList = new ArrayList<>();
    private final List<Message> returned = new ArrayList<>();
    private final List<FakeQueue> routed = new ArrayList<>();
    private final EventCodec codec;
    private final EventValidator validator;
    private final DeterministicIds ids;
    private final VirtualClock clock;
    private final TraceLog trace;
    final QueueSteps steps;
    private long sends;
    private int consumers;

    QueueWorld(EventCodec codec, EventValidator validator, DeterministicIds ids, VirtualClock clock, TraceLog trace,
            Chooser chooser, Faults faults, RetryPolicy retryPolicy) {
        this.codec = codec;
        this.validator = validator;
        this.ids = ids;
        this.clock = clock;
        this.trace = trace;
        this.steps = new QueueSteps(this, clock, trace, chooser, faults, retryPolicy);
        for (ExchangeType type : ExchangeType.values()) {
            exchanges.put("amq." + type.amqpName(), new Exchange("amq." + type.amqpName(), type));
        }
        exchanges.put("amq.match", new Exchange("amq.match", ExchangeType.HEADERS));
    }

    void declareExchange(String name, ExchangeType type) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        String operation = "declare exchange '" + name + "' of type " + type;
        if (name.isEmpty()) {
            throw defaultExchange(operation);
        }
        Exchange existing = exchanges.get(name);
        if (existing == null) {
            if (name.startsWith("amq.")) {
                throw new QueueBrokerException(operation, ACCESS_REFUSED, "ACCESS_REFUSED - exchange name '" + name
                        + "' contains reserved prefix 'amq.*'");
            }
            exchanges.put(name, new Exchange(name, type));
        } else if (existing.type != type) {
            throw new QueueBrokerException(operation, QueueBrokerException.PRECONDITION_FAILED,
                    "PRECONDITION_FAILED - inequivalent arg 'type' for exchange '" + name + "' in vhost '/': received '"
                            + type.amqpName() + "' but current is '" + existing.type.amqpName() + "'");
        }
    }

    void declareQueue(String name, QueueOptions options) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(options, "options");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("declare queue: a queue needs a name (RabbitMQ would make up an"
                    + " amq.gen-... name that a test cannot know)");
        }
        options.check(name);
        FakeQueue existing = queues.get(name);
        if (existing == null) {
            FakeQueue queue = new FakeQueue(name, options);
            queues.put(name, queue);
            queueList.add(queue);
        } else if (!existing.options.equals(options)) {
            throw new QueueBrokerException("declare queue '" + name + "'", QueueBrokerException.PRECONDITION_FAILED,
                    "PRECONDITION_FAILED - inequivalent arguments for queue '" + name + "' in vhost '/': declared "
                            + existing.options + ", now " + options);
        }
    }

    void deleteQueue(String name) {
        FakeQueue queue = queues.remove(Objects.requireNonNull(name, "name"));
        if (queue == null) {
            return;
        }
        queueList.remove(queue);
        queue.deleted = true;
        for (Exchange exchange : exchanges.values()) {
            exchange.unbind(queue);
        }
        for (QueueConsumer consumer : List.copyOf(queue.consumers)) {
            steps.drop(consumer);
        }
        queue.consumers.clear();
        queue.clear();
    }

    void bind(String queue, String exchange, String routingKey, Map<String, String> arguments) {
        Objects.requireNonNull(routingKey, "routingKey");
        Objects.requireNonNull(arguments, "arguments");
        String operation = "bind queue '" + queue + "' to exchange '" + exchange + "' with key '" + routingKey + "'";
        if (exchange.isEmpty()) {
            throw defaultExchange(operation);
        }
        FakeQueue target = queue(queue, operation);
        Exchange source = exchanges.get(exchange);
        if (source == null) {
            throw QueueBrokerException.noExchange(operation, exchange);
        }
        String invalid = source.type == ExchangeType.HEADERS ? HeadersMatch.invalid(arguments) : null;
        if (invalid != null) {
            throw new QueueBrokerException(operation, QueueBrokerException.PRECONDITION_FAILED, invalid);
        }
        source.bind(target, routingKey, arguments);
    }

    Message send(String exchange, String routingKey, Object event, SendOptions options) {
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(routingKey, "routingKey");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(options, "options");
        Exchange source = exchange.isEmpty() ? null : exchanges.get(exchange);
        if (source == null && !exchange.isEmpty()) {
            throw QueueBrokerException.noExchange("send to exchange '" + exchange + "' with routing key '"
                    + routingKey + "'", exchange);
        }
        EventDescriptor descriptor = codec.describe(event.getClass());
        Json payload = codec.toJson(event);
        validator.validate(event, descriptor, payload);
        long sequence = sends++;
        Map<String, String> headers = options.headers();
        Message sent = new Message(ids.next(), exchange, -1, -1, routingKey, descriptor.name(), descriptor.version(),
                clock.instant(), headers, payload, 1, codec)
                .sent(new QueueDelivery(exchange, routingKey, null, false, null), sequence);
        routed.clear();
        route(source, routingKey, headers, routed);
        String what = "send " + sent.type() + " v" + sent.version() + " key=" + routingKey;
        if (routed.isEmpty()) {
            if (options.isMandatory()) {
                returned.add(sent);
                trace.queue(TraceKind.RETURN, sent, null, 0, what + ": unroutable, returned (mandatory)");
            } else {
                trace.queue(TraceKind.DROP, sent, null, 0, what + ": unroutable, dropped");
            }
            return sent;
        }
        trace.queue(TraceKind.PUBLISH, sent, null, 0, what + " -> " + names(routed));
        for (int i = 0; i < routed.size(); i++) {
            steps.enter(routed.get(i), new QueueEntry(sent, sequence, exchange, routingKey, headers));
        }
        return sent;
    }

    /** The default exchange ({@code source} null) routes to the queue named by the key. */
    void route(@Nullable Exchange source, String routingKey, Map<String, String> headers, List<FakeQueue> into) {
        if (source == null) {
            FakeQueue queue = queues.get(routingKey);
            if (queue != null) {
                into.add(queue);
            }
        } else {
            source.route(routingKey, headers, into);
        }
    }

    /** @return the exchange, null for the default one; absent ones are reported by the caller */
    @Nullable Exchange exchange(String name) {
        return exchanges.get(name);
    }

    boolean exchangeExists(String name) {
        return name.isEmpty() || exchanges.containsKey(name);
    }

    Subscription consume(String queue, ConsumeOptions options, MessageHandler handler) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(handler, "handler");
        FakeQueue source = queue(queue, "consume from queue '" + queue + "'");
        QueueConsumer consumer = new QueueConsumer(this, source, "ctag-" + ++consumers, options, handler);
        source.consumers.add(consumer);
        source.hadConsumer = true;
        return consumer;
    }

    void cancel(QueueConsumer consumer) {
        if (consumer.cancelled) {
            return;
        }
        steps.cancel(consumer);
        FakeQueue queue = consumer.queue;
        if (queue.options.isAutoDelete() && queue.consumers.isEmpty() && !queue.deleted) {
            deleteQueue(queue.name);
        }
    }

    void settle(InFlight delivery, String how) {
        steps.settle(delivery, how);
    }

    @Nullable Message get(String queue) {
        FakeQueue source = queue(queue, "get from queue '" + queue + "'");
        steps.expire(source);
        return source.readyCount() == 0 ? null : steps.get(source);
    }

    int messageCount(String queue) {
        FakeQueue source = queue(queue, "count the messages of queue '" + queue + "'");
        steps.expire(source);
        return source.readyCount();
    }

    List<Message> returned() {
        return List.copyOf(returned);
    }

    private FakeQueue queue(String name, String operation) {
        Objects.requireNonNull(name, "queue");
        FakeQueue queue = queues.get(name);
        if (queue == null) {
            throw QueueBrokerException.noQueue(operation, name);
        }
        return queue;
    }

    private static QueueBrokerException defaultExchange(String operation) {
        return new QueueBrokerException(operation, ACCESS_REFUSED,
                "ACCESS_REFUSED - operation not permitted on the default exchange");
    }

    static String names(List<FakeQueue> queues) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < queues.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(queues.get(i).name);
        }
        return text.toString();
    }
}
