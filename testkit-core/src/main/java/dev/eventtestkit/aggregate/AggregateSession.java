package dev.eventtestkit.aggregate;

import dev.eventtestkit.event.EventWithMetadata;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An aggregate kept running over several steps: each command and each passing of time starts from the state
 * the previous step left, and deadlines stay pending on the fixture's clock between steps, so they fire when
 * their time comes, whoever advances the clock. For step-by-step tests, such as Gherkin scenarios.
 *
 * <pre>{@code
 * AggregateSession<OrderCommand, OrderEvent, OrderState> order = orders.session(List.of(new OrderCreated("o-1", 100)));
 * order.whenTimePasses(Duration.ofMinutes(15)).thenNoEvents();
 * order.whenTimePasses(Duration.ofMinutes(15)).thenEvents(new OrderCancelled("o-1", "payment timeout"));
 * }</pre>
 *
 * <p>A deadline that falls due while someone else advances the clock is decided too: its events join the
 * history, and the next step's outcome shows only what that step produced. Close the session to cancel the
 * deadlines still pending.
 *
 * @param <C> the command type
 * @param <E> the event type
 * @param <S> the state type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AggregateSession<C, E, S> implements AutoCloseable {

    private final ScenarioRun<C, E, S> run;

    AggregateSession(ScenarioRun<C, E, S> run) {
        this.run = run;
    }

    /**
     * Applies more past events, scheduling the deadlines they start from the clock's current instant.
     *
     * @param events what happened, applied in order; no null element
     * @throws RuntimeException what the validator throws, or an {@link IllegalStateException} when an event
     *     cannot be applied
     */
    public void given(List<? extends E> events) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) == null) {
                throw new NullPointerException("given event " + (i + 1) + " is null");
            }
        }
        run.giveMore(events);
    }

    /**
     * Decides a command against the current state; a rejection leaves the state as it was.
     *
     * @param command the command
     * @return what this step produced, to assert on
     */
    public Outcome<C, E, S> when(C command) {
        Objects.requireNonNull(command, "command");
        return run.decideAndKeepDeadlines(command, Trigger.command(command));
    }

    /**
     * Decides a command that carries metadata against the current state.
     *
     * @param command the command
     * @param metadata its metadata; no null key or value
     * @return what this step produced, to assert on
     * @throws IllegalArgumentException when a metadata key or value is null, naming the command and the key
     */
    public Outcome<C, E, S> when(C command, Map<String, String> metadata) {
        Objects.requireNonNull(command, "command");
        Map<String, String> checked = EventWithMetadata.checked(metadata, "command " + run.render(command));
        return run.decideAndKeepDeadlines(command, Trigger.command(command, checked));
    }

    /**
     * Advances the fixture's clock, deciding each deadline command that falls due on the way.
     *
     * @param duration how much virtual time passes
     * @return the events the deadline commands of this session produced during this step, in firing order
     * @throws IllegalArgumentException when the duration is negative
     */
    public Outcome<C, E, S> whenTimePasses(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time never goes backwards: cannot let " + duration + " pass");
        }
        return run.passAndKeepDeadlines(duration, Trigger.timePassing(duration));
    }

    /** @return every event applied so far, given and recorded, in order */
    public List<E> events() {
        return List.copyOf(run.history());
    }

    /** @return the events commands and deadlines recorded so far (not the given ones), in order */
    public List<E> recorded() {
        return List.copyOf(run.recorded());
    }

    /** @return the current state (the aggregate itself in object style) */
    public S state() {
        return run.state();
    }

    /** Cancels the deadlines still pending. */
    @Override
    public void close() {
        run.end();
    }
}
