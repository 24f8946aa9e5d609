package dev.eventtestkit.process;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The events a process has seen. Immutable; each {@code when...} runs the scenario anew, so one scenario can be
 * tried with several events.
 *
 * @param <E> the events
 * @param <C> the commands
 * @param <S> the state of an instance
 */
@API(status = EXPERIMENTAL)
public final class ProcessScenario<E, C, S> {

    private final ProcessFixture<E, C, S> fixture;
    private final List<E> given;

    ProcessScenario(ProcessFixture<E, C, S> fixture, List<E> given) {
        this.fixture = fixture;
        this.given = given;
    }

    /**
     * Lets the process react to the given events, then to this one. What the reaction throws is recorded
     * (assert it with {@code thenFails}); no time passes, so no deadline fires.
     *
     * @param event the event under test
     * @return the outcome to assert on
     * @throws IllegalArgumentException when an event lacks the association property, naming it
     * @throws IllegalStateException when the process fails on a given event
     */
    public ProcessOutcome<E, C, S> when(E event) {
        Objects.requireNonNull(event, "event");
        return ProcessRun.start(fixture, given).when(event);
    }

    /**
     * Lets the process react to the given events, then advances the clock: each deadline that falls due
     * delivers its message to the instance that scheduled it.
     *
     * @param duration how much virtual time passes
     * @return the outcome: what the deadlines made the process send
     * @throws IllegalArgumentException when the duration is negative
     */
    public ProcessOutcome<E, C, S> whenTimePasses(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time never goes backwards: cannot let " + duration + " pass");
        }
        return ProcessRun.start(fixture, given).pass(duration);
    }

    /** @return the given events, in order */
    public List<E> events() {
        return given;
    }
}
