package dev.eventtestkit.aggregate;

import dev.eventtestkit.report.EventFormat;
import dev.eventtestkit.report.EventSequenceDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
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
public final class Outcome<C, E, S> {

    private final EventFormat format;
    private final Trigger trigger;
    private final List<E> events;
    private final S state;
    private final @Nullable Rejection rejection;
    private final boolean rejectionExpected;

    Outcome(EventFormat format, Trigger trigger, List<E> events, S state, @Nullable Rejection rejection,
            boolean rejectionExpected) {
        this.format = format;
        this.trigger = trigger;
        this.events = events;
        this.state = state;
        this.rejection = rejection;
        this.rejectionExpected = rejectionExpected;
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
        EventSequenceDiff diff = EventSequenceDiff.compare(expected, events, format);
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
        return new Outcome<>(format, trigger, events, state, rejection, true);
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
            throw OutcomeFailures.stateAssertionFailed(format, trigger, StateCheck.STATES.render(state), failed);
        }
        return this;
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
