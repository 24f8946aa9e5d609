package dev.eventtestkit.cucumber;

import dev.eventtestkit.aggregate.AggregateFixture;
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
 * The aggregate instances of one scenario: each one's history (given events, then what its commands and
 * deadlines recorded), which one the scenario speaks of, and the outcome of the last command or time step.
 */
final class AggregateRuns {

    /** One aggregate instance, e.g. the order "o-1". */
    record Instance(String aggregate, String id) {
        @Override
        public String toString() {
            return "the " + aggregate + " \"" + id + "\"";
        }
    }

    /** What the last command or passing of time did to an instance. */
    record Result(Instance instance, String trigger, Outcome<Object, Object, Object> outcome) {}

    private final Registrations registrations;
    private final Supplier<VirtualClock> clock;
    private final Map<Instance, List<Object>> histories = new LinkedHashMap<>();
    private final Map<String, Instance> current = new LinkedHashMap<>();
    private final List<Object> recorded = new ArrayList<>();
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
        history(mention(new Instance(aggregate, id))).addAll(events);
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
        Outcome<Object, Object, Object> outcome = fixture(owner).given(history(mention(instance))).when(command);
        record(new Result(instance, "the command " + commandName, outcome));
    }

    /** @return whether an instance was there to let time pass for (its deadlines); false: the caller advances */
    boolean timePasses(Duration duration, String text) {
        Instance instance = lastMentioned;
        if (instance == null) {
            return false;
        }
        EventTestkitSetup.Aggregate owner = registrations.aggregates.resolve(instance.aggregate());
        Outcome<Object, Object, Object> outcome =
                fixture(owner).given(history(instance)).whenTimePasses(duration);
        record(new Result(instance, text + " passing", outcome));
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

    /** @return every event recorded by commands and deadlines in this scenario, not the given ones */
    List<Object> allRecorded() {
        return recorded;
    }

    private void record(Result result) {
        last = result;
        if (result.outcome().failure().isEmpty()) {
            history(result.instance()).addAll(result.outcome().events());
            recorded.addAll(result.outcome().events());
        }
    }

    private Instance mention(Instance instance) {
        current.put(instance.aggregate(), instance);
        lastMentioned = instance;
        return instance;
    }

    private List<Object> history(Instance instance) {
        return histories.computeIfAbsent(instance, key -> new ArrayList<>());
    }

    @SuppressWarnings("unchecked")
    private AggregateFixture<Object, Object, Object> fixture(EventTestkitSetup.Aggregate aggregate) {
        return ((AggregateFixture<Object, Object, Object>) aggregate.fixture()).withClock(clock.get());
    }
}
