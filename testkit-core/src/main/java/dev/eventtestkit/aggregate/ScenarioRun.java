package dev.eventtestkit.aggregate;

import dev.eventtestkit.event.EventValidator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One run of a scenario: folds the given events, then the trigger, recording what was produced. Deadlines
 * are timers on the fixture's clock; those still pending when the run ends are cancelled. An
 * {@link AggregateSession} keeps one run going over several steps instead, its deadlines pending between them.
 */
final class ScenarioRun<C, E, S> {

    private final AggregateFixture<C, E, S> fixture;
    private final MessageDecider<C, E, S> model;
    private final List<E> produced = new ArrayList<>();
    private final List<Map<String, String>> producedMetadata = new ArrayList<>();
    private final List<ScheduledFuture<?>> timers = new ArrayList<>();
    private final List<E> history = new ArrayList<>();
    private final List<E> recorded = new ArrayList<>();
    private final @Nullable StateCheck<C, E, S> check;
    private S state;
    private Trigger trigger = Trigger.GIVEN;
    private @Nullable Rejection rejection;
    private @Nullable Throwable escaped;
    private @Nullable Object result;

    private ScenarioRun(AggregateFixture<C, E, S> fixture) {
        this.fixture = fixture;
        this.model = fixture.decider();
        this.state = model.initialState();
        this.check = fixture.settings().stateChangeCheck ? new StateCheck<>(model) : null;
    }

    /**
     * @param given the past events
     * @param givenMetadata their metadata by position; null when none has any
     */
    static <C, E, S> ScenarioRun<C, E, S> start(
            AggregateFixture<C, E, S> fixture, List<E> given, @Nullable List<Map<String, String>> givenMetadata) {
        ScenarioRun<C, E, S> run = new ScenarioRun<>(fixture);
        try {
            for (int i = 0; i < given.size(); i++) {
                run.apply(given.get(i), givenMetadata == null ? Map.of() : givenMetadata.get(i), "given", i + 1);
            }
        } catch (RuntimeException | Error e) {
            run.cancelTimers();
            throw e;
        }
        return run;
    }

    Outcome<C, E, S> decide(C command, Trigger trigger) {
        this.trigger = trigger;
        try {
            handle(command, trigger.metadata(), false);
        } finally {
            cancelTimers();
        }
        return outcome();
    }

    Outcome<C, E, S> pass(Duration duration, Trigger trigger) {
        this.trigger = trigger;
        try {
            fixture.clock().advance(duration);
        } finally {
            cancelTimers();
        }
        rethrowEscaped();
        return outcome();
    }

    /** A session's step: decides now and leaves every deadline pending. */
    Outcome<C, E, S> decideAndKeepDeadlines(C command, Trigger trigger) {
        beginStep(trigger);
        handle(command, trigger.metadata(), false);
        return outcome();
    }

    /** A session's step: advances the clock, deciding what falls due, and leaves later deadlines pending. */
    Outcome<C, E, S> passAndKeepDeadlines(Duration duration, Trigger trigger) {
        beginStep(trigger);
        fixture.clock().advance(duration);
        rethrowEscaped();
        return outcome();
    }

    /** Applies more past events in a session, scheduling their deadlines from now. */
    void giveMore(List<? extends E> given) {
        for (int i = 0; i < given.size(); i++) {
            apply(given.get(i), Map.of(), "given", history.size() + 1);
        }
    }

    List<E> history() {
        return history;
    }

    List<E> recorded() {
        return recorded;
    }

    S state() {
        return state;
    }

    void end() {
        cancelTimers();
    }

    String render(Object command) {
        return fixture.format().render(command);
    }

    private void beginStep(Trigger next) {
        trigger = next;
        produced.clear();
        producedMetadata.clear();
        rejection = null;
        escaped = null;
        result = null;
    }

    private Outcome<C, E, S> outcome() {
        StateCheck<C, E, S> checking = check;
        if (checking != null) {
            checking.afterStep(state, trigger, fixture.format());
        }
        return new Outcome<>(fixture.format(), trigger, List.copyOf(produced), List.copyOf(producedMetadata),
                state, rejection, false, result);
    }

    private void handle(C command, Map<String, String> metadata, boolean byDeadline) {
        Decision<E> decision;
        try {
            decision = model.decide(command, metadata, state);
        } catch (RuntimeException e) {
            afterDecide(command, byDeadline);
            rejection = new Rejection(command, e, byDeadline);
            return;
        }
        afterDecide(command, byDeadline);
        if (decision == null) {
            throw new IllegalStateException("decide returned null for " + fixture.format().render(command) + ": "
                    + (returnsLists() ? "return an empty list" : "return Decision.none()")
                    + " when a command produces no events");
        }
        Map<String, String> propagated =
                fixture.settings().metadataPropagation ? Metadata.propagatedFrom(metadata) : Map.of();
        List<E> events = decision.events();
        for (int i = 0; i < events.size(); i++) {
            E event = events.get(i);
            if (event == null) {
                throw new IllegalStateException("decide returned a null event at position " + (i + 1) + " for "
                        + fixture.format().render(command));
            }
            Map<String, String> eventMetadata = Metadata.merge(propagated, decision.metadataOf(i));
            produced.add(event);
            producedMetadata.add(eventMetadata);
            recorded.add(event);
            apply(event, eventMetadata, "produced", produced.size());
        }
        if (!byDeadline) {
            result = decision.resultOrNull();
        }
    }

    private boolean returnsLists() {
        return model instanceof PlainDecider<?, ?, ?>
                || model instanceof ObjectAggregate<?, ?, ?> object && object.returnsLists();
    }

    private void afterDecide(C command, boolean byDeadline) {
        StateCheck<C, E, S> checking = check;
        if (checking != null) {
            checking.afterDecide(state, command, byDeadline, trigger, fixture.format());
        }
    }

    private void apply(E event, Map<String, String> metadata, String origin, int position) {
        EventValidator validator = fixture.validator();
        if (validator != null) {
            validator.validate(event, fixture.codec().describe(event.getClass()), fixture.codec().toJson(event));
        }
        S before = state;
        try {
            state = model.evolve(state, event, metadata);
            StateCheck<C, E, S> checking = check;
            if (checking != null) {
                checking.evolved(before, state, event, metadata);
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot apply " + origin + " event " + position + ", "
                    + fixture.format().render(event) + ": " + e, e);
        }
        history.add(event);
        List<? extends Deadline<? extends C>> deadlines = fixture.deadlinesAfter(event);
        if (!deadlines.isEmpty()) {
            Map<String, String> commandMetadata =
                    fixture.settings().metadataPropagation ? Metadata.forDeadline(metadata) : Map.of();
            for (Deadline<? extends C> deadline : deadlines) {
                C command = deadline.command();
                timers.add(fixture.clock().scheduler().schedule(
                        () -> fire(command, commandMetadata), deadline.delay().toNanos(), TimeUnit.NANOSECONDS));
            }
        }
    }

    /** A timer's failures would vanish into its future: keep the first one to rethrow after the advance. */
    private void fire(C command, Map<String, String> metadata) {
        if (rejection != null || escaped != null) {
            return;
        }
        try {
            handle(command, metadata, true);
        } catch (RuntimeException | Error e) {
            escaped = e;
        }
    }

    private void rethrowEscaped() {
        Throwable failure = escaped;
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
    }

    private void cancelTimers() {
        for (ScheduledFuture<?> timer : timers) {
            timer.cancel(false);
        }
        timers.clear();
    }
}
