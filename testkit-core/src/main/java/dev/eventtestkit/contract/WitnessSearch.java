package dev.eventtestkit.contract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.node.ArrayNode;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.node.JsonNodeFactory;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.node.ObjectNode;

/**
 * Looks for a witness of one incompatible difference: a payload the writer's schema accepts and the reader's
 * rejects. The difference's path says where in the payload to look ({@code #/properties/a/items} is
 * {@code /a/0}); candidates for that place come from the writer's subschema, probing the reader's bounds, and
 * are set into instances of the writer's whole schema. Every candidate is validated against both schemas;
 * the search gives up after a fixed number of validations.
 */
final class WitnessSearch {
    static final int BUDGET = 400;

    /** What a {@link Validator} answers when it cannot validate a payload (it stopped at a limit). */
    static final List<String> CANNOT_TELL = List.of("#/");

    /** Validation against one whole schema. */
    @FunctionalInterface
    interface Validator {
        /** @return where the payload breaks the schema, as {@code #/a/0} pointers; empty when it is valid */
        List<String> errors(JsonNode payload);
    }

    private static final int BASES = 4;
    private static final JsonNode ABSENT = JsonNodeFactory.instance.missingNode();

    private final Validator writer;
    private final Validator reader;
    private final Set<JsonNode> tried = new HashSet<>();
    private @Nullable String location;
    /** The best payload so far that the reader rejects elsewhere too, and one it rejects only elsewhere. */
    private @Nullable JsonNode partlyRelated;
    private @Nullable JsonNode unrelated;

    private WitnessSearch(Validator writer, Validator reader) {
        this.writer = writer;
        this.reader = reader;
    }

    /**
     * @param writer the schema the data is written with (the first argument of the comparison)
     * @param reader the schema that reads it
     * @param difference an incompatible difference of {@code SchemaDiff.compare(writer, reader)}
     * @param writerCheck validation against the writer's whole schema
     * @param readerCheck validation against the reader's whole schema
     * @return a payload accepted by the writer's schema and rejected by the reader's, preferably only at the
     *     place the difference is about; empty when none was found
     */
    static Optional<JsonNode> find(DiffShape writer, DiffShape reader, Difference difference,
            Validator writerCheck, Validator readerCheck) {
        return new WitnessSearch(writerCheck, readerCheck).search(writer, reader, difference.path());
    }

    private Optional<JsonNode> search(DiffShape writer, DiffShape reader, String path) {
        Route route = Route.of(writer, reader, path);
        if (route.keys.size() + InstanceSamples.MAX_DEPTH + 1 > ContractLimits.MAX_NESTING) {
            return Optional.empty(); // a witness that deep could be neither written in a report nor read back
        }
        location = route.location();
        List<JsonNode> leaves = new ArrayList<>();
        if (!route.keys.isEmpty() && route.keys.get(route.keys.size() - 1) instanceof String) {
            leaves.add(ABSENT);
        }
        List<JsonNode> readerBounds = InstanceSamples.boundsOf(route.readerFocus);
        List<JsonNode> focusSamples = InstanceSamples.of(route.focus(), readerBounds, route.keys.size());
        if (route.trigger != null) {
            focusSamples = Route.withTrigger(route, focusSamples, readerBounds);
        }
        leaves.addAll(focusSamples);
        leaves.addAll(InstanceSamples.palette());
        List<JsonNode> bases = InstanceSamples.of(writer, InstanceSamples.boundsOf(reader), 0);
        List<JsonNode> firstBases = bases.subList(0, Math.min(BASES, bases.size()));
        for (JsonNode leaf : leaves) {
            for (JsonNode base : firstBases.isEmpty() ? List.of(JsonNodeFactory.instance.nullNode()) : firstBases) {
                JsonNode payload = route.place(base, leaf);
                if (payload != null && isWitness(payload)) {
                    return Optional.of(payload);
                }
                if (tried.size() >= BUDGET) {
                    return best();
                }
            }
        }
        for (JsonNode base : bases) {
            if (isWitness(base)) {
                return Optional.of(base);
            }
        }
        return best();
    }

    private Optional<JsonNode> best() {
        return Optional.ofNullable(partlyRelated != null ? partlyRelated : unrelated);
    }

    /**
     * @return true for a witness the reader rejects only at, above or below the difference's place; a witness
     *     rejected elsewhere too is kept in case no better one turns up
     */
    private boolean isWitness(JsonNode payload) {
        if (tried.size() >= BUDGET || !tried.add(payload) || !writer.errors(payload).isEmpty()) {
            return false;
        }
        List<String> errors = reader.errors(payload);
        if (errors.isEmpty() || errors == CANNOT_TELL) {
            return false;
        }
        long related = errors.stream().filter(this::related).count();
        if (related == errors.size()) {
            return true;
        }
        if (related > 0 && partlyRelated == null) {
            partlyRelated = payload;
        } else if (related == 0 && unrelated == null) {
            unrelated = payload;
        }
        return false;
    }

    /** An error at the place, inside it or on the way to it is about the difference. */
    private boolean related(String error) {
        String place = location;
        return place == null || isWithin(error, place) || isWithin(place, error);
    }

    private static boolean isWithin(String pointer, String ancestor) {
        return ancestor.equals(DiffPaths.ROOT) || pointer.equals(ancestor) || pointer.startsWith(ancestor + "/");
    }

    /**
     * The way from the payload's root to the place a difference is about: the writer's schema at each level
     * and the member (a property name or an index) taken to the next.
     */
    private static final class Route {
        final List<DiffShape> shapes = new ArrayList<>();
        final List<Object> keys = new ArrayList<>();
        /** Levels whose schema is one alternative of a combination: their instance is made afresh from it. */
        final Set<Integer> swapped = new HashSet<>();
        @Nullable DiffShape leafShape;
        @Nullable DiffShape readerFocus;
        /** For a difference in {@code dependencies/<name>}: the property whose presence the dependency keys on. */
        @Nullable String trigger;

        static Route of(DiffShape writer, DiffShape reader, String path) {
            Route route = new Route();
            List<String> segments = segments(path);
            DiffShape w = writer;
            @Nullable DiffShape r = reader;
            route.shapes.add(w);
            int i = 0;
            while (i < segments.size() && w != null) {
                String keyword = segments.get(i);
                String next = i + 1 < segments.size() ? segments.get(i + 1) : null;
                Object key;
                DiffShape wNext;
                DiffShape rNext;
                switch (keyword) {
                    case "properties", "required" -> {
                        if (next == null) {
                            i = segments.size();
                            continue;
                        }
                        key = next;
                        wNext = w.child("properties", next);
                        rNext = r == null ? null : InstanceSamples.memberSchema(r, next);
                        i += 2;
                    }
                    case "patternProperties" -> {
                        if (next == null) {
                            i = segments.size();
                            continue;
                        }
                        List<String> names = RegexSamples.of(next);
                        key = names.isEmpty() ? "a" : names.get(0);
                        wNext = w.child("patternProperties", next);
                        rNext = r == null ? null : InstanceSamples.memberSchema(r, (String) key);
                        i += 2;
                    }
                    case "additionalProperties", "unevaluatedProperties" -> {
                        key = InstanceSamples.freshName(w.node(), r == null ? null : r.node());
                        wNext = w.child(keyword);
                        rNext = r == null ? null : InstanceSamples.memberSchema(r, (String) key);
                        i += 1;
                    }
                    case "items", "prefixItems" -> {
                        if (next != null && next.matches("\\d+")) {
                            key = Integer.parseInt(next);
                            i += 2;
                        } else {
                            key = keyword.equals("items") && w.node().has("prefixItems")
                                    ? InstanceSamples.tupleSize(w.node()) : 0;
                            i += 1;
                        }
                        wNext = InstanceSamples.itemSchema(w, (Integer) key);
                        rNext = r == null ? null : InstanceSamples.itemSchema(r, (Integer) key);
                    }
                    case "additionalItems", "unevaluatedItems" -> {
                        // past both tuples: there the writer's schema for extra items and the reader's disagree
                        key = Math.max(InstanceSamples.tupleSize(w.node()),
                                r == null ? 0 : InstanceSamples.tupleSize(r.node()));
                        wNext = w.child(keyword);
                        rNext = r == null ? null : InstanceSamples.itemSchema(r, (Integer) key);
                        i += 1;
                    }
                    case "contains" -> {
                        key = 0;
                        wNext = w.child(keyword);
                        rNext = r == null ? null : InstanceSamples.itemSchema(r, 0);
                        i += 1;
                    }
                    case "oneOf", "anyOf", "allOf" -> {
                        if (next == null || !next.matches("\\d+")) {
                            i = segments.size();
                            continue;
                        }
                        int index = Integer.parseInt(next);
                        DiffShape alternative = w.child(keyword, index);
                        if (alternative == null) {
                            i = segments.size();
                            continue;
                        }
                        // the same place in the payload, now an instance of this alternative
                        route.shapes.set(route.shapes.size() - 1, alternative);
                        route.swapped.add(route.shapes.size() - 1);
                        w = alternative;
                        r = r == null || !r.node().path(keyword).isArray() ? r : r.child(keyword, index);
                        i += 2;
                        continue;
                    }
                    case "dependencies", "dependentRequired", "dependentSchemas" -> {
                        route.trigger = next;
                        i = segments.size();
                        continue;
                    }
                    default -> {
                        i = segments.size();
                        continue;
                    }
                }
                route.keys.add(key);
                route.shapes.add(wNext);
                w = wNext;
                r = rNext;
            }
            route.readerFocus = r;
            route.leafShape = w;
            return route;
        }

        @Nullable DiffShape focus() {
            return leafShape;
        }

        /** @return the place in the payload, as the validator's pointers write it: {@code #/a/0}, {@code #/} */
        String location() {
            StringBuilder pointer = new StringBuilder("#");
            for (Object key : keys) {
                pointer.append('/').append(DiffPaths.escape(key.toString()));
            }
            return pointer.length() == 1 ? DiffPaths.ROOT : pointer.toString();
        }

        /**
         * Objects that hold the dependency's trigger property: the writer's samples with it added, then with each
         * property the reader's dependency constrains set to each kind of value.
         */
        static List<JsonNode> withTrigger(Route route, List<JsonNode> samples, List<JsonNode> readerBounds) {
            String trigger = route.trigger;
            DiffShape focus = route.focus();
            List<JsonNode> out = new ArrayList<>();
            for (JsonNode sample : samples) {
                if (sample.isObject()) {
                    ObjectNode object = (ObjectNode) sample.deepCopy();
                    if (!object.has(trigger) && focus != null) {
                        JsonNode value = InstanceSamples.first(InstanceSamples.memberSchema(focus, trigger), 1);
                        object.set(trigger, value == null ? JsonNodeFactory.instance.stringNode("a") : value);
                    }
                    out.add(object);
                }
            }
            List<JsonNode> base = List.copyOf(out);
            for (JsonNode node : readerBounds) {
                for (String keyword : List.of("dependencies", "dependentSchemas")) {
                    for (String name : node.path(keyword).path(trigger).path("properties").propertyNames()) {
                        for (JsonNode object : base.subList(0, Math.min(2, base.size()))) {
                            for (JsonNode value : InstanceSamples.palette()) {
                                out.add(((ObjectNode) object.deepCopy()).set(name, value));
                            }
                        }
                    }
                }
            }
            return out;
        }

        /** @return the payload with the place set to {@code leaf} (removed for ABSENT), or null when impossible */
        @Nullable JsonNode place(JsonNode base, JsonNode leaf) {
            return place(base, 0, leaf);
        }

        private @Nullable JsonNode place(@Nullable JsonNode given, int level, JsonNode leaf) {
            if (level == keys.size()) {
                return leaf;
            }
            Object key = keys.get(level);
            DiffShape shape = shapes.get(level);
            JsonNode value = swapped.contains(level) ? InstanceSamples.first(shape, level) : given;
            if (key instanceof String name) {
                ObjectNode object = value != null && value.isObject() ? (ObjectNode) value.deepCopy()
                        : container(shape, true) instanceof ObjectNode made ? made : JsonNodeFactory.instance.objectNode();
                JsonNode child = object.has(name) ? object.get(name) : InstanceSamples.first(shapes.get(level + 1), level + 1);
                JsonNode placed = place(child, level + 1, leaf);
                if (placed == null) {
                    return null;
                }
                if (placed.isMissingNode()) {
                    object.remove(name);
                } else {
                    object.set(name, placed);
                }
                return object;
            }
            int index = (Integer) key;
            ArrayNode array = value != null && value.isArray() ? (ArrayNode) value.deepCopy()
                    : container(shape, false) instanceof ArrayNode made ? made : JsonNodeFactory.instance.arrayNode();
            while (array.size() <= index) {
                JsonNode filler = InstanceSamples.first(InstanceSamples.itemSchema(shape, array.size()), level + 1);
                array.add(filler == null ? JsonNodeFactory.instance.nullNode() : filler);
            }
            JsonNode placed = place(array.get(index), level + 1, leaf);
            if (placed == null || placed.isMissingNode()) {
                return null;
            }
            array.set(index, placed);
            return array;
        }

        private static @Nullable JsonNode container(@Nullable DiffShape shape, boolean object) {
            if (shape == null) {
                return null;
            }
            for (JsonNode candidate : InstanceSamples.of(shape, List.of(), 0)) {
                if (object ? candidate.isObject() : candidate.isArray()) {
                    return candidate.deepCopy();
                }
            }
            return null;
        }

        private static List<String> segments(String path) {
            List<String> segments = new ArrayList<>();
            String rest = path.startsWith(DiffPaths.ROOT) ? path.substring(DiffPaths.ROOT.length()) : path;
            if (rest.isEmpty()) {
                return segments;
            }
            for (String segment : rest.split("/", -1)) {
                segments.add(segment.replace("~1", "/").replace("~0", "~"));
            }
            return segments;
        }
    }
}
