package dev.eventtestkit.process;

import dev.eventtestkit.aggregate.Deadline;
import dev.eventtestkit.event.Json;
import dev.eventtestkit.report.DurationText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One run of a process scenario: the instances by association value, their states and pending deadlines, and
 * what the step under test sent, scheduled and cancelled. Deadlines still pending when the run ends are
 * cancelled.
 */
final class ProcessRun<E, C, S> {

    /** One instance of the process. */
    private static final class Instance<E, S> {
        S state;
        final List<Timer<E>> timers = new ArrayList<>();

        Instance(S state) {
            this.state = state;
        }
    }

    private record Timer<E>(Deadline<E> deadline, ScheduledFuture<?> future) {}

    private final ProcessFixture<E, C, S> fixture;
    private final Map<String, Instance<E, S>> instances = new LinkedHashMap<>();
    private final List<C> sent = new ArrayList<>();
    private final List<Timer<E>> scheduledInStep = new ArrayList<>();
    private final List<Deadline<E>> cancelledInStep = new ArrayList<>();
    private boolean inStep;
    private @Nullable ProcessFailure failure;
    private @Nullable Throwable escaped;

    private ProcessRun(ProcessFixture<E, C, S> fixture) {
        this.fixture = fixture;
    }

    static <E, C, S> ProcessRun<E, C, S> start(ProcessFixture<E, C, S> fixture, List<E> given) {
        ProcessRun<E, C, S> run = new ProcessRun<>(fixture);
        try {
            for (int i = 0; i < given.size(); i++) {
                E event = given.get(i);
                String key = run.associationOf(event, "given event " + (i + 1));
                try {
                    run.react(key, event);
                } catch (RuntimeException e) {
                    throw new IllegalStateException("the process failed on given event " + (i + 1) + ", "
                            + fixture.format().render(event) + ": " + e, e);
                }
            }
        } catch (RuntimeException | Error e) {
            run.cancelAll();
            throw e;
        }
        return run;
    }

    ProcessOutcome<E, C, S> when(E event) {
        String key = associationOf(event, "the event");
        inStep = true;
        try {
            try {
                react(key, event);
            } catch (RuntimeException e) {
                failure = new ProcessFailure(event, key, e, false);
            }
            return outcome("when " + fixture.format().render(event), key);
        } finally {
            cancelAll();
        }
    }

    ProcessOutcome<E, C, S> pass(Duration duration) {
        inStep = true;
        try {
            fixture.clock().advance(duration);
            Throwable error = escaped;
            if (error instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (error instanceof Error fatal) {
                throw fatal;
            }
            return outcome("when " + DurationText.passing(duration), null);
        } finally {
            cancelAll();
        }
    }

    private ProcessOutcome<E, C, S> outcome(String trigger, @Nullable String key) {
        List<Deadline<E>> pending = new ArrayList<>();
        for (Timer<E> timer : scheduledInStep) {
            if (!timer.future().isDone()) {
                pending.add(timer.deadline());
            }
        }
        Map<String, S> states = new LinkedHashMap<>();
        instances.forEach((instance, held) -> states.put(instance, held.state));
        return new ProcessOutcome<>(fixture.format(), trigger, key, List.copyOf(sent), List.copyOf(pending),
                List.copyOf(cancelledInStep), Collections.unmodifiableMap(states), failure);
    }

    /** Reads the association property of an event through the codec. */
    private String associationOf(E event, String role) {
        String property = fixture.process().associationProperty();
        Json value = fixture.codec().toJson(event).get(property);
        String which = role + ", " + fixture.format().render(event) + ",";
        String why = ": the process " + fixture.process().getClass().getSimpleName()
                + " finds the instance of an event by its associationProperty() \"" + property + "\"";
        if (value.isMissing()) {
            throw new IllegalArgumentException(which + " has no \"" + property + "\"" + why);
        }
        if (value.isNull()) {
            throw new IllegalArgumentException(which + " has a null \"" + property + "\"" + why);
        }
        if (value.isString()) {
            return value.asText();
        }
        if (value.isNumber() || value.isBoolean()) {
            return value.toString();
        }
        throw new IllegalArgumentException(which + " has \"" + property + "\" = " + value
                + ", which names no instance: it must be a text or a number" + why);
    }

    private void react(String key, E event) {
        Instance<E, S> instance = instances.computeIfAbsent(key, k -> new Instance<>(fixture.process().initialState()));
        Reaction<C, E, S> reaction = fixture.process().react(instance.state, event);
        if (reaction == null) {
            throw new IllegalStateException("react returned null for " + fixture.format().render(event)
                    + ": return Reaction.to(state) when the event changes nothing");
        }
        if (reaction.cancelsDeadlines()) {
            for (Timer<E> timer : instance.timers) {
                if (timer.future().cancel(false) && inStep) {
                    cancelledInStep.add(timer.deadline());
                }
            }
            instance.timers.clear();
        }
        instance.state = reaction.state();
        if (inStep) {
            sent.addAll(reaction.commands());
        }
        for (Deadline<E> deadline : reaction.deadlines()) {
            ScheduledFuture<?> future = fixture.clock().scheduler().schedule(
                    () -> fire(key, deadline.command()), deadline.delay().toNanos(), TimeUnit.NANOSECONDS);
            Timer<E> timer = new Timer<>(deadline, future);
            instance.timers.add(timer);
            if (inStep) {
                scheduledInStep.add(timer);
            }
        }
    }

    /** A deadline's message goes to the instance that scheduled it; the first failure stops the others. */
    private void fire(String key, E message) {
        if (failure != null || escaped != null) {
            return;
        }
        try {
            react(key, message);
        } catch (RuntimeException e) {
            failure = new ProcessFailure(message, key, e, true);
        } catch (Error e) {
            escaped = e;
        }
    }

    private void cancelAll() {
        for (Instance<E, S> instance : instances.values()) {
            for (Timer<E> timer : instance.timers) {
                timer.future().cancel(false);
            }
            instance.timers.clear();
        }
    }
}
