package dev.eventtestkit.cucumber;

import dev.eventtestkit.broker.DeadLetter;
import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.report.Plural;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;

/** The Then steps about topics and dead letters; each first delivers what is ready, then checks. */
final class BrokerChecks {

    private final ScenarioWorld world;

    BrokerChecks(ScenarioWorld world) {
        this.world = world;
    }

    void publishedExactly(int count, String type, String topic) {
        List<Message> all = settled().messages(topic);
        world.registrations.requireKnownEvent(type, types(all));
        List<Message> matching = all.stream().filter(m -> m.type().equals(type)).toList();
        if (matching.size() != count) {
            String message = "Expected exactly " + count + " \"" + type + "\" published to \"" + topic + "\", but found "
                    + matching.size() + "; \"" + topic + "\" holds:\n" + lines(all) + world.seedLine();
            throw new AssertionFailedError(message, count, matching.size());
        }
    }

    void publishedInOrder(String topic, List<EventRow> expected) {
        List<Message> all = settled().messages(topic);
        List<String> occurred = types(all);
        expected.forEach(row -> world.registrations.requireKnownEvent(row.type(), occurred));
        SequenceCheck.assertMatches(expected, all.stream().map(ActualEvent::of).toList(),
                "Expected these events published to \"" + topic + "\"", "but it holds", world.seedLine());
    }

    void nothingPublished(String topic) {
        List<Message> all = settled().messages(topic);
        if (!all.isEmpty()) {
            throw new AssertionFailedError("Expected nothing published to \"" + topic + "\", but it holds "
                    + SequenceCheck.count(all.size()) + ":\n" + lines(all) + world.seedLine(), "", lines(all));
        }
    }

    void noDeadLetters() {
        List<String> letters = deadLetters(null, null);
        if (!letters.isEmpty()) {
            String text = String.join("\n", letters);
            throw new AssertionFailedError("Expected no message dead-lettered, but " + messages(letters.size())
                    + (letters.size() == 1 ? " was" : " were") + ":\n" + text + world.seedLine(), "", text);
        }
    }

    void deadLettered(int count, String topic, String group) {
        List<String> letters = deadLetters(topic, group);
        if (letters.size() != count) {
            String shown = letters.isEmpty() ? "  (none)" : String.join("\n", letters);
            throw new AssertionFailedError("Expected " + messages(count) + " dead-lettered from \"" + topic + "\" by \""
                    + group + "\", but found " + letters.size() + ":\n" + shown + world.seedLine(), count,
                    letters.size());
        }
    }

    /** @return every record of every topic something was published to, topic by topic, in publish order */
    List<Message> allPublished() {
        FakeBroker broker = settled();
        List<Message> all = new ArrayList<>();
        broker.topics().forEach(topic -> all.addAll(broker.messages(topic)));
        return all;
    }

    FakeBroker settled() {
        FakeBroker broker = world.broker();
        broker.runUntilIdle();
        return broker;
    }

    private List<String> deadLetters(@Nullable String topic, @Nullable String group) {
        FakeBroker broker = settled();
        Set<List<String>> groups = new LinkedHashSet<>();
        world.setup().consumers().forEach(c -> groups.add(List.of(c.topic(), c.group())));
        List<String> found = new ArrayList<>();
        for (List<String> pair : groups) {
            if ((topic == null || topic.equals(pair.get(0))) && (group == null || group.equals(pair.get(1)))) {
                for (DeadLetter letter : broker.deadLetterDetails(pair.get(0), pair.get(1))) {
                    found.add(line(letter.message()) + " by " + pair.get(1) + " after " + letter.failures()
                            + (letter.failures() == 1 ? " failure: " : " failures: ") + letter.lastFailure());
                }
            }
        }
        return found;
    }

    static String lines(List<Message> messages) {
        if (messages.isEmpty()) {
            return "  (nothing)";
        }
        StringJoiner lines = new StringJoiner("\n");
        messages.forEach(m -> lines.add(line(m)));
        return lines.toString();
    }

    static String line(Message message) {
        return "  " + message.position() + " " + message.type() + " key=" + message.key() + " " + message.payload();
    }

    private static List<String> types(List<Message> messages) {
        return messages.stream().map(Message::type).toList();
    }

    private static String messages(int count) {
        return Plural.of(count, "message");
    }
}
