package dev.eventtestkit.aggregate;

import dev.eventtestkit.event.EventValidator;
import dev.eventtestkit.event.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One run of a scenario: folds the given events, then the trigger, recording what was produced. Deadlines
 * are timers on the fixture's clock; those still pending when the run ends are cancelled (and remembered, so
 * that {@link Outcome#andWhen} can resume from them). An {@link AggregateSession} keeps one run going over
 * several steps instead, its deadlines pending between them.
 *
 * <p>Where things happen, for extensions: {@link #apply} checks and folds every event (validators,
 * serialization check, evolve, state-change check, deadlines); {@link #handle} decides every command, a
 * scenario's or a deadline's; {@link #outcome} turns a step into the {@link Step} an {@link Outcome} asserts on.
 */
final class ScenarioRun<C, E, S> {

    private enum Origin { GIVEN, PRODUCED, REPLAYED }

    /** A deadline's timer, with what resuming and asserting need. */
    private record Timer<C>(
            C command, Map<String, String> metadata, Duration delay, Instant due, ScheduledFuture<?> future) {}

    private final AggregateFixture<C, E, S> fixture;
    private final MessageDecider<C, E, S> model;
    private final List<E> produced = new ArrayList<>();
    private final List<Map<String, String>> producedMetadata = new ArrayList<>();
    private final List<Timer<C>> timers = new ArrayList<>(0);
    /** The timers this step's produced events started, to see which deadlines still pend when it ends. */
    private final List<Timer<C>> stepTimers = new ArrayList<>(0);
    private final List<E> history = new ArrayList<>();
    private final List<Map<String, String>> historyMetadata = new ArrayList<>();
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
                run.apply(given.get(i), givenMetadata == null ? Map.of() : givenMetadata.get(i), Origin.GIVEN,
                        i + 1);
            }
        } catch (RuntimeException | Error e) {
            run.cancelTimers();
            throw e;
        }
        return run;
    }

    /**
     * Resumes where a step left off: sources the state from its events again (they were checked when they
     * first happened) and puts its pending deadlines back on the clock, due when they were due.
     */
    static <C, E, S> ScenarioRun<C, E, S> resume(AggregateFixture<C, E, S> fixture, Past<C, E> past) {
        ScenarioRun<C, E, S> run = new ScenarioRun<>(fixture);
        try {
            for (int i = 0; i < past.events().size(); i++) {
                run.apply(past.events().get(i), past.metadata().get(i), Origin.REPLAYED, i + 1);
            }
            Instant now = fixture.clock().instant();
            for (Past.Pending<C> pending : past.pending()) {
                Duration delay = Duration.between(now, pending.due());
                run.schedule(pending.command(), pending.metadata(), delay.isNegative() ? Duration.ZERO : delay);
            }
        } catch (RuntimeException | Error e) {
            run.cancelTimers();
            throw e;
        }
        return run;
    }

    Outcome<C, E, S> decide(C command, Trigger trigger) {
        this.trigger = trigger;
        List<Deadline<C>> pending;
        Past<C, E> past;
        try {
            handle(command, trigger.metadata(), false);
            pending = pendingDeadlines();
            past = past();
        } finally {
            cancelTimers();
        }
        return outcome(pending, past);
    }

    Outcome<C, E, S> pass(Duration duration, Trigger trigger) {
        this.trigger = trigger;
        List<Deadline<C>> pending;
        Past<C, E> past;
        try {
            fixture.clock().advance(duration);
            pending = pendingDeadlines();
            past = past();
        } finally {
            cancelTimers();
        }
        rethrowEscaped();
        return outcome(pending, past);
    }

    /** A session's step: decides now and leaves every deadline pending. */
    Outcome<C, E, S> decideAndKeepDeadlines(C command, Trigger trigger) {
        beginStep(trigger);
        handle(command, trigger.metadata(), false);
        return outcome(pendingDeadlines(), null);
    }

    /** A session's step: advances the clock, deciding what falls due, and leaves later deadlines pending. */
    Outcome<C, E, S> passAndKeepDeadlines(Duration duration, Trigger trigger) {
        beginStep(trigger);
        fixture.clock().advance(duration);
        rethrowEscaped();
        return outcome(pendingDeadlines(), null);
    }

    /** Applies more past events in a session, scheduling their deadlines from now. */
    void giveMore(List<? extends E> given) {
        for (int i = 0; i < given.size(); i++) {
            apply(given.get(i), Map.of(), Origin.GIVEN, history.size() + 1);
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
        stepTimers.clear();
    }

    private List<Deadline<C>> pendingDeadlines() {
        if (stepTimers.isEmpty()) {
            return List.of();
        }
        List<Deadline<C>> pending = new ArrayList<>();
        for (Timer<C> timer : stepTimers) {
            if (!timer.future().isDone()) {
                pending.add(Deadline.after(timer.delay(), timer.command()));
            }
        }
        return List.copyOf(pending);
    }

    /**
     * The past of a scenario's run, which ends with this step: its lists are handed over, not copied, since
     * nothing adds to them any more (a session, which goes on, has no past).
     */
    private Past<C, E> past() {
        if (timers.isEmpty()) {
            return new Past<>(Collections.unmodifiableList(history), Collections.unmodifiableList(historyMetadata),
                    List.of());
        }
        List<Past.Pending<C>> pending = new ArrayList<>();
        for (Timer<C> timer : timers) {
            if (!timer.future().isDone()) {
                pending.add(new Past.Pending<>(timer.command(), timer.metadata(), timer.due()));
            }
        }
        return new Past<>(Collections.unmodifiableList(history), Collections.unmodifiableList(historyMetadata),
                pending);
    }

    private Outcome<C, E, S> outcome(List<Deadline<C>> pending, @Nullable Past<C, E> past) {
        StateCheck<C, E, S> checking = check;
        if (checking != null) {
            checking.afterStep(state, trigger, fixture.format());
        }
        Step<C, E, S> step = new Step<>(trigger, List.copyOf(produced), List.copyOf(producedMetadata), state,
                rejection, result, pending);
        return new Outcome<>(fixture, step, past, false);
    }

    private void handle(C command, Map<String, String> metadata, boolean byDeadline) {
        if (fixture.settings().serializationCheck) {
            SerializationCheck.roundTrip(fixture.codec(), fixture.format(), command,
                    fixture.codec().toJson(command), byDeadline ? "the deadline command" : "the command");
        }
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
            apply(event, eventMetadata, Origin.PRODUCED, produced.size());
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

    private void apply(E event, Map<String, String> metadata, Origin origin, int position) {
        if (origin != Origin.REPLAYED) {
            check(event, origin, position);
        }
        S before = state;
        try {
            state = model.evolve(state, event, metadata);
            StateCheck<C, E, S> checking = check;
            if (checking != null) {
                checking.evolved(before, state, event, metadata);
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot apply " + name(origin) + " event " + position + ", "
                    + fixture.format().render(event) + ": " + e, e);
        }
        history.add(event);
        historyMetadata.add(metadata);
        if (origin == Origin.REPLAYED) {
            return;
        }
        List<? extends Deadline<? extends C>> deadlines = fixture.deadlinesAfter(event);
        if (!deadlines.isEmpty()) {
            Map<String, String> commandMetadata =
                    fixture.settings().metadataPropagation ? Metadata.forDeadline(metadata) : Map.of();
            for (Deadline<? extends C> deadline : deadlines) {
                Timer<C> timer = schedule(deadline.command(), commandMetadata, deadline.delay());
                if (origin == Origin.PRODUCED) {
                    stepTimers.add(timer);
                }
            }
        }
    }

    /** The validators and the serialization check, on an event as it happens; the JSON written once for both. */
    private void check(E event, Origin origin, int position) {
        List<EventValidator> validators = fixture.validators();
        boolean roundTrip = fixture.settings().serializationCheck;
        if (validators.isEmpty() && !roundTrip) {
            return;
        }
        Json json = fixture.codec().toJson(event);
        for (EventValidator validator : validators) {
            validator.validate(event, fixture.codec().describe(event.getClass()), json);
        }
        if (roundTrip) {
            SerializationCheck.roundTrip(fixture.codec(), fixture.format(), event, json,
                    name(origin) + " event " + position);
        }
    }

    private static String name(Origin origin) {
        return origin == Origin.PRODUCED ? "produced" : "given";
    }

    private Timer<C> schedule(C command, Map<String, String> metadata, Duration delay) {
        ScheduledFuture<?> future = fixture.clock().scheduler().schedule(
                () -> fire(command, metadata), delay.toNanos(), TimeUnit.NANOSECONDS);
        Timer<C> timer = new Timer<>(command, metadata, delay, fixture.clock().instant().plus(delay), future);
        timers.add(timer);
        return timer;
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
        for (Timer<C> timer : timers) {
            timer.future().cancel(false);
        }
        timers.clear();
    }
}
