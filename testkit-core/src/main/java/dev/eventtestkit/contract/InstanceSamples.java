package dev.eventtestkit.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.node.ArrayNode;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.node.JsonNodeFactory;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.node.ObjectNode;

/**
 * Candidate instances of a schema, for witness payloads: the schema's own {@code const}, {@code enum},
 * {@code examples} and {@code default} first, then a typical value, then values at its bounds and just
 * inside or outside the bounds of another schema ({@code against}) where the first allows them.
 *
 * <p>Candidates are guesses: they are meant to be validated, never shown unchecked. Nested values are the
 * first candidate of their subschema; recursion stops at a fixed depth, counting nested values and nested
 * combinations (a combination may contain itself through a {@code $ref}).
 */
final class InstanceSamples {
    static final int MAX_DEPTH = 6;
    private static final int MAX_SAMPLES = 24;
    private static final int MAX_SINGLES = 12;
    private static final int MAX_LENGTH = 300;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<String, String> FORMATS = Map.ofEntries(
            Map.entry("date-time", "2026-01-01T00:00:00Z"), Map.entry("date", "2026-01-01"),
            Map.entry("time", "00:00:00Z"), Map.entry("duration", "P1D"), Map.entry("email", "a@example.com"),
            Map.entry("idn-email", "a@example.com"), Map.entry("hostname", "example.com"),
            Map.entry("idn-hostname", "example.com"), Map.entry("ipv4", "192.0.2.1"), Map.entry("ipv6", "2001:db8::1"),
            Map.entry("uri", "https://example.com/a"), Map.entry("uri-reference", "/a"),
            Map.entry("iri", "https://example.com/a"), Map.entry("iri-reference", "/a"),
            Map.entry("uuid", "00000000-0000-4000-8000-000000000000"), Map.entry("json-pointer", "/a"),
            Map.entry("relative-json-pointer", "0"), Map.entry("regex", "a"), Map.entry("uri-template", "/a/{b}"));

    private InstanceSamples() {}

    /** Values of every JSON kind, for schemas that accept anything and for types changed between versions. */
    static List<JsonNode> palette() {
        ObjectNode object = NODES.objectNode();
        object.put("a", "a");
        ArrayNode array = NODES.arrayNode();
        array.add("a");
        return List.of(NODES.stringNode("a"), NODES.numberNode(0), NODES.numberNode(1.5), NODES.booleanNode(true),
                NODES.nullNode(), NODES.objectNode(), NODES.arrayNode(), object, array, NODES.stringNode(""),
                NODES.numberNode(-1), NODES.numberNode(1234567890123L), NODES.booleanNode(false));
    }

    /**
     * @param shape the schema the candidates are for; null stands for a schema that accepts anything
     * @param against nodes of another schema whose bounds the candidates probe (see {@link #boundsOf})
     * @param depth how deep in the instance the value sits
     * @return the candidates, distinct, at most {@value #MAX_SAMPLES}
     */
    static List<JsonNode> of(@Nullable DiffShape shape, List<JsonNode> against, int depth) {
        if (shape == null || !against.isEmpty()) {
            return compute(shape, against, depth);
        }
        // nested values ask again and again for the same shape's candidates: once per depth, or a recursive
        // schema ({"items": {"$ref": "#"}}) makes the search exponential in the depth
        List<JsonNode> kept = shape.samples(depth);
        if (kept == null) {
            kept = compute(shape, against, depth);
            shape.keepSamples(depth, kept);
        }
        return kept;
    }

    private static List<JsonNode> compute(@Nullable DiffShape shape, List<JsonNode> against, int depth) {
        Set<JsonNode> out = new LinkedHashSet<>();
        if (shape == null) {
            out.addAll(palette());
            JsonNode nothing = NODES.objectNode();
            out.addAll(strings(nothing, against));
            out.addAll(numbers(nothing, against, false));
            return limit(out);
        }
        JsonNode node = shape.node();
        if (node.isObject()) {
            hinted(node, out);
        }
        switch (shape.kind()) {
            case FALSE -> out.clear();
            case STRING -> out.addAll(strings(node, against));
            case NUMBER -> out.addAll(numbers(node, against, shape.integer()));
            case BOOLEAN -> {
                out.add(NODES.booleanNode(true));
                out.add(NODES.booleanNode(false));
            }
            case NULL -> out.add(NODES.nullNode());
            case ENUM -> node.get("enum").forEach(out::add);
            case CONST -> out.add(node.get("const"));
            case OBJECT -> {
                if (depth <= MAX_DEPTH) {
                    out.addAll(objects(shape, against, depth));
                }
            }
            case ARRAY -> {
                if (depth <= MAX_DEPTH) {
                    out.addAll(arrays(shape, against, depth));
                }
            }
            case COMBINED -> {
                if (depth <= MAX_DEPTH) { // a combination may contain itself through a $ref: {"anyOf": [{"$ref": "#"}]}
                    out.addAll(combined(shape, against, depth));
                }
            }
            case NOT -> {
                // values of the negated schema near the other schema's bounds: the ones outside it are accepted
                List<JsonNode> probes = new ArrayList<>(against);
                probes.addAll(boundsOf(shape.child("not")));
                out.addAll(of(null, probes, depth));
            }
            default -> out.addAll(palette());
        }
        return limit(out);
    }

    /** @return the first candidate of a schema, or null when it has none */
    static @Nullable JsonNode first(@Nullable DiffShape shape, int depth) {
        if (shape == null) {
            return NODES.stringNode("a");
        }
        List<JsonNode> all = of(shape, List.of(), depth);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<JsonNode> limit(Set<JsonNode> values) {
        List<JsonNode> list = new ArrayList<>(Math.min(values.size(), MAX_SAMPLES));
        Iterator<JsonNode> it = values.iterator();
        while (it.hasNext() && list.size() < MAX_SAMPLES) {
            list.add(it.next());
        }
        return list;
    }

    private static void hinted(JsonNode node, Set<JsonNode> out) {
        if (node.has("const")) {
            out.add(node.get("const"));
        }
        if (node.path("enum").isArray()) {
            node.get("enum").forEach(out::add);
        }
        if (node.path("examples").isArray()) {
            node.get("examples").forEach(out::add);
        }
        if (node.has("default")) {
            out.add(node.get("default"));
        }
    }

    private static List<JsonNode> strings(JsonNode node, List<JsonNode> against) {
        int lo = intOr(node, "minLength", 0);
        int hi = intOr(node, "maxLength", Integer.MAX_VALUE);
        Pattern pattern = pattern(node);
        List<String> texts = new ArrayList<>();
        if (pattern != null) {
            texts.addAll(RegexSamples.of(pattern.pattern()));
        }
        String format = node.path("format").isString() ? FORMATS.get(node.get("format").stringValue()) : null;
        if (format != null) {
            texts.add(format);
        }
        List<Integer> lengths = new ArrayList<>(List.of(Math.max(lo, 1), lo, lo + 1, hi));
        for (JsonNode other : against) {
            lengths.add(intOr(other, "minLength", 0) - 1);
            lengths.add(intOr(other, "maxLength", Integer.MAX_VALUE - 1) + 1);
            lengths.add(intOr(other, "maxLength", Integer.MAX_VALUE - 1));
        }
        for (int length : lengths) {
            if (length >= 0 && length <= MAX_LENGTH) {
                texts.add("a".repeat(length));
            }
        }
        if (pattern != null) {
            // stretch pattern samples to the lengths: repeat the sample's last character
            for (String sample : List.copyOf(texts)) {
                for (int length : lengths) {
                    if (!sample.isEmpty() && length > sample.length() && length <= MAX_LENGTH) {
                        texts.add(sample + String.valueOf(sample.charAt(sample.length() - 1)).repeat(length - sample.length()));
                    }
                }
            }
        }
        List<JsonNode> out = new ArrayList<>();
        for (String text : texts) {
            int length = text.codePointCount(0, text.length());
            if (length >= lo && length <= hi && (pattern == null || pattern.matcher(text).find())) {
                out.add(NODES.stringNode(text));
            }
        }
        return out;
    }

    private static @Nullable Pattern pattern(JsonNode node) {
        if (!node.path("pattern").isString()) {
            return null;
        }
        try {
            return Pattern.compile(node.get("pattern").stringValue());
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    private static List<JsonNode> numbers(JsonNode node, List<JsonNode> against, boolean integer) {
        NumberBounds own = NumberBounds.of(node, integer);
        List<BigDecimal> targets = new ArrayList<>(List.of(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE.negate(),
                new BigDecimal("0.5"), new BigDecimal("1.5"), new BigDecimal("1000000")));
        own.probes(targets);
        against.forEach(other -> NumberBounds.of(other, false).probes(targets));
        Set<BigDecimal> values = new LinkedHashSet<>();
        BigDecimal low = own.lowest();
        if (low != null) {
            values.add(low);
        }
        for (BigDecimal target : targets) {
            own.snap(target, values);
        }
        List<JsonNode> out = new ArrayList<>();
        for (BigDecimal value : values) {
            if (own.accepts(value)) {
                out.add(number(value));
            }
        }
        return out;
    }

    private static JsonNode number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() <= 0) {
            java.math.BigInteger integral = plain.toBigIntegerExact();
            return integral.bitLength() < 32 ? NODES.numberNode(integral.intValue())
                    : integral.bitLength() < 64 ? NODES.numberNode(integral.longValue()) : NODES.numberNode(integral);
        }
        double approximate = plain.doubleValue();
        return new BigDecimal(Double.toString(approximate)).compareTo(plain) == 0 ? NODES.numberNode(approximate)
                : NODES.numberNode(plain);
    }

    /** The numeric keywords of a schema node. */
    private record NumberBounds(@Nullable BigDecimal min, @Nullable BigDecimal exclusiveMin, @Nullable BigDecimal max,
            @Nullable BigDecimal exclusiveMax, @Nullable BigDecimal multipleOf, boolean integer) {

        static NumberBounds of(JsonNode node, boolean integer) {
            return new NumberBounds(decimal(node, "minimum"), decimal(node, "exclusiveMinimum"),
                    decimal(node, "maximum"), decimal(node, "exclusiveMaximum"), decimal(node, "multipleOf"), integer);
        }

        private static @Nullable BigDecimal decimal(JsonNode node, String keyword) {
            JsonNode value = node.get(keyword);
            return value != null && value.isNumber() ? value.decimalValue() : null;
        }

        void probes(List<BigDecimal> targets) {
            BigDecimal half = new BigDecimal("0.5");
            for (BigDecimal bound : new BigDecimal[] {min, exclusiveMin, max, exclusiveMax}) {
                if (bound != null) {
                    targets.add(bound);
                    targets.add(bound.add(BigDecimal.ONE));
                    targets.add(bound.subtract(BigDecimal.ONE));
                    targets.add(bound.add(half));
                    targets.add(bound.subtract(half));
                }
            }
            if (multipleOf != null && multipleOf.signum() > 0) {
                targets.add(multipleOf);
                targets.add(multipleOf.multiply(BigDecimal.valueOf(3)));
                targets.add(multipleOf.add(BigDecimal.ONE));
            }
        }

        @Nullable BigDecimal lowest() {
            BigDecimal low = min;
            if (exclusiveMin != null) {
                BigDecimal step = integer || multipleOf != null ? BigDecimal.ONE : half();
                BigDecimal above = exclusiveMin.add(step);
                low = low == null || above.compareTo(low) > 0 ? above : low;
            }
            return low;
        }

        private static BigDecimal half() {
            return new BigDecimal("0.5");
        }

        /** Adds the values nearest to {@code target} that respect integer and multipleOf. */
        void snap(BigDecimal target, Set<BigDecimal> values) {
            if (multipleOf != null && multipleOf.signum() > 0) {
                BigDecimal quotient = target.divide(multipleOf, 0, RoundingMode.FLOOR);
                values.add(quotient.multiply(multipleOf));
                values.add(quotient.add(BigDecimal.ONE).multiply(multipleOf));
            } else if (integer) {
                values.add(target.setScale(0, RoundingMode.FLOOR));
                values.add(target.setScale(0, RoundingMode.CEILING));
            } else {
                values.add(target);
            }
        }

        boolean accepts(BigDecimal value) {
            if (integer && value.stripTrailingZeros().scale() > 0) {
                return false;
            }
            if (min != null && value.compareTo(min) < 0 || max != null && value.compareTo(max) > 0) {
                return false;
            }
            if (exclusiveMin != null && value.compareTo(exclusiveMin) <= 0
                    || exclusiveMax != null && value.compareTo(exclusiveMax) >= 0) {
                return false;
            }
            return multipleOf == null || multipleOf.signum() <= 0
                    || value.remainder(multipleOf).signum() == 0;
        }
    }

    private static List<JsonNode> objects(DiffShape shape, List<JsonNode> against, int depth) {
        JsonNode node = shape.node();
        List<String> declared = new ArrayList<>(node.path("properties").propertyNames());
        ObjectNode minimal = NODES.objectNode();
        for (JsonNode name : node.path("required")) {
            if (name.isString()) {
                putValue(shape, minimal, name.stringValue(), depth);
            }
        }
        int minProperties = intOr(node, "minProperties", 0);
        for (String name : declared) {
            if (minimal.size() >= minProperties) {
                break;
            }
            putValue(shape, minimal, name, depth);
        }
        for (int i = 1; minimal.size() < minProperties && i <= minProperties; i++) {
            putValue(shape, minimal, "x" + i, depth);
        }
        List<JsonNode> out = new ArrayList<>();
        out.add(minimal);
        ObjectNode full = minimal.deepCopy();
        declared.forEach(name -> putValue(shape, full, name, depth));
        out.add(full);
        for (String name : declared.subList(0, Math.min(declared.size(), MAX_SINGLES))) {
            if (!minimal.has(name)) {
                ObjectNode single = minimal.deepCopy();
                putValue(shape, single, name, depth);
                out.add(single);
            }
        }
        for (String trigger : dependencyTriggers(node)) {
            ObjectNode dependent = minimal.deepCopy();
            putValue(shape, dependent, trigger, depth);
            for (JsonNode name : node.path("dependencies").path(trigger)) {
                if (name.isString()) {
                    putValue(shape, dependent, name.stringValue(), depth);
                }
            }
            for (JsonNode name : node.path("dependentRequired").path(trigger)) {
                if (name.isString()) {
                    putValue(shape, dependent, name.stringValue(), depth);
                }
            }
            out.add(dependent);
        }
        ObjectNode extra = minimal.deepCopy();
        putValue(shape, extra, freshName(node, against.isEmpty() ? null : against.get(0)), depth);
        out.add(extra);
        for (JsonNode other : against) {
            if (other.path("maxProperties").isIntegralNumber()) {
                ObjectNode crowded = full.deepCopy();
                for (int i = 1; crowded.size() <= other.get("maxProperties").asInt() && i <= MAX_SINGLES; i++) {
                    putValue(shape, crowded, "x" + i, depth);
                }
                out.add(crowded);
            }
        }
        return out;
    }

    /** @return the property names that {@code dependencies}, {@code dependentRequired} or {@code dependentSchemas} key on */
    static Set<String> dependencyTriggers(JsonNode node) {
        Set<String> triggers = new LinkedHashSet<>();
        for (String keyword : List.of("dependencies", "dependentRequired", "dependentSchemas")) {
            triggers.addAll(node.path(keyword).propertyNames());
        }
        return triggers;
    }

    /**
     * The nodes whose bounds candidates should probe: a schema's own node and, through combinations and
     * {@code not}, the nodes of its subschemas (a few levels deep).
     */
    static List<JsonNode> boundsOf(@Nullable DiffShape shape) {
        List<JsonNode> nodes = new ArrayList<>();
        collectBounds(shape, nodes, 0);
        return nodes;
    }

    private static void collectBounds(@Nullable DiffShape shape, List<JsonNode> nodes, int depth) {
        if (shape == null || depth > 3 || nodes.size() > 16) {
            return;
        }
        if (shape.node().isObject() && !nodes.contains(shape.node())) {
            nodes.add(shape.node());
        }
        if (shape.isCombined()) {
            shape.parts().forEach(part -> collectBounds(part, nodes, depth + 1));
        } else if (shape.kind() == DiffShape.Kind.NOT) {
            collectBounds(shape.child("not"), nodes, depth + 1);
        }
    }

    /** A property name neither schema declares, for an undeclared member. */
    static String freshName(JsonNode node, @Nullable JsonNode other) {
        String name = "extra";
        for (int i = 2; node.path("properties").has(name) || other != null && other.path("properties").has(name); i++) {
            name = "extra" + i;
        }
        return name;
    }

    private static void putValue(DiffShape owner, ObjectNode object, String name, int depth) {
        if (object.has(name)) {
            return;
        }
        JsonNode value = first(memberSchema(owner, name), depth + 1);
        if (value != null) {
            object.set(name, value);
        }
    }

    /** The schema a member named {@code name} must match: its property, a matching pattern, or additionalProperties. */
    static @Nullable DiffShape memberSchema(DiffShape owner, String name) {
        DiffShape property = owner.child("properties", name);
        if (property != null) {
            return property;
        }
        for (String regex : owner.node().path("patternProperties").propertyNames()) {
            try {
                if (Pattern.compile(regex).matcher(name).find()) {
                    return owner.child("patternProperties", regex);
                }
            } catch (PatternSyntaxException e) {
                // an unusable pattern matches nothing here
            }
        }
        return owner.child("additionalProperties");
    }

    private static List<JsonNode> arrays(DiffShape shape, List<JsonNode> against, int depth) {
        JsonNode node = shape.node();
        int lo = intOr(node, "minItems", 0);
        int hi = intOr(node, "maxItems", Integer.MAX_VALUE);
        List<Integer> sizes = new ArrayList<>(List.of(lo, Math.max(lo, 1), Math.max(lo, 2), hi, tupleSize(node),
                tupleSize(node) + 1));
        for (JsonNode other : against) {
            sizes.add(intOr(other, "minItems", 0) - 1);
            sizes.add(intOr(other, "maxItems", Integer.MAX_VALUE - 1) + 1);
            sizes.add(tupleSize(other) + 1);
        }
        boolean unique = node.path("uniqueItems").asBoolean(false);
        Set<JsonNode> out = new LinkedHashSet<>();
        for (int size : sizes) {
            if (size >= lo && size <= hi && size <= 30 && size >= 0) {
                out.add(array(shape, size, unique, depth));
                if (!unique && size >= 2) {
                    out.add(array(shape, size, true, depth));
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static ArrayNode array(DiffShape shape, int size, boolean distinct, int depth) {
        ArrayNode array = NODES.arrayNode();
        DiffShape contains = shape.child("contains");
        for (int i = 0; i < size; i++) {
            DiffShape item = i == 0 && contains != null ? contains : itemSchema(shape, i);
            List<JsonNode> candidates = item == null ? palette() : of(item, List.of(), depth + 1);
            if (candidates.isEmpty()) {
                break;
            }
            array.add(candidates.get(distinct ? i % candidates.size() : 0));
        }
        return array;
    }

    /** The schema the item at {@code index} must match, or null when any item is allowed. */
    static @Nullable DiffShape itemSchema(DiffShape shape, int index) {
        JsonNode node = shape.node();
        String tupleKeyword = node.has("prefixItems") ? "prefixItems" : node.path("items").isArray() ? "items" : null;
        if (tupleKeyword != null) {
            if (index < node.get(tupleKeyword).size()) {
                return shape.child(tupleKeyword, index);
            }
            return shape.child(tupleKeyword.equals("prefixItems") ? "items" : "additionalItems");
        }
        return shape.child("items");
    }

    static int tupleSize(JsonNode node) {
        JsonNode tuple = node.has("prefixItems") ? node.get("prefixItems") : node.get("items");
        return tuple != null && tuple.isArray() ? tuple.size() : 0;
    }

    private static List<JsonNode> combined(DiffShape shape, List<JsonNode> against, int depth) {
        List<DiffShape> parts = shape.parts();
        if (shape.criterion() != DiffShape.Criterion.ALL_OF) {
            List<List<JsonNode>> lists = new ArrayList<>();
            parts.forEach(p -> lists.add(of(p, against, depth + 1)));
            return interleave(lists);
        }
        List<DiffShape> ordered = new ArrayList<>(parts);
        ordered.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        List<JsonNode> primary = of(ordered.get(0), against, depth + 1);
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode candidate : primary) {
            JsonNode merged = candidate.deepCopy();
            for (DiffShape other : ordered.subList(1, ordered.size())) {
                JsonNode extra = first(other, depth + 1);
                if (merged.isObject() && extra != null && extra.isObject()) {
                    for (Map.Entry<String, JsonNode> member : extra.properties()) {
                        if (!merged.has(member.getKey())) {
                            ((ObjectNode) merged).set(member.getKey(), member.getValue());
                        }
                    }
                }
            }
            out.add(merged);
        }
        List<List<JsonNode>> each = new ArrayList<>();
        each.add(primary);
        ordered.subList(1, ordered.size()).forEach(p -> each.add(of(p, against, depth + 1)));
        out.addAll(interleave(each));
        return out;
    }

    /** Which conjunct of a product best decides its instances: constants, then types, then the rest. */
    private static int rank(DiffShape shape) {
        return switch (shape.kind()) {
            case CONST -> 0;
            case ENUM -> 1;
            case STRING, NUMBER, BOOLEAN, NULL -> 2;
            case OBJECT, ARRAY -> 3;
            case COMBINED -> 4;
            default -> 5;
        };
    }

    private static List<JsonNode> interleave(List<List<JsonNode>> lists) {
        List<JsonNode> out = new ArrayList<>();
        for (int i = 0; out.size() < MAX_SAMPLES; i++) {
            boolean any = false;
            for (List<JsonNode> list : lists) {
                if (i < list.size()) {
                    out.add(list.get(i));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return out;
    }

    private static int intOr(JsonNode node, String keyword, int fallback) {
        JsonNode value = node.get(keyword);
        return value != null && value.isIntegralNumber() && value.canConvertToInt() ? value.intValue() : fallback;
    }
}
