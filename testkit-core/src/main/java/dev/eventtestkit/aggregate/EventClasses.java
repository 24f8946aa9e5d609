package dev.eventtestkit.aggregate;

import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.store.StoredEvent;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which class reads each event type of a stream back: the classes given to {@code onStream}, a sealed type
 * standing for every class it permits (recursively), each named as the codec names it ({@code @EventType}).
 */
final class EventClasses {

    private final Map<String, Class<?>> byType;

    private EventClasses(Map<String, Class<?>> byType) {
        this.byType = byType;
    }

    static EventClasses of(EventCodec codec, Class<?>... classes) {
        Objects.requireNonNull(classes, "eventTypes");
        if (classes.length == 0) {
            throw new IllegalArgumentException("onStream: no event classes given; pass the aggregate's event type "
                    + "(a sealed interface names all its events) or each event class");
        }
        Map<String, Class<?>> byType = new LinkedHashMap<>();
        for (Class<?> type : classes) {
            Objects.requireNonNull(type, "onStream: an event class is null");
            for (Class<?> concrete : concrete(type)) {
                String name = codec.describe(concrete).name();
                Class<?> other = byType.putIfAbsent(name, concrete);
                if (other != null && other != concrete) {
                    throw new IllegalArgumentException("onStream: " + other.getName() + " and " + concrete.getName()
                            + " both have the event type name " + name + "; a stream could not tell them apart");
                }
            }
        }
        return new EventClasses(byType);
    }

    private static List<Class<?>> concrete(Class<?> type) {
        List<Class<?>> found = new ArrayList<>();
        if (type.isSealed()) {
            for (Class<?> permitted : type.getPermittedSubclasses()) {
                found.addAll(concrete(permitted));
            }
            if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                found.add(type);
            }
        } else if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new IllegalArgumentException("onStream: " + type.getName() + " is neither sealed nor a concrete "
                    + "class, so it does not say which events a stream may hold; seal it, or pass each event class");
        } else {
            found.add(type);
        }
        return found;
    }

    /**
     * @param event an event read from the stream
     * @return its payload as the class its type names
     * @throws IllegalStateException when no class given names its type
     */
    Object read(StoredEvent event) {
        Class<?> type = byType.get(event.type());
        if (type == null) {
            throw new IllegalStateException("stream " + event.stream() + " holds " + event.type() + " at version "
                    + event.version() + ", which none of the event classes given to onStream names (they name "
                    + String.join(", ", byType.keySet()) + "); add its class");
        }
        return event.payloadAs(type);
    }
}
