package dev.eventtestkit.aggregate;

import dev.eventtestkit.event.EventWithMetadata;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A scenario's past: the events given to a fixture. Immutable; each {@code when...} runs the scenario anew
 * from the initial state, so one scenario can be tried with several commands.
 *
 * <pre>{@code
 * Scenario<OrderCommand, OrderEvent, OrderState> created = orders.given(new OrderCreated("o-1", 100));
 * created.when(new ShipOrder("o-1")).thenFails(IllegalStateException.class, "not paid");
 * created.whenTimePasses(Duration.ofMinutes(30)).thenEvents(new OrderCancelled("o-1", "payment timeout"));
 * }</pre>
 *
 * @param <C> the command type
 * @param <E> the event type
 * @param <S> the state type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Scenario<C, E, S> {

    private final AggregateFixture<C, E, S> fixture;
    private final List<E> given;
    private final @Nullable List<Map<String, String>> givenMetadata;

    Scenario(AggregateFixture<C, E, S> fixture, List<E> given, @Nullable List<Map<String, String>> givenMetadata) {
        this.fixture = fixture;
        this.given = given;
        this.givenMetadata = givenMetadata;
    }

    /**
     * Applies the given events, then decides the command against the resulting state. A command that throws
     * is recorded as rejected (assert it with {@code thenFails}); deadlines do not fire, as no time passes.
     *
     * @param command the command under test
     * @return the outcome to assert on
     * @throws RuntimeException what the validator throws, or an {@link IllegalStateException} when an event
     *     cannot be applied or {@code decide} returns null
     */
    public Outcome<C, E, S> when(C command) {
        Objects.requireNonNull(command, "command");
        return ScenarioRun.start(fixture, given, givenMetadata).decide(command, Trigger.command(command));
    }

    /**
     * Decides a command that carries metadata: a {@link MessageDecider} reads it, and the events it produces
     * carry its correlation and causation ids (see {@link AggregateFixture#withoutMetadataPropagation}).
     *
     * <pre>{@code
     * orders.given(created, paid)
     *       .when(new ShipOrder("o-1"), Map.of("correlationId", "c-1", "messageId", "m-7"))
     *       .thenMetadata(Map.of("correlationId", "c-1", "causationId", "m-7"));
     * }</pre>
     *
     * @param command the command under test
     * @param metadata its metadata; no null key or value
     * @return the outcome to assert on
     * @throws IllegalArgumentException when a metadata key or value is null, naming the command and the key
     */
    public Outcome<C, E, S> when(C command, Map<String, String> metadata) {
        Objects.requireNonNull(command, "command");
        Map<String, String> checked =
                EventWithMetadata.checked(metadata, "command " + fixture.format().render(command));
        return ScenarioRun.start(fixture, given, givenMetadata).decide(command, Trigger.command(command, checked));
    }

    /**
     * Applies the given events (scheduling their deadlines from the clock's current instant), then advances
     * the fixture's clock, deciding each deadline command that falls due on the way.
     *
     * @param duration how much virtual time passes; zero fires only deadlines due at once
     * @return the outcome: the events the deadline commands produced, in firing order
     * @throws IllegalArgumentException when the duration is negative
     */
    public Outcome<C, E, S> whenTimePasses(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time never goes backwards: cannot let " + duration + " pass");
        }
        return ScenarioRun.start(fixture, given, givenMetadata).pass(duration, Trigger.timePassing(duration));
    }

    /** @return the given events, in order */
    public List<E> events() {
        return given;
    }
}
