package dev.eventtestkit.aggregate;

import dev.eventtestkit.aggregate.internal.DeadlineFailures;
import dev.eventtestkit.event.EventWithMetadata;
import dev.eventtestkit.report.EventFormat;
import dev.eventtestkit.report.EventSequenceDiff;
import dev.eventtestkit.report.EventSetDiff;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;

/**
 * What a scenario's {@code when} produced: events, or a rejection, and the state after it. Each
 * {@code then...} asserts and returns an outcome to chain on; a failed expectation throws
 * {@link AssertionFailedError} with the expected and actual sequences rendered one event per line.
 *
 * <pre>{@code
 * orders.given(created, paid).when(new ShipOrder("o-1"))
 *       .thenEvents(new OrderShipped("o-1"))
 *       .thenState(state -> assertThat(state.status()).isEqualTo(Status.SHIPPED));
 * }</pre>
 *
 * @param <C> the command type
 * @param <E> the event type
 * @param <S> the state type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Outcome<C, E, S> {

    private final EventFormat format;
    private final Trigger trigger;
    private final List<E> events;
    private final List<Map<String, String>> metadata;
    private final S state;
    private final @Nullable Rejection rejection;
    private final boolean rejectionExpected;
    private final @Nullable Object result;
    private final Step<C, E, S> step;
    private final AggregateFixture<C, E, S> fixture;
    private final @Nullable Past<C, E> past;
    /** The stream a step on the store goes on with; null for a step in memory. */
    private final @Nullable StreamRun<C, E, S> stream;

    /**
     * @param past what {@link #andWhen} resumes from; null for a session's step, which goes on by itself
     */
    Outcome(AggregateFixture<C, E, S> fixture, Step<C, E, S> step, @Nullable Past<C, E> past,
            boolean rejectionExpected) {
        this(fixture, step, past, rejectionExpected, null);
    }

    private Outcome(AggregateFixture<C, E, S> fixture, Step<C, E, S> step, @Nullable Past<C, E> past,
            boolean rejectionExpected, @Nullable StreamRun<C, E, S> stream) {
        this.fixture = fixture;
        this.past = past;
        this.stream = stream;
        this.format = fixture.format();
        this.step = step;
        this.trigger = step.trigger();
        this.events = step.events();
        this.metadata = step.metadata();
        this.state = step.state();
        this.rejection = step.rejection();
        this.rejectionExpected = rejectionExpected;
        this.result = step.result();
    }

    /**
     * Asserts the exact sequence produced, compared by {@code equals} (ignored fields aside).
     *
     * @param expected the events, in order; none means no events
     * @return this outcome
     * @throws AssertionFailedError when the sequence differs or the command was rejected
     */
    @SafeVarargs
    public final Outcome<C, E, S> thenEvents(E... expected) {
        List<E> list = new ArrayList<>(expected.length);
        for (E event : expected) {
            list.add(event);
        }
        return thenEvents(list);
    }

    /**
     * @param expected the events, in order
     * @return this outcome
     * @throws AssertionFailedError when the sequence differs or the command was rejected
     */
    public Outcome<C, E, S> thenEvents(List<? extends E> expected) {
        Objects.requireNonNull(expected, "expected");
        Rejection rejected = rejection;
        if (rejected != null) {
            throw OutcomeFailures.rejectedInsteadOfEvents(format, trigger, expected, events, rejected);
        }
        return assertSequence(expected, events);
    }

    private Outcome<C, E, S> assertSequence(List<?> expected, List<?> actual) {
        EventSequenceDiff diff = EventSequenceDiff.compare(expected, actual, format);
        if (!diff.matches()) {
            throw new AssertionFailedError(
                    diff.message(List.of(trigger.line(format))), diff.expectedText(), diff.actualText());
        }
        return this;
    }

    /**
     * Asserts the events produced, one matcher per event, in order: each event must meet its matcher (a
     * class, a described predicate, a partial JSON form; see {@link EventMatch}).
     *
     * <pre>{@code
     * outcome.thenEventsMatch(EventMatch.json(OrderCreated.class, "{\"orderId\": \"o-1\"}"));
     * }</pre>
     *
     * @param matchers one per expected event, in order
     * @return this outcome
     * @throws AssertionFailedError when the number of events differs, an event does not match, or the command
     *     was rejected; the message marks the first event that does not match and says why
     */
    public Outcome<C, E, S> thenEventsMatch(EventMatch... matchers) {
        List<EventMatch> list = List.of(matchers);
        Rejection rejected = rejection;
        if (rejected != null) {
            throw OutcomeFailures.rejectedInsteadOfEvents(format, trigger, list, events, rejected);
        }
        return assertSequence(list, events);
    }

    /**
     * Asserts the events produced, one predicate per event, in order. Failures call them {@code predicate 1},
     * {@code predicate 2}...; describe them with {@link EventMatch#where} for better messages.
     *
     * <pre>{@code
     * outcome.thenEventsMatch(event -> event instanceof OrderCreated created && created.amount() > 50);
     * }</pre>
     *
     * @param predicates one per expected event, in order
     * @return this outcome
     * @throws AssertionFailedError when the number of events differs, an event does not meet its predicate, or
     *     the command was rejected
     */
    @SafeVarargs
    public final Outcome<C, E, S> thenEventsMatch(Predicate<? super E>... predicates) {
        EventMatch[] matchers = new EventMatch[predicates.length];
        for (int i = 0; i < predicates.length; i++) {
            Predicate<? super E> predicate = Objects.requireNonNull(predicates[i], "predicate");
            @SuppressWarnings("unchecked")
            Predicate<Object> untyped = event -> predicate.test((E) event);
            matchers[i] = EventMatch.where("predicate " + (i + 1), untyped);
        }
        return thenEventsMatch(matchers);
    }

    /**
     * Runs assertions on the whole list of produced events, for what no other {@code then...} says.
     *
     * <pre>{@code
     * outcome.thenEventsSatisfy(events -> assertThat(events).hasSize(2).first().isInstanceOf(OrderCreated.class));
     * }</pre>
     *
     * @param assertions run on the events, in order
     * @return this outcome
     * @throws AssertionFailedError when the command was rejected, or when the assertions throw an
     *     {@link AssertionError} (shown below the scenario and the events, kept as the cause)
     */
    public Outcome<C, E, S> thenEventsSatisfy(Consumer<? super List<E>> assertions) {
        Objects.requireNonNull(assertions, "assertions");
        Rejection rejected = rejection;
        if (rejected != null) {
            throw OutcomeFailures.rejectedInsteadOfResult(format, trigger, "events", rejected);
        }
        try {
            assertions.accept(events);
        } catch (AssertionError failed) {
            throw OutcomeFailures.assertionsFailed("The events do not satisfy the assertions of thenEventsSatisfy:",
                    format, trigger, "events:\n" + format.numbered(events, "    "), failed);
        }
        return this;
    }

    /**
     * Asserts the events produced in any order: each expected event matches a different produced one (by
     * {@code equals}, ignored fields aside) and none is left over.
     *
     * @param expected the events, in any order
     * @return this outcome
     * @throws AssertionFailedError naming the missing and the unexpected events, or when the command was rejected
     */
    @SafeVarargs
    public final Outcome<C, E, S> thenEventsInAnyOrder(E... expected) {
        return thenEventsInAnyOrder(Arrays.asList(expected));
    }

    /**
     * @param expected the events, in any order
     * @return this outcome
     * @throws AssertionFailedError naming the missing and the unexpected events, or when the command was rejected
     */
    public Outcome<C, E, S> thenEventsInAnyOrder(List<? extends E> expected) {
        Objects.requireNonNull(expected, "expected");
        Rejection rejected = rejection;
        if (rejected != null) {
            throw OutcomeFailures.rejectedInsteadOfEvents(format, trigger, expected, events, rejected);
        }
        EventSetDiff diff = EventSetDiff.compare(expected, events, format, "events");
        if (!diff.matches()) {
            throw new AssertionFailedError(
                    diff.message(List.of(trigger.line(format))), diff.expectedText(), diff.actualText());
        }
        return this;
    }

    /**
     * @return this outcome
     * @throws AssertionFailedError when an event was produced or the command was rejected
     */
    public Outcome<C, E, S> thenNoEvents() {
        return thenEvents(List.of());
    }

    /**
     * Asserts that the command (or, after {@code whenTimePasses}, a deadline command) was rejected with an
     * exception of this type or a subtype.
     *
     * @param type the expected exception type
     * @return this outcome, on which {@link #thenState} may follow
     * @throws AssertionFailedError when nothing was rejected, or with another type
     */
    public Outcome<C, E, S> thenFails(Class<? extends Throwable> type) {
        return expectRejection(Objects.requireNonNull(type, "type"), MessageMatch.ANY);
    }

    /**
     * @param type the expected exception type (or a supertype of it)
     * @param messageFragment text the exception's message must contain
     * @return this outcome, on which {@link #thenState} may follow
     * @throws AssertionFailedError when nothing was rejected, or with another type or message
     */
    public Outcome<C, E, S> thenFails(Class<? extends Throwable> type, String messageFragment) {
        Objects.requireNonNull(messageFragment, "messageFragment");
        return expectRejection(Objects.requireNonNull(type, "type"), MessageMatch.containing(messageFragment));
    }

    /**
     * Asserts the rejection's type and its whole message.
     *
     * <pre>{@code
     * orders.given(created).when(new ShipOrder("o-1"))
     *       .thenFailsWithMessage(IllegalStateException.class, "order o-1 is not paid");
     * }</pre>
     *
     * @param type the expected exception type (or a supertype of it)
     * @param message the exception's exact message
     * @return this outcome, on which {@link #thenState} may follow
     * @throws AssertionFailedError when nothing was rejected, or with another type or message
     */
    public Outcome<C, E, S> thenFailsWithMessage(Class<? extends Throwable> type, String message) {
        Objects.requireNonNull(message, "message");
        return expectRejection(Objects.requireNonNull(type, "type"), MessageMatch.exactly(message));
    }

    /**
     * Asserts the rejection's type and that its whole message matches a regular expression.
     *
     * <pre>{@code
     * orders.givenNothing().when(new ShipOrder("o-9"))
     *       .thenFails(IllegalStateException.class, Pattern.compile("order o-\\d+ is not paid"));
     * }</pre>
     *
     * @param type the expected exception type (or a supertype of it)
     * @param message what the whole message must match ({@link java.util.regex.Matcher#matches})
     * @return this outcome, on which {@link #thenState} may follow
     * @throws AssertionFailedError when nothing was rejected, or with another type or message
     */
    public Outcome<C, E, S> thenFails(Class<? extends Throwable> type, Pattern message) {
        Objects.requireNonNull(message, "message");
        return expectRejection(Objects.requireNonNull(type, "type"), MessageMatch.matching(message));
    }

    private Outcome<C, E, S> expectRejection(Class<? extends Throwable> type, MessageMatch match) {
        Rejection rejected = rejection;
        if (rejected == null) {
            throw OutcomeFailures.acceptedInsteadOfRejected(format, trigger, type, match, events);
        }
        if (!type.isInstance(rejected.cause())) {
            throw OutcomeFailures.rejectedOtherwise(
                    format, trigger, type, match, rejected, "the exception type differs");
        }
        if (!match.test(rejected.cause().getMessage())) {
            throw OutcomeFailures.rejectedOtherwise(format, trigger, type, match, rejected, "the message differs");
        }
        return new Outcome<>(fixture, step, past, true, stream);
    }

    /** @return this outcome, its next steps ({@code andWhen...}) loading from and appending to the stream */
    Outcome<C, E, S> onStream(StreamRun<C, E, S> run) {
        return new Outcome<>(fixture, step, past, rejectionExpected, run);
    }

    Trigger trigger() {
        return trigger;
    }

    /**
     * Runs assertions on the state after the scenario (after a rejection: the state before the rejected
     * command, which {@code thenFails} must have asserted first). When they fail, the failure says what the
     * scenario did and shows the state, with the assertion's own message below.
     *
     * @param assertions e.g. {@code state -> assertThat(state.status()).isEqualTo(SHIPPED)}
     * @return this outcome
     * @throws AssertionFailedError when the command was rejected and no {@code thenFails} expected it, or when
     *     the assertions throw an {@link AssertionError} (kept as the cause, its expected and actual values
     *     carried over)
     */
    public Outcome<C, E, S> thenState(Consumer<? super S> assertions) {
        Objects.requireNonNull(assertions, "assertions");
        Rejection rejected = rejection;
        if (rejected != null && !rejectionExpected) {
            throw OutcomeFailures.rejectedBeforeState(format, trigger, rejected);
        }
        try {
            assertions.accept(state);
        } catch (AssertionError failed) {
            throw OutcomeFailures.assertionsFailed("The state does not satisfy the assertions of thenState:",
                    format, trigger, "state: " + StateCheck.STATES.render(state), failed);
        }
        return this;
    }

    /**
     * Asserts the result the command returned (a {@link Decision}'s), compared by {@code equals}.
     *
     * <pre>{@code
     * books.givenNothing().when(new OpenOrder(100)).thenResult("o-1");
     * }</pre>
     *
     * @param expected the result
     * @return this outcome
     * @throws AssertionFailedError when the command was rejected, returned no result or another one
     */
    public Outcome<C, E, S> thenResult(Object expected) {
        Objects.requireNonNull(expected, "expected");
        Object actual = resultToAssert("the result " + format.renderValue(expected));
        if (!expected.equals(actual)) {
            throw OutcomeFailures.otherResult(format, trigger, expected, actual);
        }
        return this;
    }

    /**
     * Runs assertions on the result the command returned, e.g. a generated id.
     *
     * @param assertions e.g. {@code id -> assertThat(id).asString().startsWith("o-")}
     * @return this outcome
     * @throws AssertionFailedError when the command was rejected or returned no result, or when the assertions
     *     throw an {@link AssertionError} (shown below the scenario, kept as the cause)
     */
    public Outcome<C, E, S> thenResultSatisfies(Consumer<Object> assertions) {
        return thenResultSatisfies(Object.class, assertions);
    }

    /**
     * Runs assertions on the result the command returned, once it is of the expected type.
     *
     * <pre>{@code
     * books.givenNothing().when(new OpenOrder(100))
     *      .thenResultSatisfies(String.class, id -> assertThat(id).startsWith("o-"));
     * }</pre>
     *
     * @param type what the result must be an instance of
     * @param assertions run on it
     * @return this outcome
     * @throws AssertionFailedError when the command was rejected, returned no result or one of another type, or
     *     when the assertions throw an {@link AssertionError}
     */
    public <R> Outcome<C, E, S> thenResultSatisfies(Class<R> type, Consumer<? super R> assertions) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(assertions, "assertions");
        Object actual = resultToAssert("a result of type " + type.getName());
        if (!type.isInstance(actual)) {
            throw OutcomeFailures.resultOfOtherType(format, trigger, type, actual);
        }
        try {
            assertions.accept(type.cast(actual));
        } catch (AssertionError failed) {
            throw OutcomeFailures.assertionsFailed(
                    "The result does not satisfy the assertions of thenResultSatisfies:", format, trigger,
                    "result: " + format.renderValue(actual), failed);
        }
        return this;
    }

    private Object resultToAssert(String expectation) {
        Rejection rejected = rejection;
        if (rejected != null) {
            throw OutcomeFailures.rejectedInsteadOfResult(format, trigger, expectation, rejected);
        }
        Object actual = result;
        if (actual == null) {
            throw OutcomeFailures.noResult(format, trigger, expectation);
        }
        return actual;
    }

    /**
     * Asserts metadata every produced event carries, such as the correlation id propagated from the command.
     * Each listed entry must be present with this value; other entries are allowed.
     *
     * @param expected the entries
     * @return this outcome
     * @throws AssertionFailedError when the command was rejected, produced no event, or an event lacks an entry
     */
    public Outcome<C, E, S> thenMetadata(Map<String, String> expected) {
        Map<String, String> wanted = EventWithMetadata.checked(expected, "thenMetadata");
        Rejection rejected = rejection;
        if (rejected != null) {
            throw OutcomeFailures.rejectedInsteadOfResult(
                    format, trigger, "events with metadata" + EventFormat.metadata(wanted), rejected);
        }
        List<EventWithMetadata<E>> actual = messages();
        for (int i = 0; i < actual.size(); i++) {
            if (!actual.get(i).metadata().entrySet().containsAll(wanted.entrySet())) {
                throw OutcomeFailures.metadataMissing(format, trigger, wanted, actual, i);
            }
        }
        if (actual.isEmpty()) {
            throw OutcomeFailures.metadataMissing(format, trigger, wanted, actual, 0);
        }
        return this;
    }

    /**
     * Asserts the exact sequence produced with metadata: the events compared as {@link #thenEvents} compares
     * them, and each event's metadata must hold the listed entries (others, such as propagated ids, are
     * allowed).
     *
     * <pre>{@code
     * outcome.thenEventsWithMetadata(EventWithMetadata.of(new OrderShipped("o-1"), Map.of("correlationId", "c-1")));
     * }</pre>
     *
     * @param expected the events with the metadata they must carry, in order
     * @return this outcome
     * @throws AssertionFailedError when the sequence or a metadata entry differs, or the command was rejected
     */
    @SafeVarargs
    public final Outcome<C, E, S> thenEventsWithMetadata(EventWithMetadata<? extends E>... expected) {
        List<EventWithMetadata<? extends E>> list = List.of(expected);
        Rejection rejected = rejection;
        if (rejected != null) {
            throw OutcomeFailures.rejectedInsteadOfEvents(format, trigger, list, messages(), rejected);
        }
        return assertSequence(list, messages());
    }

    /**
     * @return the events produced with their metadata (what was propagated and what the decision added)
     */
    public List<EventWithMetadata<E>> messages() {
        List<EventWithMetadata<E>> messages = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            messages.add(new EventWithMetadata<>(events.get(i), metadata.get(i)));
        }
        return List.copyOf(messages);
    }

    /** @return the result the command returned; empty when it returned none, was rejected, or time passed */
    public Optional<Object> result() {
        return Optional.ofNullable(result);
    }

    /**
     * Asserts that the events this step produced scheduled a deadline, still pending when the step ended:
     * its delay after the event that scheduled it, and its command by {@code equals}. Nothing fires: to see
     * what it does, let the time pass ({@code whenTimePasses}). Deadlines of the given events are the past and
     * not listed.
     *
     * <pre>{@code
     * orders.givenNothing().when(new CreateOrder("o-1", 100))
     *       .thenScheduledDeadline(Duration.ofMinutes(30), new CancelOrder("o-1", "payment timeout"));
     * }</pre>
     *
     * @param after the delay after the scheduling event; zero or more
     * @param deadlineCommand the command the deadline will decide
     * @return this outcome
     * @throws IllegalArgumentException when the delay is negative
     * @throws AssertionFailedError when no such deadline is pending, or the command was rejected
     */
    public Outcome<C, E, S> thenScheduledDeadline(Duration after, Object deadlineCommand) {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(deadlineCommand, "deadlineCommand");
        DeadlineFailures.refuseNegative(format, after, deadlineCommand);
        refuseUnexpectedRejection("the deadline " + DeadlineFailures.line(format, after, deadlineCommand));
        if (!DeadlineFailures.contains(step.scheduled(), after, deadlineCommand)) {
            throw DeadlineFailures.notScheduled(
                    format, List.of(trigger.line(format)), after, deadlineCommand, step.scheduled());
        }
        return this;
    }

    /**
     * Asserts that the events this step produced left no deadline pending.
     *
     * @return this outcome
     * @throws AssertionFailedError when one is, or the command was rejected
     */
    public Outcome<C, E, S> thenNoScheduledDeadlines() {
        refuseUnexpectedRejection("no deadline to be scheduled");
        if (!step.scheduled().isEmpty()) {
            throw DeadlineFailures.scheduledUnexpectedly(format, List.of(trigger.line(format)), step.scheduled());
        }
        return this;
    }

    /** @return the deadlines this step's events scheduled that were still pending when it ended, in order */
    public List<Deadline<C>> scheduledDeadlines() {
        return step.scheduled();
    }

    private void refuseUnexpectedRejection(String expectation) {
        Rejection rejected = rejection;
        if (rejected != null && !rejectionExpected) {
            throw OutcomeFailures.rejectedInsteadOfResult(format, trigger, expectation, rejected);
        }
    }

    /**
     * Goes on with a next step: decides another command against the state this step left, its pending
     * deadlines still pending. The next step's failures name it ({@code step 2: when ...}). This outcome is
     * unchanged, so it can be continued more than once.
     *
     * <pre>{@code
     * orders.givenNothing()
     *       .when(new CreateOrder("o-1", 100)).thenEvents(new OrderCreated("o-1", 100))
     *       .andWhen(new PayOrder("o-1", "p-1")).thenEvents(new PaymentReceived("o-1", "p-1"))
     *       .andWhen(new ShipOrder("o-1")).thenEvents(new OrderShipped("o-1"));
     * }</pre>
     *
     * @param command the next command
     * @return the next step's outcome
     * @throws UnsupportedOperationException on a session's step: call the session's {@code when} instead
     */
    public Outcome<C, E, S> andWhen(C command) {
        Objects.requireNonNull(command, "command");
        Trigger next = nextStep(Trigger.command(command));
        return goOn(run -> run.decide(command, next));
    }

    /**
     * @param command the next command
     * @param metadata its metadata; no null key or value
     * @return the next step's outcome
     * @throws IllegalArgumentException when a metadata key or value is null, naming the command and the key
     */
    public Outcome<C, E, S> andWhen(C command, Map<String, String> metadata) {
        Objects.requireNonNull(command, "command");
        Map<String, String> checked = EventWithMetadata.checked(metadata, "command " + format.render(command));
        Trigger next = nextStep(Trigger.command(command, checked));
        return goOn(run -> run.decide(command, next));
    }

    /**
     * Goes on by letting time pass after this step: the deadlines pending when it ended fire when they are due.
     *
     * @param duration how much virtual time passes
     * @return the next step's outcome: the events the deadline commands produced
     * @throws IllegalArgumentException when the duration is negative
     */
    public Outcome<C, E, S> andWhenTimePasses(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time never goes backwards: cannot let " + duration + " pass");
        }
        Trigger next = nextStep(Trigger.timePassing(duration));
        return goOn(run -> run.pass(duration, next));
    }

    /** The next step: in memory from this one's past, or on the stream (loaded again, appended to). */
    private Outcome<C, E, S> goOn(Function<ScenarioRun<C, E, S>, Outcome<C, E, S>> step) {
        StreamRun<C, E, S> onStream = stream;
        if (onStream != null) {
            return onStream.step(step);
        }
        return step.apply(ScenarioRun.resume(fixture, pastToResume()));
    }

    private Past<C, E> pastToResume() {
        Past<C, E> resumable = past;
        if (resumable == null) {
            throw new UnsupportedOperationException(
                    "a session's step goes on with the session's own when/whenTimePasses, not andWhen");
        }
        return resumable;
    }

    private Trigger nextStep(Trigger next) {
        return next.asStep(trigger.step() + 1);
    }

    /** @return the events produced, in order */
    public List<E> events() {
        return events;
    }

    /** @return the state after the scenario */
    public S state() {
        return state;
    }

    /** @return what the rejected command threw; empty when nothing was rejected */
    public Optional<Throwable> failure() {
        Rejection rejected = rejection;
        return rejected == null ? Optional.empty() : Optional.of(rejected.cause());
    }
}
