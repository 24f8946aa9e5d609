package dev.eventtestkit.contract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

/**
 * The content model of an object schema: which property names it declares and what it accepts for others.
 *
 * <p>Open: any other name with any value. Partially open: other names must match a pattern property, an
 * {@code additionalProperties} or an {@code unevaluatedProperties} schema. Closed: no other names.
 */
final class ObjectModel {
    private final DiffShape shape;
    final OpenSlot additional;
    final OpenSlot unevaluated;

    ObjectModel(DiffShape shape) {
        this.shape = shape;
        this.additional = OpenSlot.of(shape, "additionalProperties");
        this.unevaluated = OpenSlot.of(shape, "unevaluatedProperties");
    }

    JsonNode node() {
        return shape.node();
    }

    Set<String> propertyNames() {
        return names(shape.node().get("properties"));
    }

    Set<String> patterns() {
        return names(shape.node().get("patternProperties"));
    }

    boolean declares(String name) {
        JsonNode properties = shape.node().get("properties");
        return properties != null && properties.isObject() && properties.has(name);
    }

    @Nullable DiffShape property(String name) {
        return shape.child("properties", name);
    }

    @Nullable DiffShape patternProperty(String pattern) {
        return shape.child("patternProperties", pattern);
    }

    boolean requires(String name) {
        JsonNode required = shape.node().get("required");
        if (required != null && required.isArray()) {
            for (JsonNode entry : required) {
                if (entry.isString() && entry.stringValue().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return true when the declared property carries a {@code default} (on its node or where it refers) */
    boolean hasDefault(String name) {
        JsonNode written = shape.node().path("properties").path(name);
        DiffShape resolved = property(name);
        return written.has("default") || resolved != null && resolved.node().has("default");
    }

    boolean isOpen() {
        return patterns().isEmpty() && additional.any() && unevaluated.any();
    }

    /** @return the schema a partially open model applies to an undeclared name, or null when closed to it */
    @Nullable DiffShape schemaForUndeclared(String name) {
        for (String pattern : patterns()) {
            if (matches(pattern, name)) {
                return patternProperty(pattern);
            }
        }
        return fallbackSchema();
    }

    /** @return the schema for names no pattern covers: additionalProperties, else unevaluatedProperties */
    @Nullable DiffShape fallbackSchema() {
        if (additional.any() && unevaluated.kind() == OpenSlot.Kind.SCHEMA) {
            return unevaluated.schemaOrNull();
        }
        return additional.schemaOrNull();
    }

    /** @return true when names no pattern covers are accepted with any value */
    boolean fallbackAcceptsAll() {
        return additional.any() && unevaluated.any();
    }

    static List<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return new ArrayList<>(all);
    }

    private static boolean matches(String pattern, String name) {
        try {
            return Pattern.compile(pattern).matcher(name).find();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    private static Set<String> names(@Nullable JsonNode object) {
        Set<String> names = new LinkedHashSet<>();
        if (object != null && object.isObject()) {
            names.addAll(object.propertyNames());
        }
        return names;
    }
}
