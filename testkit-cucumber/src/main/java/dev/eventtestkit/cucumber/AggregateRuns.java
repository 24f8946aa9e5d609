package dev.eventtestkit.cucumber;

import dev.eventtestkit.aggregate.AggregateFixture;
import dev.eventtestkit.aggregate.AggregateSession;
import dev.eventtestkit.aggregate.Outcome;
import dev.eventtestkit.time.VirtualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The aggregate instances of one scenario, each an {@link AggregateSession} on the scenario's clock (so its
 * deadlines fire whenever time passes), which one the scenario speaks of, and the outcome of the last command
 * or time step.
 */
final class AggregateRuns {

    /** One aggregate instance, e.g. the order "o-1". */
    record Instance(String aggregate, String id) {
        @Override
        public String toString() {
            return "the " + aggregate + " \"" + id + "\"";
        }
    }

    /**
     * What the last command or passing of time did to an instance.
     *
     * @param after what happened, as messages say it: {@code the command ShipOrder}, {@code 30 minutes passed}
     * @param subject who decided: {@code the command ShipOrder} or {@code a deadline command}
     */
    record Result(Instance instance, String after, String subject, Outcome<Object, Object, Object> outcome) {

        /** @return how messages say that nothing was rejected */
        String accepted() {
            return subject.startsWith("the command") ? "it was accepted" : "none was";
        }
    }

    private final Registrations registrations;
    private final Supplier<VirtualClock> clock;
    private final Map<Instance, AggregateSession<Object, Object, Object>> sessions = new LinkedHashMap<>();
    private final Map<String, Instance> current = new LinkedHashMap<>();
    private @Nullable Instance lastMentioned;
    private @Nullable Result last;

    AggregateRuns(Registrations registrations, Supplier<VirtualClock> clock) {
        this.registrations = registrations;
        this.clock = clock;
    }

    void given(String aggregate, String id, List<EventRow> rows) {
        registrations.aggregates.resolve(aggregate);
        List<Object> events = new ArrayList<>();
        for (EventRow row : rows) {
            events.add(Conversions.event(registrations, row));
        }
        session(mention(new Instance(aggregate, id))).given(events);
    }

    void send(String commandName, String json, @Nullable String aggregate, @Nullable String id) {
        Class<?> type = registrations.commands.resolve(commandName);
        EventTestkitSetup.Aggregate owner = registrations.ownerOf(type);
        if (aggregate != null && !aggregate.equals(owner.name())) {
            registrations.aggregates.resolve(aggregate);
            throw new IllegalArgumentException("the command " + commandName + " belongs to the aggregate \""
                    + owner.name() + "\", not \"" + aggregate + "\"");
        }
        Instance instance = id != null ? new Instance(owner.name(), id) : current.get(owner.name());
        if (instance == null) {
            instance = new Instance(owner.name(), "(new)");
        }
        Object command = Conversions.command(registrations, type, JsonInput.docString(json));
        String trigger = "the command " + commandName;
        last = new Result(instance, trigger, trigger, session(mention(instance)).when(command));
    }

    /** @return whether an instance was there to let time pass for (its deadlines); false: the caller advances */
    boolean timePasses(Duration duration, String text) {
        Instance instance = lastMentioned;
        if (instance == null) {
            return false;
        }
        last = new Result(instance, text + " passed", "a deadline command", session(instance).whenTimePasses(duration));
        return true;
    }

    Result last(String step) {
        Result result = last;
        if (result == null) {
            throw new IllegalStateException("\"" + step + "\" checks what the last command (or time passing for an"
                    + " aggregate) did, but no command was sent in this scenario");
        }
        return result;
    }

    /** @return every event recorded by commands and deadlines in this scenario, instance by instance */
    List<Object> allRecorded() {
        List<Object> recorded = new ArrayList<>();
        sessions.values().forEach(session -> recorded.addAll(session.recorded()));
        return recorded;
    }

    private Instance mention(Instance instance) {
        current.put(instance.aggregate(), instance);
        lastMentioned = instance;
        return instance;
    }

    @SuppressWarnings("unchecked")
    private AggregateSession<Object, Object, Object> session(Instance instance) {
        return sessions.computeIfAbsent(instance, key -> {
            EventTestkitSetup.Aggregate aggregate = registrations.aggregates.resolve(key.aggregate());
            AggregateFixture<Object, Object, Object> fixture =
                    (AggregateFixture<Object, Object, Object>) aggregate.fixture();
            return fixture.withClock(clock.get()).session(List.of());
        });
    }
}
