package dev.eventtestkit.contract;

import org.jspecify.annotations.Nullable;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

/**
 * The content model of an array schema, read the same for draft-07 ({@code items} array plus
 * {@code additionalItems}) and draft 2020-12 ({@code prefixItems} plus {@code items}).
 *
 * <p>Open: items past the tuple may be anything. Partially open: they must match {@code additionalItems}
 * (or, when that is absent, {@code unevaluatedItems}). Closed: there are none.
 */
final class ArrayModel {
    private final DiffShape shape;
    final String tupleKeyword;
    final String additionalKeyword;
    final OpenSlot additional;
    final OpenSlot unevaluated;

    ArrayModel(DiffShape shape) {
        this.shape = shape;
        boolean prefixed = shape.node().has("prefixItems");
        this.tupleKeyword = prefixed ? "prefixItems" : "items";
        this.additionalKeyword = prefixed ? "items" : "additionalItems";
        this.additional = OpenSlot.of(shape, additionalKeyword);
        this.unevaluated = OpenSlot.of(shape, "unevaluatedItems");
    }

    JsonNode node() {
        return shape.node();
    }

    int tupleSize() {
        JsonNode tuple = shape.node().get(tupleKeyword);
        return tuple != null && tuple.isArray() ? tuple.size() : 0;
    }

    DiffShape tupleItem(int index) {
        DiffShape item = shape.child(tupleKeyword, index);
        if (item == null) {
            throw new IllegalStateException("no tuple item " + index);
        }
        return item;
    }

    /** @return the schema every item must match ({@code items} as a single schema), or null */
    @Nullable DiffShape listItems() {
        JsonNode items = shape.node().get("items");
        if (items == null || items.isArray() || tupleKeyword.equals("prefixItems")) {
            return null;
        }
        return ObjectDiff.constraining(shape.child("items"));
    }

    boolean isOpen() {
        return additional.any() && unevaluated.any();
    }

    /** @return the schema items past the tuple must match, or null when there may be none */
    @Nullable DiffShape schemaPastTuple() {
        if (additional.kind() == OpenSlot.Kind.SCHEMA) {
            return additional.schemaOrNull();
        }
        return additional.any() ? unevaluated.schemaOrNull() : null;
    }
}
