package dev.eventtestkit.process;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.eventtestkit.aggregate.Deadline;
import dev.eventtestkit.aggregate.EventMatch;
import dev.eventtestkit.aggregate.internal.DeadlineFailures;
import dev.eventtestkit.report.EventFormat;
import dev.eventtestkit.report.EventSequenceDiff;
import dev.eventtestkit.report.EventSetDiff;
import dev.eventtestkit.report.Plural;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;

/**
 * What a process did in a scenario's step: the commands it sent, the deadlines it scheduled and cancelled, the
 * states of its instances, or the failure it threw. Each {@code then...} asserts and returns this outcome.
 *
 * @param <E> the events
 * @param <C> the commands
 * @param <S> the state of an instance
 */
@API(status = EXPERIMENTAL)
public final class ProcessOutcome<E, C, S> {

    private final EventFormat format;
    private final String trigger;
    private final @Nullable String instance;
    private final List<C> commands;
    private final List<Deadline<E>> scheduled;
    private final List<Deadline<E>> cancelled;
    private final Map<String, S> states;
    private final @Nullable ProcessFailure failure;
    private final boolean failureExpected;

    ProcessOutcome(EventFormat format, String trigger, @Nullable String instance, List<C> commands,
            List<Deadline<E>> scheduled, List<Deadline<E>> cancelled, Map<String, S> states,
            @Nullable ProcessFailure failure) {
        this(format, trigger, instance, commands, scheduled, cancelled, states, failure, false);
    }

    private ProcessOutcome(EventFormat format, String trigger, @Nullable String instance, List<C> commands,
            List<Deadline<E>> scheduled, List<Deadline<E>> cancelled, Map<String, S> states,
            @Nullable ProcessFailure failure, boolean failureExpected) {
        this.format = format;
        this.trigger = trigger;
        this.instance = instance;
        this.commands = commands;
        this.scheduled = scheduled;
        this.cancelled = cancelled;
        this.states = states;
        this.failure = failure;
        this.failureExpected = failureExpected;
    }

    /**
     * Asserts the exact sequence of commands sent, compared by {@code equals} (ignored fields aside).
     *
     * @param expected the commands, in order; none means no commands
     * @return this outcome
     * @throws AssertionFailedError when the sequence differs or the process failed
     */
    @SafeVarargs
    public final ProcessOutcome<E, C, S> thenCommands(C... expected) {
        return thenCommands(Arrays.asList(expected));
    }

    /**
     * @param expected the commands, in order
     * @return this outcome
     * @throws AssertionFailedError when the sequence differs or the process failed
     */
    public ProcessOutcome<E, C, S> thenCommands(List<? extends C> expected) {
        Objects.requireNonNull(expected, "expected");
        refuseFailure(count(expected.size()));
        EventSequenceDiff diff = EventSequenceDiff.compare(expected, commands, format, "commands");
        if (!diff.matches()) {
            throw new AssertionFailedError(diff.message(List.of(trigger)), diff.expectedText(), diff.actualText());
        }
        return this;
    }

    /**
     * @return this outcome
     * @throws AssertionFailedError when a command was sent or the process failed
     */
    public ProcessOutcome<E, C, S> thenNoCommands() {
        return thenCommands(List.of());
    }

    /**
     * Asserts the commands sent, one matcher each, in order (see {@link EventMatch}).
     *
     * @param matchers one per expected command
     * @return this outcome
     * @throws AssertionFailedError when a command does not match, their number differs, or the process failed
     */
    public ProcessOutcome<E, C, S> thenCommandsMatch(EventMatch... matchers) {
        return thenCommands(commandsMatching(matchers));
    }

    @SuppressWarnings("unchecked")
    private List<C> commandsMatching(EventMatch... matchers) {
        return (List<C>) (List<?>) List.of(matchers);
    }

    /**
     * Asserts the commands sent in any order: each expected command matches a different sent one, none is
     * left over.
     *
     * @param expected the commands, in any order
     * @return this outcome
     * @throws AssertionFailedError naming the missing and the unexpected commands, or when the process failed
     */
    @SafeVarargs
    public final ProcessOutcome<E, C, S> thenCommandsInAnyOrder(C... expected) {
        List<C> list = Arrays.asList(expected);
        refuseFailure(count(list.size()));
        EventSetDiff diff = EventSetDiff.compare(list, commands, format, "commands");
        if (!diff.matches()) {
            throw new AssertionFailedError(diff.message(List.of(trigger)), diff.expectedText(), diff.actualText());
        }
        return this;
    }

    /**
     * Asserts that this step scheduled a deadline still pending when it ended: its delay, and its message by
     * {@code equals}. Nothing fires.
     *
     * @param after the delay after the reaction that scheduled it; zero or more
     * @param message the message it will deliver
     * @return this outcome
     * @throws IllegalArgumentException when the delay is negative
     * @throws AssertionFailedError when no such deadline is pending, or the process failed
     */
    public ProcessOutcome<E, C, S> thenScheduledDeadline(Duration after, Object message) {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(message, "message");
        DeadlineFailures.refuseNegative(format, after, message);
        refuseFailure("the deadline " + DeadlineFailures.line(format, after, message));
        if (!DeadlineFailures.contains(scheduled, after, message)) {
            throw DeadlineFailures.notScheduled(format, List.of(trigger), after, message, scheduled);
        }
        return this;
    }

    /**
     * @return this outcome
     * @throws AssertionFailedError when this step left a deadline pending, or the process failed
     */
    public ProcessOutcome<E, C, S> thenNoScheduledDeadlines() {
        refuseFailure("no deadline to be scheduled");
        if (!scheduled.isEmpty()) {
            throw DeadlineFailures.scheduledUnexpectedly(format, List.of(trigger), scheduled);
        }
        return this;
    }

    /**
     * Asserts that this step cancelled a pending deadline with this message ({@link Reaction#cancelDeadlines}).
     *
     * @param message the message of the cancelled deadline, by {@code equals}
     * @return this outcome
     * @throws AssertionFailedError when none was, or the process failed
     */
    public ProcessOutcome<E, C, S> thenCancelledDeadline(Object message) {
        Objects.requireNonNull(message, "message");
        refuseFailure("the deadline " + format.render(message) + " to be cancelled");
        for (Deadline<E> deadline : cancelled) {
            if (deadline.command().equals(message)) {
                return this;
            }
        }
        throw DeadlineFailures.notCancelled(format, List.of(trigger), message, cancelled);
    }

    /**
     * Runs assertions on the state of the instance the event under test went to.
     *
     * @param assertions e.g. {@code state -> assertThat(state.step()).isEqualTo(AWAITING_SHIPMENT)}
     * @return this outcome
     * @throws IllegalStateException after {@code whenTimePasses} with more than one instance: name it
     * @throws AssertionFailedError when the process failed unexpectedly, or the assertions throw
     */
    public ProcessOutcome<E, C, S> thenState(Consumer<? super S> assertions) {
        String key = instance;
        if (key == null) {
            if (states.size() != 1) {
                throw new IllegalStateException("time passed, so no event names the instance: use thenState(\""
                        + (states.isEmpty() ? "id" : states.keySet().iterator().next()) + "\", ...); instances: "
                        + states.keySet());
            }
            key = states.keySet().iterator().next();
        }
        return thenState(key, assertions);
    }

    /**
     * Runs assertions on the state of one instance.
     *
     * @param association the instance's association value, e.g. {@code "o-2"}
     * @param assertions run on its state
     * @return this outcome
     * @throws AssertionFailedError when there is no such instance, the process failed unexpectedly, or the
     *     assertions throw (shown below the step and the state, kept as the cause)
     */
    public ProcessOutcome<E, C, S> thenState(String association, Consumer<? super S> assertions) {
        Objects.requireNonNull(association, "association");
        Objects.requireNonNull(assertions, "assertions");
        ProcessFailure failed = failure;
        if (failed != null && !failureExpected) {
            throw failedInstead("no failure before checking the state", failed);
        }
        if (!states.containsKey(association)) {
            throw new AssertionFailedError("Expected an instance \"" + association + "\", but the process has "
                    + (states.isEmpty() ? "none" : "only " + states.keySet()) + ":\n  " + trigger,
                    association, states.keySet().toString());
        }
        S state = states.get(association);
        try {
            assertions.accept(state);
        } catch (AssertionError assertion) {
            String message = "The state of instance \"" + association + "\" does not satisfy the assertions of "
                    + "thenState:\n  " + trigger + "\n  state: " + format.render(state) + "\n  "
                    + String.valueOf(assertion.getMessage()).strip().replace("\n", "\n  ");
            throw new AssertionFailedError(message, assertion);
        }
        return this;
    }

    /**
     * Asserts that the process failed on the event (or a deadline's message) with this exception type.
     *
     * @param type the expected exception type (or a supertype)
     * @return this outcome, on which {@code thenState} may follow
     * @throws AssertionFailedError when it did not fail, or failed otherwise
     */
    public ProcessOutcome<E, C, S> thenFails(Class<? extends Throwable> type) {
        return expectFailure(Objects.requireNonNull(type, "type"), null);
    }

    /**
     * @param type the expected exception type (or a supertype)
     * @param messageFragment text its message must contain
     * @return this outcome, on which {@code thenState} may follow
     * @throws AssertionFailedError when it did not fail, or failed otherwise
     */
    public ProcessOutcome<E, C, S> thenFails(Class<? extends Throwable> type, String messageFragment) {
        return expectFailure(Objects.requireNonNull(type, "type"),
                Objects.requireNonNull(messageFragment, "messageFragment"));
    }

    private ProcessOutcome<E, C, S> expectFailure(Class<? extends Throwable> type, @Nullable String fragment) {
        String expectation = type.getName() + (fragment == null ? "" : " containing \"" + fragment + "\"");
        ProcessFailure failed = failure;
        if (failed == null) {
            throw new AssertionFailedError("Expected the process to fail with " + expectation
                    + ", but it did not:\n  " + trigger + "\n  sent:\n" + format.numbered(commands, "    ", "commands"),
                    expectation, format.numbered(commands, "", "commands"));
        }
        String message = failed.cause().getMessage();
        boolean typeMatches = type.isInstance(failed.cause());
        if (!typeMatches || fragment != null && (message == null || !message.contains(fragment))) {
            throw new AssertionFailedError("Expected the process to fail with " + expectation + ", but "
                    + (typeMatches ? "the message differs" : "the exception type differs") + ":"
                    + failureLines(failed), expectation, failed.describe(), failed.cause());
        }
        return new ProcessOutcome<>(format, trigger, instance, commands, scheduled, cancelled, states, failure,
                true);
    }

    private void refuseFailure(String expectation) {
        ProcessFailure failed = failure;
        if (failed != null && !failureExpected) {
            throw failedInstead(expectation, failed);
        }
    }

    private AssertionFailedError failedInstead(String expectation, ProcessFailure failed) {
        return new AssertionFailedError("Expected " + expectation + ", but the process failed:" + failureLines(failed),
                expectation, failed.describe(), failed.cause());
    }

    private String failureLines(ProcessFailure failed) {
        return "\n  " + trigger
                + (failed.byDeadline() ? "\n  deadline message " + format.render(failed.event()) : "")
                + "\n  instance \"" + failed.instance() + "\" failed with " + failed.describe();
    }

    private static String count(int commands) {
        return Plural.orNo(commands, "command");
    }

    /** @return the commands sent in this step, in order */
    public List<C> commands() {
        return commands;
    }

    /** @return the deadlines this step scheduled that were still pending when it ended */
    public List<Deadline<E>> scheduledDeadlines() {
        return scheduled;
    }

    /**
     * @param association an instance's association value
     * @return its state after the step; empty when there is no such instance
     */
    public Optional<S> state(String association) {
        return Optional.ofNullable(states.get(association));
    }

    /** @return the association values of the instances, in the order they started */
    public List<String> instances() {
        return List.copyOf(states.keySet());
    }

    /** @return what the process threw; empty when it did not fail */
    public Optional<Throwable> failure() {
        ProcessFailure failed = failure;
        return failed == null ? Optional.empty() : Optional.of(failed.cause());
    }
}
