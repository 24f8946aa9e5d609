package dev.eventtestkit.cucumber;

import dev.eventtestkit.report.ClosestName;
import java.util.Collection;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Names to things, for one kind ("event type", "command", "aggregate"): resolving a name that was never
 * registered lists the registered ones and the closest.
 */
final class TypeRegistry<T> {

    private final String kind;
    private final String howToRegister;
    private final SortedMap<String, T> byName = new TreeMap<>();

    TypeRegistry(String kind, String howToRegister) {
        this.kind = kind;
        this.howToRegister = howToRegister;
    }

    void register(String name, T value, String describe, String describeExisting) {
        T existing = byName.putIfAbsent(name, value);
        if (existing != null && !existing.equals(value)) {
            throw new IllegalArgumentException(
                    kind + " \"" + name + "\" is registered twice: " + describeExisting + " and " + describe);
        }
    }

    T resolve(String name) {
        T value = byName.get(name);
        if (value == null) {
            throw new IllegalArgumentException(unknown(name));
        }
        return value;
    }

    @Nullable T find(String name) {
        return byName.get(name);
    }

    Collection<String> names() {
        return byName.keySet();
    }

    private String unknown(String name) {
        if (byName.isEmpty()) {
            return "unknown " + kind + " \"" + name + "\"; none is registered: " + howToRegister;
        }
        String hint = ClosestName.of(name, byName.keySet()).map(c -> "; did you mean \"" + c + "\"?").orElse(";");
        return "unknown " + kind + " \"" + name + "\"" + hint + " registered: " + String.join(", ", byName.keySet());
    }
}
