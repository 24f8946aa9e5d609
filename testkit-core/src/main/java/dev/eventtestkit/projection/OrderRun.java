package dev.eventtestkit.projection;

import dev.eventtestkit.broker.DeadLetter;
import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.explore.Scenario;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.opentest4j.AssertionFailedError;

/**
 * One order of the given events, run by the explorer: each stream is a one-partition topic, so a stream keeps
 * its order while the broker's choices interleave the streams; the read model is then checked.
 */
final class OrderRun<R> implements Scenario {

    static final String GROUP = "read-model";

    private final ProjectionFixture<R> fixture;
    private final List<GivenEvent> given;
    private final EventClasses classes;
    private final Consumer<R> check;

    OrderRun(ProjectionFixture<R> fixture, List<GivenEvent> given, Consumer<R> check) {
        this.fixture = fixture;
        this.given = given;
        this.classes = new EventClasses(given, fixture.settings().codec());
        this.check = check;
    }

    @Override
    public void run(FakeBroker broker) {
        R model = fixture.newReadModel();
        Map<String, Long> positions = new HashMap<>();
        for (String stream : streams()) {
            broker.createTopic(stream, 1);
            broker.subscribe(stream, GROUP, message -> fixture.projection().apply(model,
                    Envelope.of(message, position(positions, message), fixture.settings().codec()), classes));
        }
        for (GivenEvent event : given) {
            broker.publish(event.stream(), event.stream(), event.event());
        }
        broker.runUntilIdle();
        for (String stream : streams()) {
            for (DeadLetter letter : broker.deadLetterDetails(stream, GROUP)) {
                Message message = letter.message();
                throw new AssertionFailedError("the read model threw on " + message.topic() + "@" + message.offset()
                        + " (" + message.type() + " v" + message.version() + "): " + letter.lastFailure(),
                        letter.lastFailure());
            }
        }
        check.accept(model);
    }

    /** The order of first deliveries is the order this run's log would have: a duplicate keeps its position. */
    private static long position(Map<String, Long> positions, Message message) {
        return positions.computeIfAbsent(message.topic() + "@" + message.offset(), place -> (long) positions.size());
    }

    Set<String> streams() {
        Set<String> streams = new LinkedHashSet<>();
        for (GivenEvent event : given) {
            streams.add(event.stream());
        }
        return streams;
    }

    /** @return {@code stream@version Type} for every given event, by its place */
    Map<String, String> types() {
        Map<String, String> types = new HashMap<>();
        Map<String, Integer> versions = new HashMap<>();
        for (GivenEvent event : given) {
            int version = versions.merge(event.stream(), 1, Integer::sum) - 1;
            types.put(event.stream() + "@" + version, fixture.settings().codec().describe(event.event().getClass()).name());
        }
        return types;
    }
}
