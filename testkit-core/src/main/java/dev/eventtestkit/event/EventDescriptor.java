package dev.eventtestkit.event;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The type name and contract version of an event, as the contracts and the broker know it.
 *
 * @param name the subject name, e.g. {@code OrderCreated}
 * @param version the contract version, 1 or more
 */
@API(status = API.Status.STABLE, since = "0.1")
public record EventDescriptor(String name, int version) {

    private static final ClassValue<EventDescriptor> BY_CLASS = new ClassValue<>() {
        @Override
        protected EventDescriptor computeValue(Class<?> type) {
            return describe(type);
        }
    };

    public EventDescriptor {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an event type name must not be blank");
        }
        if (version < 1) {
            throw new IllegalArgumentException(
                    "event type " + name + ": version must be 1 or more, was " + version);
        }
    }

    /**
     * Resolves a class's descriptor from {@link EventType}, defaulting to its simple name, version 1.
     *
     * @param type an event class
     * @return its descriptor (cached per class)
     * @throws IllegalArgumentException when the annotation's version is below 1
     */
    public static EventDescriptor of(Class<?> type) {
        return BY_CLASS.get(type);
    }

    private static EventDescriptor describe(Class<?> type) {
        EventType annotation = type.getAnnotation(EventType.class);
        String name = annotation == null || annotation.name().isEmpty() ? type.getSimpleName() : annotation.name();
        if (name.isBlank() && (annotation == null || annotation.name().isEmpty())) {
            throw new IllegalArgumentException(type.getName() + " has no simple name to use as its event type name (an "
                    + "anonymous class?): name it with @EventType(name = \"...\"), or use a named class");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("@EventType on " + type.getName() + ": name = \"" + name + "\" is blank; "
                    + "expected the event type name, or leave name out to use the simple class name");
        }
        if (annotation != null && annotation.version() < 1) {
            throw new IllegalArgumentException(
                    "@EventType on " + type.getName() + ": version must be 1 or more, was " + annotation.version());
        }
        return new EventDescriptor(name, annotation == null ? 1 : annotation.version());
    }

    @Override
    public String toString() {
        return name + " v" + version;
    }
}
