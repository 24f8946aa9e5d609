package dev.eventtestkit.cucumber;

import dev.eventtestkit.broker.ExchangeType;
import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.QueueOptions;
import dev.eventtestkit.broker.SendOptions;
import dev.eventtestkit.report.Plural;
import io.cucumber.datatable.DataTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opentest4j.AssertionFailedError;

/** The exchange and queue steps: declarations with the scenario's queue consumers, sends, and checks. */
final class ScenarioQueues {

    private static final List<String> OPTIONS = List.of("durable", "exclusive", "auto-delete", "max length",
            "overflow", "message TTL", "dead-letter exchange", "dead-letter routing key", "single active consumer");

    private final ScenarioWorld world;

    ScenarioQueues(ScenarioWorld world) {
        this.world = world;
    }

    void exchange(String name, String type) {
        ExchangeType exchangeType;
        try {
            exchangeType = ExchangeType.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("the exchange \"" + name + "\": the type is direct, fanout, topic or"
                    + " headers, was \"" + type + "\"");
        }
        world.broker().declareExchange(name, exchangeType);
    }

    /** Declares the queue, then adds the consumers the configuration registered for it. */
    void queue(String name, QueueOptions options) {
        FakeBroker broker = world.broker();
        broker.declareQueue(name, options);
        for (EventTestkitSetup.QueueConsumer consumer : world.setup().queueConsumers()) {
            if (consumer.queue().equals(name)) {
                broker.consume(name, consumer.options(), consumer.handler());
            }
        }
    }

    static QueueOptions options(String queue, DataTable table) {
        QueueOptions options = QueueOptions.defaults();
        int maxLength = -1;
        QueueOptions.Overflow overflow = QueueOptions.Overflow.DROP_HEAD;
        for (List<String> row : table.cells()) {
            if (row.size() != 2) {
                throw new IllegalArgumentException("the queue \"" + queue + "\": each row is | option | value |, found "
                        + row.size() + " cell(s)");
            }
            String option = row.get(0).strip();
            String value = row.get(1).strip();
            String where = "the queue \"" + queue + "\", option \"" + option + "\"";
            switch (option) {
                case "durable" -> options = options.durable(flag(value, where));
                case "exclusive" -> options = options.exclusive(flag(value, where));
                case "auto-delete" -> options = options.autoDelete(flag(value, where));
                case "max length" -> maxLength = count(value, where);
                case "overflow" -> overflow = overflow(value, where);
                case "message TTL" -> options = options.messageTtl(TimeText.duration(value));
                case "dead-letter exchange" -> options = options.deadLetterExchange(value);
                case "dead-letter routing key" -> options = options.deadLetterRoutingKey(value);
                case "single active consumer" -> options = options.singleActiveConsumer(flag(value, where));
                default -> throw new IllegalArgumentException("the queue \"" + queue + "\": unknown option \"" + option
                        + "\"; the options are " + String.join(", ", OPTIONS));
            }
        }
        return maxLength < 0 ? options : options.maxLength(maxLength, overflow);
    }

    Message send(String exchange, String routingKey, EventRow row, boolean mandatory) {
        Object event = Conversions.event(world.registrations, row);
        FakeBroker broker = world.broker();
        Message sent = broker.send(exchange, routingKey, event, SendOptions.defaults().mandatory(mandatory));
        broker.runUntilIdle();
        return sent;
    }

    void holds(String queue, int count) {
        FakeBroker broker = settled();
        int ready = broker.messageCount(queue);
        if (ready != count) {
            throw new AssertionFailedError("Expected the queue \"" + queue + "\" to hold " + messages(count)
                    + ", but it holds " + ready + world.seedLine(), count, ready);
        }
    }

    /** Takes every ready message of the queue ({@code basic.get}) and compares them, in queue order. */
    void holdsInOrder(String queue, List<EventRow> expected) {
        FakeBroker broker = settled();
        List<Message> taken = new ArrayList<>();
        for (Message message = broker.get(queue); message != null; message = broker.get(queue)) {
            taken.add(message);
        }
        List<String> occurred = taken.stream().map(Message::type).toList();
        expected.forEach(row -> world.registrations.requireKnownEvent(row.type(), occurred));
        SequenceCheck.assertMatches(expected, taken.stream().map(ActualEvent::of).toList(),
                "Expected the queue \"" + queue + "\" to hold these events", "but it holds", world.seedLine());
    }

    void returned(int count) {
        List<Message> returned = settled().returned();
        if (returned.size() != count) {
            throw new AssertionFailedError("Expected " + messages(count) + " returned as unroutable, but "
                    + returned.size() + (returned.size() == 1 ? " was" : " were") + world.seedLine(), count,
                    returned.size());
        }
    }

    static Map<String, String> arguments(DataTable table) {
        Map<String, String> arguments = new LinkedHashMap<>();
        for (List<String> row : table.cells()) {
            if (row.size() != 2) {
                throw new IllegalArgumentException("each row of binding arguments is | name | value |, found "
                        + row.size() + " cell(s)");
            }
            arguments.put(row.get(0).strip(), row.get(1).strip());
        }
        return arguments;
    }

    private FakeBroker settled() {
        FakeBroker broker = world.broker();
        broker.runUntilIdle();
        return broker;
    }

    private static String messages(int count) {
        return Plural.of(count, "message");
    }

    private static boolean flag(String value, String where) {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException(where + ": true or false, was \"" + value + "\"");
    }

    private static int count(String value, String where) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(where + ": a whole number, was \"" + value + "\"");
        }
    }

    private static QueueOptions.Overflow overflow(String value, String where) {
        for (QueueOptions.Overflow overflow : QueueOptions.Overflow.values()) {
            if (overflow.amqpName().equals(value)) {
                return overflow;
            }
        }
        throw new IllegalArgumentException(where + ": drop-head, reject-publish or reject-publish-dlx, was \""
                + value + "\"");
    }
}
