package dev.eventtestkit.contract;

import static dev.eventtestkit.contract.DifferenceType.*;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

/**
 * Property dependencies ({@code dependencies} with arrays, {@code dependentRequired}) and schema dependencies
 * ({@code dependencies} with schemas, {@code dependentSchemas}), keyed by the property that triggers them.
 */
final class DependencyDiff {
    private DependencyDiff() {}

    static void compare(DiffContext ctx, DiffShape original, DiffShape update) {
        compareArrays(ctx, original.node(), update.node());
        compareSchemas(ctx, original, update);
    }

    private static void compareArrays(DiffContext ctx, JsonNode original, JsonNode update) {
        Map<String, String> keywords = new LinkedHashMap<>();
        Map<String, Set<String>> before = arrays(original, keywords);
        Map<String, Set<String>> after = arrays(update, keywords);
        for (String property : keywords.keySet()) {
            Set<String> old = before.get(property);
            Set<String> now = after.get(property);
            String segment = keywords.get(property) + "/" + DiffPaths.escape(property);
            DifferenceType type;
            if (now == null) {
                type = DEPENDENCY_ARRAY_REMOVED;
            } else if (old == null) {
                type = DEPENDENCY_ARRAY_ADDED;
            } else if (old.equals(now)) {
                continue;
            } else if (now.containsAll(old)) {
                type = DEPENDENCY_ARRAY_EXTENDED;
            } else if (old.containsAll(now)) {
                type = DEPENDENCY_ARRAY_NARROWED;
            } else {
                type = DEPENDENCY_ARRAY_CHANGED;
            }
            ctx.addAt(segment, type, text(old), text(now));
        }
    }

    private static void compareSchemas(DiffContext ctx, DiffShape original, DiffShape update) {
        Map<String, String> keywords = new LinkedHashMap<>();
        schemaKeys(original.node(), keywords);
        schemaKeys(update.node(), keywords);
        for (Map.Entry<String, String> entry : keywords.entrySet()) {
            String property = entry.getKey();
            DiffShape old = schemaDependency(original, property);
            DiffShape now = schemaDependency(update, property);
            String segment = entry.getValue() + "/" + DiffPaths.escape(property);
            if (now == null) {
                ctx.addAt(segment, DEPENDENCY_SCHEMA_REMOVED, old.node().toString(), null);
            } else if (old == null) {
                ctx.addAt(segment, DEPENDENCY_SCHEMA_ADDED, null, now.node().toString());
            } else {
                ctx.compareAt(segment, old, now);
            }
        }
    }

    private static Map<String, Set<String>> arrays(JsonNode schema, Map<String, String> keywords) {
        Map<String, Set<String>> found = new LinkedHashMap<>();
        for (String keyword : new String[] {"dependencies", "dependentRequired"}) {
            JsonNode container = schema.get(keyword);
            if (container == null || !container.isObject()) {
                continue;
            }
            for (Map.Entry<String, JsonNode> entry : container.properties()) {
                if (entry.getValue().isArray()) {
                    Set<String> names = new LinkedHashSet<>();
                    entry.getValue().values().forEach(name -> names.add(name.asString()));
                    found.put(entry.getKey(), names);
                    keywords.putIfAbsent(entry.getKey(), keyword);
                }
            }
        }
        return found;
    }

    private static void schemaKeys(JsonNode schema, Map<String, String> keywords) {
        for (String keyword : new String[] {"dependencies", "dependentSchemas"}) {
            JsonNode container = schema.get(keyword);
            if (container == null || !container.isObject()) {
                continue;
            }
            for (Map.Entry<String, JsonNode> entry : container.properties()) {
                if (!entry.getValue().isArray()) {
                    keywords.putIfAbsent(entry.getKey(), keyword);
                }
            }
        }
    }

    private static @Nullable DiffShape schemaDependency(DiffShape schema, String property) {
        for (String keyword : new String[] {"dependencies", "dependentSchemas"}) {
            JsonNode value = schema.node().path(keyword).get(property);
            if (value != null && !value.isArray()) {
                return schema.child(keyword, property);
            }
        }
        return null;
    }

    private static @Nullable String text(@Nullable Set<String> names) {
        return names == null ? null : names.toString();
    }
}
