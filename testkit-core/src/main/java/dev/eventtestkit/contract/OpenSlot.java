package dev.eventtestkit.contract;

import org.jspecify.annotations.Nullable;

/**
 * What a schema says about members it does not name ({@code additionalProperties}, {@code additionalItems},
 * {@code unevaluatedProperties}, {@code unevaluatedItems}): anything (absent, {@code true}, {@code {}}),
 * nothing ({@code false}), or members matching a schema.
 */
record OpenSlot(Kind kind, @Nullable DiffShape schema) {

    enum Kind { ANY, NONE, SCHEMA }

    static OpenSlot of(DiffShape owner, String keyword) {
        DiffShape shape = owner.child(keyword);
        if (shape == null || shape.acceptsAll()) {
            return new OpenSlot(Kind.ANY, null);
        }
        if (shape.kind() == DiffShape.Kind.FALSE) {
            return new OpenSlot(Kind.NONE, null);
        }
        return new OpenSlot(Kind.SCHEMA, shape);
    }

    boolean any() {
        return kind == Kind.ANY;
    }

    boolean none() {
        return kind == Kind.NONE;
    }

    /** @return the schema when members must match one, else null */
    @Nullable DiffShape schemaOrNull() {
        return schema;
    }

    String describe() {
        return kind == Kind.ANY ? "true" : kind == Kind.NONE ? "false" : schema.node().toString();
    }

    /**
     * Compares a slot the way registries do: allowing members again is ADDED, forbidding them REMOVED,
     * giving them a schema NARROWED, dropping the schema EXTENDED; two schemas are compared.
     */
    static void compare(DiffContext ctx, String keyword, OpenSlot original, OpenSlot update, Types types) {
        if (original.kind == update.kind && original.kind != Kind.SCHEMA) {
            return;
        }
        DifferenceType type;
        if (original.none() != update.none()) {
            type = original.none() ? types.added() : types.removed();
        } else if (original.any()) {
            type = types.narrowed();
        } else if (update.any()) {
            type = types.extended();
        } else {
            ctx.compareAt(keyword, original.schema, update.schema);
            return;
        }
        ctx.addAt(keyword, type, original.describe(), update.describe());
    }

    /** The four difference types of one slot keyword. */
    record Types(DifferenceType added, DifferenceType removed, DifferenceType narrowed, DifferenceType extended) {}
}
