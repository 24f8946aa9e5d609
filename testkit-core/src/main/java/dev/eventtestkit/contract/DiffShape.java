package dev.eventtestkit.contract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

/**
 * One schema as the diff sees it: a single kind of constraint over the keywords of one schema node.
 *
 * <p>A schema node that constrains in several ways at once ({@code type} plus {@code enum}, say) becomes
 * a synthetic product of facets that all read the same node; a {@code type} list becomes an inline sum.
 * Subschemas (properties, items, combined alternatives) are loaded on demand, so recursive schemas cost
 * nothing until walked.
 */
final class DiffShape {

    enum Kind {
        EMPTY("{}"), TRUE("true"), FALSE("false"), STRING("string"), NUMBER("number"), BOOLEAN("boolean"),
        NULL("null"), OBJECT("object"), ARRAY("array"), ENUM("enum"), CONST("const"), COMBINED("combination"),
        NOT("not"), CONDITIONAL("if/then/else");

        final String text;

        Kind(String text) {
            this.text = text;
        }
    }

    enum Criterion {
        ALL_OF("allOf"), ANY_OF("anyOf"), ONE_OF("oneOf");

        static final List<Criterion> ALL = List.of(values());

        final String keyword;

        Criterion(String keyword) {
            this.keyword = keyword;
        }
    }

    private final ShapeLoader loader;
    private final Kind kind;
    private final DiffDocument document;
    private final JsonNode node;
    private final String pointer;
    private final boolean annotated;
    private final boolean integer;
    private final @Nullable Criterion criterion;
    private final boolean explicitCombination;
    private @Nullable List<DiffShape> parts;
    /** Witness candidates by instance depth ({@link InstanceSamples}): a recursive schema reaches a shape often. */
    private @Nullable Map<Integer, List<JsonNode>> samples;

    private DiffShape(ShapeLoader loader, Kind kind, DiffDocument document, JsonNode node, String pointer,
            boolean annotated, boolean integer, @Nullable Criterion criterion, boolean explicitCombination,
            @Nullable List<DiffShape> parts) {
        this.loader = loader;
        this.kind = kind;
        this.document = document;
        this.node = node;
        this.pointer = pointer;
        this.annotated = annotated;
        this.integer = integer;
        this.criterion = criterion;
        this.explicitCombination = explicitCombination;
        this.parts = parts;
    }

    static DiffShape facet(ShapeLoader loader, Kind kind, DiffDocument document, JsonNode node, String pointer,
            boolean integer) {
        return new DiffShape(loader, kind, document, node, pointer, false, integer, null, false, null);
    }

    /** A combination written with its keyword; its subschemas are loaded when first asked for. */
    static DiffShape combination(ShapeLoader loader, Criterion criterion, DiffDocument document, JsonNode node,
            String pointer) {
        return new DiffShape(loader, Kind.COMBINED, document, node, pointer, false, false, criterion, true, null);
    }

    /** A combination implied by the node: a product of its facets or a sum of its {@code type} list. */
    static DiffShape implied(ShapeLoader loader, Criterion criterion, DiffDocument document, JsonNode node,
            String pointer, List<DiffShape> parts) {
        return new DiffShape(loader, Kind.COMBINED, document, node, pointer, false, false, criterion, false,
                List.copyOf(parts));
    }

    DiffShape annotatedCopy() {
        return new DiffShape(loader, kind, document, node, pointer, true, integer, criterion, explicitCombination,
                parts);
    }

    Kind kind() {
        return kind;
    }

    JsonNode node() {
        return node;
    }

    String pointer() {
        return pointer;
    }

    boolean annotated() {
        return annotated;
    }

    boolean integer() {
        return integer;
    }

    boolean isCombined() {
        return kind == Kind.COMBINED;
    }

    /** @return true for {@code true}, {@code {}} and schemas with nothing but annotations */
    boolean acceptsAll() {
        return kind == Kind.EMPTY || kind == Kind.TRUE;
    }

    Criterion criterion() {
        if (criterion == null) {
            throw new IllegalStateException("not a combination: " + kind);
        }
        return criterion;
    }

    /** @return the path segment of the subschemas ({@code oneOf}), or null when they share this node's path */
    @Nullable String partsKeyword() {
        return explicitCombination ? criterion().keyword : null;
    }

    List<DiffShape> parts() {
        List<DiffShape> loaded = parts;
        if (loaded == null) {
            String keyword = criterion().keyword;
            loaded = new ArrayList<>();
            JsonNode array = node.get(keyword);
            for (int i = 0; i < array.size(); i++) {
                loaded.add(loader.load(document, array.get(i), pointer + "/" + keyword + "/" + i));
            }
            parts = List.copyOf(loaded);
        }
        return loaded;
    }

    /** @return the subschema at {@code keyword}, or null when absent */
    @Nullable DiffShape child(String keyword) {
        JsonNode value = node.get(keyword);
        return value == null ? null : loader.load(document, value, pointer + "/" + keyword);
    }

    /** @return the witness candidates computed for this shape at an instance depth, or null */
    @Nullable List<JsonNode> samples(int depth) {
        return samples == null ? null : samples.get(depth);
    }

    /** Keeps the witness candidates for this shape at an instance depth (shapes live for one comparison). */
    void keepSamples(int depth, List<JsonNode> candidates) {
        if (samples == null) {
            samples = new HashMap<>();
        }
        samples.put(depth, candidates);
    }

    /** @return the subschema at {@code keyword/name} (properties, patternProperties...), or null when absent */
    @Nullable DiffShape child(String keyword, String name) {
        JsonNode container = node.get(keyword);
        JsonNode value = container == null || !container.isObject() ? null : container.get(name);
        return value == null ? null
                : loader.load(document, value, pointer + "/" + keyword + "/" + DiffPaths.escape(name));
    }

    /** @return the subschema at {@code keyword/index} of a schema array, or null when absent */
    @Nullable DiffShape child(String keyword, int index) {
        JsonNode container = node.get(keyword);
        JsonNode value = container == null || !container.isArray() ? null : container.get(index);
        return value == null ? null : loader.load(document, value, pointer + "/" + keyword + "/" + index);
    }

    /**
     * @return a short text for reports: {@code string}, {@code integer}, {@code string | null},
     *     {@code oneOf [string, null]}; a combination that contains itself (through a {@code $ref}) shows as
     *     {@code (recursive)} where it recurs
     */
    String describe() {
        return describe(Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private String describe(Set<DiffShape> describing) {
        switch (kind) {
            case NUMBER:
                return integer ? "integer" : "number";
            case ENUM:
            case CONST:
                return kind.text + " " + node.get(kind.text);
            case COMBINED:
                if (!describing.add(this)) {
                    return "(recursive)";
                }
                try {
                    return describeCombination(describing);
                } finally {
                    describing.remove(this);
                }
            default:
                return kind.text;
        }
    }

    private String describeCombination(Set<DiffShape> describing) {
        StringJoiner joiner = explicitCombination
                ? new StringJoiner(", ", criterion().keyword + " [", "]")
                : new StringJoiner(criterion() == Criterion.ALL_OF ? " & " : " | ");
        for (DiffShape part : parts()) {
            joiner.add(part.describe(describing));
        }
        return joiner.toString();
    }
}
