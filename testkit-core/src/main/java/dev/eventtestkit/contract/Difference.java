package dev.eventtestkit.contract;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One typed difference between two schemas.
 *
 * @param type the kind of difference, e.g. {@link DifferenceType#TYPE_CHANGED}
 * @param path a JSON-pointer-like path in the original schema's terms: {@code #/} for the root,
 *     {@code #/properties/amount}, {@code #/items/0}, {@code #/minLength} for a changed keyword
 * @param original the value in the original schema, rendered as text; null when absent
 * @param updated the value in the updated schema, rendered as text; null when absent
 */
public record Difference(DifferenceType type, String path, @Nullable String original, @Nullable String updated) {

    public Difference {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(path, "path");
    }

    /** @return {@code old -> new}, with {@code (none)} standing for an absent side */
    public String change() {
        return (original == null ? "(none)" : original) + " -> " + (updated == null ? "(none)" : updated);
    }

    @Override
    public String toString() {
        return path + ": " + type + ": " + change();
    }
}
