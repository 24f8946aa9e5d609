package dev.eventtestkit.contract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

/**
 * Reads schema nodes into {@link DiffShape}s, once per node: the same node always yields the same shape,
 * which is what lets the diff recognise a pair of schemas it is already comparing (recursion).
 */
final class ShapeLoader {
    private static final Set<String> OBJECT_KEYWORDS = Set.of("properties", "required", "additionalProperties",
            "patternProperties", "minProperties", "maxProperties", "dependencies", "dependentRequired",
            "dependentSchemas", "propertyNames", "unevaluatedProperties");
    private static final Set<String> ARRAY_KEYWORDS = Set.of("items", "prefixItems", "additionalItems", "minItems",
            "maxItems", "uniqueItems", "contains", "minContains", "maxContains", "unevaluatedItems");
    private static final Set<String> NUMBER_KEYWORDS = Set.of("minimum", "maximum", "exclusiveMinimum",
            "exclusiveMaximum", "multipleOf");
    private static final Set<String> STRING_KEYWORDS = Set.of("minLength", "maxLength", "pattern", "format");
    private static final Set<String> OTHER_CONSTRAINTS = Set.of("type", "enum", "const", "allOf", "anyOf", "oneOf",
            "not", "if");

    private final References references;
    private final Map<JsonNode, DiffShape> shapes = new IdentityHashMap<>();
    private final Set<JsonNode> resolving = Collections.newSetFromMap(new IdentityHashMap<>());

    ShapeLoader(SchemaResolver resolver) {
        this.references = new References(resolver);
    }

    /** Loads a document's root schema. */
    DiffShape root(JsonNode schema, String name) {
        return load(references.rootDocument(schema, name), schema, "#");
    }

    DiffShape load(DiffDocument document, JsonNode node, String pointer) {
        DiffShape known = shapes.get(node);
        if (known != null) {
            return known;
        }
        DiffShape shape = read(document, node, pointer);
        shapes.put(node, shape);
        return shape;
    }

    private DiffShape read(DiffDocument document, JsonNode node, String pointer) {
        if (node.isBoolean()) {
            DiffShape.Kind kind = node.booleanValue() ? DiffShape.Kind.TRUE : DiffShape.Kind.FALSE;
            return DiffShape.facet(this, kind, document, node, pointer, false).annotatedCopy();
        }
        if (!node.isObject()) {
            throw new ContractException(pointer + " of " + document.name()
                    + ": expected a schema (an object or a boolean), found " + node);
        }
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isString() && !hasConstraintBesidesRef(node)) {
            return followReference(document, node, ref.stringValue(), pointer);
        }
        List<DiffShape> parts = new ArrayList<>();
        if (node.has("enum")) {
            parts.add(DiffShape.facet(this, DiffShape.Kind.ENUM, document, node, pointer, false));
        }
        for (DiffShape.Criterion criterion : DiffShape.Criterion.ALL) {
            if (node.path(criterion.keyword).isArray()) {
                parts.add(DiffShape.combination(this, criterion, document, node, pointer));
            }
        }
        if (node.has("not")) {
            parts.add(DiffShape.facet(this, DiffShape.Kind.NOT, document, node, pointer, false));
        }
        if (node.has("const")) {
            parts.add(DiffShape.facet(this, DiffShape.Kind.CONST, document, node, pointer, false));
        }
        addTypeFacets(document, node, pointer, parts);
        if (node.has("if")) {
            parts.add(DiffShape.facet(this, DiffShape.Kind.CONDITIONAL, document, node, pointer, false));
        }
        if (ref != null && ref.isString()) {
            parts.add(followReference(document, node, ref.stringValue(), pointer));
        }
        if (parts.isEmpty()) {
            return DiffShape.facet(this, DiffShape.Kind.EMPTY, document, node, pointer, false).annotatedCopy();
        }
        if (parts.size() == 1) {
            return parts.get(0).annotatedCopy();
        }
        return DiffShape.implied(this, DiffShape.Criterion.ALL_OF, document, node, pointer, parts).annotatedCopy();
    }

    private DiffShape followReference(DiffDocument document, JsonNode node, String ref, String pointer) {
        if (resolving.size() >= ContractLimits.MAX_DEPTH) {
            throw new ContractException(pointer + " of " + document.name() + ": more than " + ContractLimits.MAX_DEPTH
                    + " $refs in a chain, each leading to the next; that is the limit");
        }
        if (!resolving.add(node)) {
            // A chain of bare references that leads back to itself constrains nothing.
            return DiffShape.facet(this, DiffShape.Kind.EMPTY, document, node, pointer, false);
        }
        try {
            References.Target target = references.resolve(document, ref, pointer);
            return load(target.document(), target.node(), target.pointer());
        } finally {
            resolving.remove(node);
        }
    }

    private void addTypeFacets(DiffDocument document, JsonNode node, String pointer, List<DiffShape> parts) {
        JsonNode type = node.get("type");
        if (type == null) {
            sniffFacets(document, node, pointer, parts);
        } else if (type.isArray() && type.size() != 1) {
            List<DiffShape> alternatives = new ArrayList<>();
            for (JsonNode name : type) {
                alternatives.add(typeFacet(document, node, pointer, name));
            }
            parts.add(DiffShape.implied(this, DiffShape.Criterion.ANY_OF, document, node, pointer, alternatives));
        } else {
            parts.add(typeFacet(document, node, pointer, type.isArray() ? type.get(0) : type));
        }
    }

    private DiffShape typeFacet(DiffDocument document, JsonNode node, String pointer, JsonNode name) {
        String type = name.isString() ? name.stringValue() : "";
        DiffShape.Kind kind;
        switch (type) {
            case "string": kind = DiffShape.Kind.STRING; break;
            case "number": case "integer": kind = DiffShape.Kind.NUMBER; break;
            case "boolean": kind = DiffShape.Kind.BOOLEAN; break;
            case "null": kind = DiffShape.Kind.NULL; break;
            case "object": kind = DiffShape.Kind.OBJECT; break;
            case "array": kind = DiffShape.Kind.ARRAY; break;
            default:
                throw new ContractException(pointer + "/type of " + document.name()
                        + ": expected one of string, number, integer, boolean, null, object, array; found " + name);
        }
        return DiffShape.facet(this, kind, document, node, pointer, type.equals("integer"));
    }

    private void sniffFacets(DiffDocument document, JsonNode node, String pointer, List<DiffShape> parts) {
        if (hasAny(node, OBJECT_KEYWORDS)) {
            parts.add(DiffShape.facet(this, DiffShape.Kind.OBJECT, document, node, pointer, false));
        }
        if (hasAny(node, ARRAY_KEYWORDS)) {
            parts.add(DiffShape.facet(this, DiffShape.Kind.ARRAY, document, node, pointer, false));
        }
        if (hasAny(node, NUMBER_KEYWORDS)) {
            parts.add(DiffShape.facet(this, DiffShape.Kind.NUMBER, document, node, pointer, false));
        }
        if (hasAny(node, STRING_KEYWORDS)) {
            parts.add(DiffShape.facet(this, DiffShape.Kind.STRING, document, node, pointer, false));
        }
    }

    private static boolean hasConstraintBesidesRef(JsonNode node) {
        return hasAny(node, OTHER_CONSTRAINTS) || hasAny(node, OBJECT_KEYWORDS) || hasAny(node, ARRAY_KEYWORDS)
                || hasAny(node, NUMBER_KEYWORDS) || hasAny(node, STRING_KEYWORDS);
    }

    private static boolean hasAny(JsonNode node, Set<String> keywords) {
        for (String name : node.propertyNames()) {
            if (keywords.contains(name)) {
                return true;
            }
        }
        return false;
    }
}
