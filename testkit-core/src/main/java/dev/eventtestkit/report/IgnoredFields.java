package dev.eventtestkit.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which fields of which event types a comparison ignores: generated ids, timestamps. Immutable.
 *
 * <pre>{@code
 * IgnoredFields ignored = IgnoredFields.none().with(OrderCreated.class, "createdAt");
 * }</pre>
 *
 * <p>A field named for a type applies to every event of that type and of its subtypes, so naming an
 * interface ignores the field on every event that implements it. Names are JSON property names as the
 * {@link dev.eventtestkit.event.EventCodec} writes them (for records and getters: the Java names).
 */
public final class IgnoredFields {

    private static final IgnoredFields NONE = new IgnoredFields(Map.of());

    private final Map<Class<?>, Set<String>> byType;

    private IgnoredFields(Map<Class<?>, Set<String>> byType) {
        this.byType = byType;
    }

    /** @return nothing ignored */
    public static IgnoredFields none() {
        return NONE;
    }

    /**
     * @param type an event type (a class, or an interface its events implement)
     * @param fields the property names to ignore on it, at least one
     * @return a copy that also ignores these fields
     * @throws IllegalArgumentException when no field or a blank one is named
     */
    public IgnoredFields with(Class<?> type, String... fields) {
        Objects.requireNonNull(type, "type");
        if (fields.length == 0) {
            throw new IllegalArgumentException("name at least one field of " + type.getName() + " to ignore");
        }
        Map<Class<?>, Set<String>> copy = new LinkedHashMap<>(byType);
        Set<String> names = new LinkedHashSet<>(copy.getOrDefault(type, Set.of()));
        for (String field : List.of(fields)) {
            if (field.isBlank()) {
                throw new IllegalArgumentException("a field name to ignore on " + type.getName() + " is blank");
            }
            names.add(field);
        }
        copy.put(type, Collections.unmodifiableSet(names));
        return new IgnoredFields(Collections.unmodifiableMap(copy));
    }

    /**
     * @param eventType the class of an event
     * @return the fields ignored on it (from its own entry and its supertypes'); empty when none
     */
    public Set<String> of(Class<?> eventType) {
        if (byType.isEmpty()) {
            return Set.of();
        }
        Set<String> names = new LinkedHashSet<>();
        byType.forEach((type, fields) -> {
            if (type.isAssignableFrom(eventType)) {
                names.addAll(fields);
            }
        });
        return names;
    }

    /** @return whether nothing is ignored */
    public boolean isEmpty() {
        return byType.isEmpty();
    }

    @Override
    public String toString() {
        return "IgnoredFields" + byType;
    }
}
