package dev.eventtestkit.contract;

import dev.eventtestkit.property.Draw;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Random JSON Schemas (2020-12) as maps, for the property tests: objects, arrays, enums and const, combinations,
 * type lists, {@code not}, if/then/else, in-file and recursive {@code $ref}s (to {@code $defs} and to the root),
 * additionalProperties, patterns and numeric bounds; now and then a reference to nothing or a pattern that does not
 * compile, which must be reported as bad input. {@link #mutate} changes a schema the way a new version does.
 */
final class SchemaGenerator {
    static final List<String> NAMES = List.of("id", "amount", "next", "items", "kind", "note");
    private static final List<String> TYPES = List.of("string", "integer", "number", "boolean", "null", "object", "array");
    private static final List<String> PATTERNS = List.of("^[a-z]+$", "^\\d{3}$", "a|b", "^(x|y)*$", ".*", "^o-[0-9]+$");
    private static final List<Object> NUMBERS = List.of(0, 1, -1, 3, 10, 255, 1.5, 0.1, -273.15, 1e10, 1e300, 9007199254740993L);
    private static final List<Object> SCALARS = List.of("a", "b", "", "ü", 0, 1, 2.5, true, false);

    private final Draw draw;
    private final int defs;

    private SchemaGenerator(Draw draw, int defs) {
        this.draw = draw;
        this.defs = defs;
    }

    /** @return a root schema: a body and up to three {@code $defs}, which may refer to each other and to the root */
    static Map<String, Object> schema(Draw draw) {
        int defs = draw.upTo(3);
        SchemaGenerator generator = new SchemaGenerator(draw, defs);
        int depth = 1 + Math.min(draw.size() / 3, 4);
        Map<String, Object> root = generator.body(depth);
        if (defs > 0) {
            Map<String, Object> definitions = new LinkedHashMap<>();
            for (int i = 0; i < defs; i++) {
                definitions.put("d" + i, generator.any(depth - 1));
            }
            root.put("$defs", definitions);
        }
        return root;
    }

    /** @return a copy of the schema with one to three changes a new version might make */
    @SuppressWarnings("unchecked")
    static Map<String, Object> mutate(Map<String, Object> schema, Draw draw) {
        Map<String, Object> copy = (Map<String, Object>) dev.eventtestkit.property.JsonText.copy(schema);
        Object defs = copy.get("$defs");
        SchemaGenerator generator = new SchemaGenerator(draw, defs instanceof Map<?, ?> map ? map.size() : 0);
        int changes = draw.between(1, 3);
        for (int i = 0; i < changes; i++) {
            List<Map<String, Object>> nodes = new ArrayList<>();
            collect(copy, nodes);
            generator.change(draw.oneOf(nodes));
        }
        return copy;
    }

    private Object any(int depth) {
        if (draw.chance(0.1)) {
            return draw.chance(0.8); // a boolean schema, true more often
        }
        if (draw.chance(0.15)) {
            return reference();
        }
        return body(depth);
    }

    private Map<String, Object> body(int depth) {
        if (depth <= 0) {
            return leaf();
        }
        return switch (draw.between(0, 9)) {
            case 0, 1, 2 -> object(depth);
            case 3, 4 -> array(depth);
            case 5 -> combination(depth);
            case 6 -> typeList();
            case 7 -> map("not", any(depth - 1));
            case 8 -> conditional(depth);
            default -> leaf();
        };
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> object = map("type", "object");
        Map<String, Object> properties = new LinkedHashMap<>();
        int count = draw.upTo(4);
        for (int i = 0; i < count; i++) {
            properties.put(draw.oneOf(NAMES), any(depth - 1));
        }
        object.put("properties", properties);
        List<Object> required = new ArrayList<>();
        for (String name : properties.keySet()) {
            if (draw.chance(0.5)) {
                required.add(name);
            }
        }
        if (!required.isEmpty()) {
            object.put("required", required);
        }
        if (draw.chance(0.4)) {
            object.put("additionalProperties", draw.chance(0.5) ? draw.chance(0.5) : any(depth - 1));
        }
        if (draw.chance(0.1)) {
            object.put("patternProperties", map(draw.oneOf(PATTERNS), any(depth - 1)));
        }
        if (draw.chance(0.1)) {
            object.put("minProperties", draw.between(0, 2));
        }
        return object;
    }

    private Map<String, Object> array(int depth) {
        Map<String, Object> array = map("type", "array");
        if (draw.chance(0.2)) {
            array.put("prefixItems", List.of(any(depth - 1), any(depth - 1)));
        }
        if (draw.chance(0.8)) {
            array.put("items", any(depth - 1));
        }
        if (draw.chance(0.3)) {
            array.put("minItems", draw.between(0, 2));
        }
        if (draw.chance(0.3)) {
            array.put("maxItems", draw.between(1, 5));
        }
        if (draw.chance(0.1)) {
            array.put("uniqueItems", true);
        }
        return array;
    }

    private Map<String, Object> combination(int depth) {
        int count = draw.between(1, 3);
        List<Object> branches = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            branches.add(any(depth - 1));
        }
        return map(draw.oneOf("anyOf", "oneOf", "allOf"), branches);
    }

    private Map<String, Object> typeList() {
        List<Object> types = new ArrayList<>();
        types.add(draw.oneOf(TYPES));
        String second = draw.oneOf(TYPES);
        if (!types.contains(second)) {
            types.add(second);
        }
        Map<String, Object> schema = map("type", types);
        constrain(schema, (String) types.get(0));
        return schema;
    }

    private Map<String, Object> conditional(int depth) {
        Map<String, Object> schema = map("if", any(depth - 1));
        if (draw.chance(0.8)) {
            schema.put("then", any(depth - 1));
        }
        if (draw.chance(0.6)) {
            schema.put("else", any(depth - 1));
        }
        return schema;
    }

    private Map<String, Object> leaf() {
        switch (draw.between(0, 7)) {
            case 0 -> {
                List<Object> values = new ArrayList<>();
                int count = draw.between(1, 3);
                for (int i = 0; i < count; i++) {
                    Object value = draw.oneOf(SCALARS);
                    if (!values.contains(value)) {
                        values.add(value);
                    }
                }
                return map("enum", values);
            }
            case 1 -> {
                return map("const", draw.oneOf(SCALARS));
            }
            default -> {
                String type = draw.oneOf(TYPES.subList(0, 5));
                Map<String, Object> schema = map("type", type);
                constrain(schema, type);
                return schema;
            }
        }
    }

    private void constrain(Map<String, Object> schema, String type) {
        switch (type) {
            case "string" -> {
                if (draw.chance(0.3)) {
                    schema.put("minLength", draw.between(0, 3));
                }
                if (draw.chance(0.3)) {
                    schema.put("maxLength", draw.between(1, 20));
                }
                if (draw.chance(0.3)) {
                    schema.put("pattern", draw.chance(0.03) ? "[unclosed" : draw.oneOf(PATTERNS));
                }
                if (draw.chance(0.1)) {
                    schema.put("format", draw.oneOf("date-time", "email", "uuid"));
                }
            }
            case "integer", "number" -> {
                for (String keyword : List.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")) {
                    if (draw.chance(0.2)) {
                        Object bound = draw.oneOf(NUMBERS);
                        schema.put(keyword, keyword.equals("multipleOf") && ((Number) bound).doubleValue() <= 0 ? 2 : bound);
                    }
                }
            }
            default -> { }
        }
    }

    private Map<String, Object> reference() {
        if (draw.chance(0.02)) {
            return map("$ref", "#/$defs/nope"); // a reference to nothing: bad input, named
        }
        if (defs == 0 || draw.chance(0.25)) {
            return map("$ref", "#");
        }
        return map("$ref", "#/$defs/d" + draw.between(0, defs - 1));
    }

    private void change(Map<String, Object> node) {
        switch (draw.between(0, 7)) {
            case 0 -> node.put("type", draw.oneOf(TYPES));
            case 1 -> {
                if (!node.isEmpty()) {
                    node.remove(draw.oneOf(new ArrayList<>(node.keySet())));
                }
            }
            case 2 -> constrain(node, draw.oneOf("string", "number"));
            case 3 -> node.put("additionalProperties", draw.chance(0.5));
            case 4 -> node.put("required", List.of(draw.oneOf(NAMES)));
            case 5 -> node.put("enum", List.of(draw.oneOf(SCALARS), draw.oneOf(SCALARS)).stream().distinct().toList());
            case 6 -> node.put(draw.oneOf("anyOf", "oneOf", "allOf"), List.of(any(1), any(1)));
            default -> {
                Object properties = node.get("properties");
                if (properties instanceof Map<?, ?> map) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> writable = (Map<String, Object>) map;
                    writable.put(draw.oneOf(NAMES), any(1));
                } else {
                    node.put("properties", map(draw.oneOf(NAMES), any(1)));
                }
            }
        }
    }

    /** Collects the schema nodes only (not the name maps of properties and $defs, nor enum values). */
    @SuppressWarnings("unchecked")
    private static void collect(Object schema, List<Map<String, Object>> nodes) {
        if (!(schema instanceof Map<?, ?> map)) {
            return;
        }
        nodes.add((Map<String, Object>) map);
        map.forEach((key, value) -> {
            switch (String.valueOf(key)) {
                case "properties", "$defs", "patternProperties" -> {
                    if (value instanceof Map<?, ?> named) {
                        named.values().forEach(child -> collect(child, nodes));
                    }
                }
                case "anyOf", "oneOf", "allOf", "prefixItems" -> {
                    if (value instanceof List<?> list) {
                        list.forEach(child -> collect(child, nodes));
                    }
                }
                case "items", "not", "if", "then", "else", "additionalProperties" -> collect(value, nodes);
                default -> { }
            }
        });
    }

    private static Map<String, Object> map(String key, Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        return map;
    }
}
