package dev.eventtestkit.aggregate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.eventtestkit.event.EventWithMetadata;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A scenario on a stream: its history, appended to a fresh store by each {@code when...}. Immutable.
 *
 * <pre>{@code
 * order1.given(new OrderCreated("o-1", 100))
 *       .whenConcurrently(new RecordPayment("o-1", "p-1"), new CancelOrder("o-1", "customer"))
 *       .thenOneConflicts()
 *       .thenOneRejected();
 * }</pre>
 *
 * @param <C> the command type
 * @param <E> the event type
 * @param <S> the state type
 */
@API(status = EXPERIMENTAL)
public final class StreamScenario<C, E, S> {

    private final StreamFixture<C, E, S> fixture;
    private final List<EventWithMetadata<E>> given;

    StreamScenario(StreamFixture<C, E, S> fixture, List<EventWithMetadata<E>> given) {
        this.fixture = fixture;
        this.given = given;
    }

    /**
     * Appends the history to a fresh store, then loads the stream, decides the command against its state and
     * appends the events expecting the version it read. The outcome's {@code andWhen...} go on on the same
     * stream, loading it again each time.
     *
     * @param command the command under test
     * @return the outcome: the events appended, or the rejection (nothing appended)
     * @throws RuntimeException what the store refuses (a contract, a name), or what the fixture's checks throw
     */
    public Outcome<C, E, S> when(C command) {
        Objects.requireNonNull(command, "command");
        return fixture.start(given).step(run -> run.decide(command, Trigger.command(command)));
    }

    /**
     * @param command the command under test
     * @param metadata its metadata, propagated to the events appended (see {@link Scenario#when(Object, Map)})
     * @return the outcome
     */
    public Outcome<C, E, S> when(C command, Map<String, String> metadata) {
        Objects.requireNonNull(command, "command");
        Map<String, String> checked =
                EventWithMetadata.checked(metadata, "command " + fixture.fixture().format().render(command));
        return fixture.start(given).step(run -> run.decide(command, Trigger.command(command, checked)));
    }

    /**
     * Loads the stream (its events' deadlines scheduled from now), lets time pass, and appends what the
     * deadline commands decided.
     *
     * @param duration how much virtual time passes
     * @return the outcome
     */
    public Outcome<C, E, S> whenTimePasses(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time never goes backwards: cannot let " + duration + " pass");
        }
        return fixture.start(given).step(run -> run.pass(duration, Trigger.timePassing(duration)));
    }

    /**
     * Races two commands on the stream, through every path there is, each on a fresh store with the history:
     * A then B, B then A, and both reading the same version before either appends, A's append first or B's.
     * The one that appends second finds the stream moved: its append fails with the store's
     * {@code WrongExpectedVersionException}, and it is retried once (loaded again, decided again, appended),
     * as an application that handles the conflict does. Assert on the paths with the returned outcome.
     *
     * @param commandA the first command (A in failure messages)
     * @param commandB the second command (B)
     * @return what happened on each path
     */
    public ConcurrentOutcome<C, E, S> whenConcurrently(C commandA, C commandB) {
        Objects.requireNonNull(commandA, "commandA");
        Objects.requireNonNull(commandB, "commandB");
        return ConcurrentOutcome.explore(fixture, given, commandA, commandB);
    }
}
