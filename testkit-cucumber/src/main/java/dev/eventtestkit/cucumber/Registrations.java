package dev.eventtestkit.cucumber;

import dev.eventtestkit.event.EventCodec;
import java.util.Collection;
import java.util.Map;

/** A scenario's setup checked and indexed by name: events, commands and aggregates. */
final class Registrations {

    private static final String HOW_EVENTS =
            "register event classes with setup.events(...) or setup.eventsIn(...) in your EventTestkitConfiguration";
    private static final String HOW_COMMANDS =
            "register command classes with setup.aggregate(...).commands(...) in your EventTestkitConfiguration";
    private static final String HOW_AGGREGATES =
            "register aggregates with setup.aggregate(...) in your EventTestkitConfiguration";

    final TypeRegistry<Class<?>> events = new TypeRegistry<>("event type", HOW_EVENTS);
    final TypeRegistry<Class<?>> commands = new TypeRegistry<>("command", HOW_COMMANDS);
    final TypeRegistry<EventTestkitSetup.Aggregate> aggregates = new TypeRegistry<>("aggregate", HOW_AGGREGATES);
    private final Map<Class<?>, EventTestkitSetup.Aggregate> owners = new java.util.HashMap<>();
    final EventCodec codec;

    Registrations(EventTestkitSetup setup) {
        this.codec = setup.codec();
        for (Class<?> type : setup.events()) {
            String name = codec.describe(type).name();
            Class<?> existing = events.find(name);
            events.register(name, type, type.getName(), existing == null ? "" : existing.getName());
        }
        for (EventTestkitSetup.Aggregate aggregate : setup.aggregates().values()) {
            aggregates.register(aggregate.name(), aggregate, "", "");
            for (Class<?> command : aggregate.commandTypes()) {
                String name = command.getSimpleName();
                Class<?> existing = commands.find(name);
                commands.register(name, command, command.getName(), existing == null ? "" : existing.getName());
                EventTestkitSetup.Aggregate owner = owners.putIfAbsent(command, aggregate);
                if (owner != null && owner != aggregate) {
                    throw new IllegalArgumentException("command " + name + " is registered with two aggregates: "
                            + owner.name() + " and " + aggregate.name());
                }
            }
        }
    }

    /** @return the event, read from JSON with the codec into the class registered under the name */
    Object event(String type, dev.eventtestkit.event.Json data) {
        return codec.fromJson(data, events.resolve(type));
    }

    EventTestkitSetup.Aggregate ownerOf(Class<?> command) {
        return owners.get(command);
    }

    /** Fails like an unknown name unless the name is registered or among the names that actually occurred. */
    void requireKnownEvent(String type, Collection<String> occurred) {
        if (events.find(type) == null && !occurred.contains(type)) {
            events.resolve(type);
        }
    }
}
