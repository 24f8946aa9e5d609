package dev.eventtestkit.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * Which fields of which event types a comparison ignores: generated ids, timestamps. Immutable.
 *
 * <pre>{@code
 * IgnoredFields ignored = IgnoredFields.none().with(OrderCreated.class, "createdAt");
 * }</pre>
 *
 * <p>A field named for a type applies to every event of that type and of its subtypes, so naming an
 * interface (or {@code Object}) ignores the field on every event that implements it. Names are JSON property
 * names as the {@link dev.eventtestkit.event.EventCodec} writes them (for records and getters: the Java
 * names); a dotted path such as {@code address.geo.lat} names a nested field, and a path through an array
 * applies to each of its elements. Fields can also be ignored by their Java type
 * ({@link #withFieldsOfType}): every field, at any depth, declared with that type or a subtype.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class IgnoredFields {

    private static final IgnoredFields NONE = new IgnoredFields(Map.of(), Set.of());

    private final Map<Class<?>, Set<String>> byType;
    private final Set<Class<?>> fieldTypes;
    /** The paths of each event class, found once: reflection on the class walks its fields' declared types. */
    private final Map<Class<?>, Set<String>> cache = new ConcurrentHashMap<>();

    private IgnoredFields(Map<Class<?>, Set<String>> byType, Set<Class<?>> fieldTypes) {
        this.byType = byType;
        this.fieldTypes = fieldTypes;
    }

    /** @return nothing ignored */
    public static IgnoredFields none() {
        return NONE;
    }

    /**
     * @param type an event type (a class, or an interface its events implement; {@code Object} for all)
     * @param fields the property names or dotted paths to ignore on it, at least one
     * @return a copy that also ignores these fields
     * @throws IllegalArgumentException when no field, a blank one, or a path with a blank step is named
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
            if (field.startsWith(".") || field.endsWith(".") || field.contains("..")) {
                throw new IllegalArgumentException("the path \"" + field + "\" to ignore on " + type.getName()
                        + " has an empty step: name nested fields as a.b.c");
            }
            names.add(field);
        }
        copy.put(type, Collections.unmodifiableSet(names));
        return new IgnoredFields(Collections.unmodifiableMap(copy), fieldTypes);
    }

    /**
     * Ignores every field declared with one of these types (or a subtype), at any depth of any event:
     * {@code withFieldsOfType(Instant.class)} leaves every timestamp out. Fields are found on records'
     * components and classes' declared fields (their JSON names are taken to be the Java names), through
     * nested classes of the user's own and the elements of collections and arrays; JDK classes are not walked.
     *
     * @param types the Java types, at least one
     * @return a copy that also ignores the fields of these types
     * @throws IllegalArgumentException when no type is named
     */
    public IgnoredFields withFieldsOfType(Class<?>... types) {
        if (types.length == 0) {
            throw new IllegalArgumentException("name at least one field type to ignore");
        }
        Set<Class<?>> more = new LinkedHashSet<>(fieldTypes);
        for (Class<?> type : types) {
            more.add(Objects.requireNonNull(type, "type"));
        }
        return new IgnoredFields(byType, Collections.unmodifiableSet(more));
    }

    /**
     * @param eventType the class of an event
     * @return the fields ignored on it (from its own entry and its supertypes'); empty when none
     */
    public Set<String> of(Class<?> eventType) {
        if (isEmpty()) {
            return Set.of();
        }
        return cache.computeIfAbsent(eventType, this::collect);
    }

    private Set<String> collect(Class<?> eventType) {
        Set<String> names = new LinkedHashSet<>();
        byType.forEach((type, fields) -> {
            if (type.isAssignableFrom(eventType)) {
                names.addAll(fields);
            }
        });
        if (!fieldTypes.isEmpty()) {
            names.addAll(FieldsOfType.paths(eventType, fieldTypes));
        }
        return Collections.unmodifiableSet(names);
    }

    /** @return whether nothing is ignored */
    public boolean isEmpty() {
        return byType.isEmpty() && fieldTypes.isEmpty();
    }

    @Override
    public String toString() {
        return "IgnoredFields" + byType + (fieldTypes.isEmpty() ? "" : " and fields of type " + fieldTypes);
    }
}
