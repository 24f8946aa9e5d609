package dev.eventtestkit.contract;

import static dev.eventtestkit.contract.DifferenceType.*;

/** Array keywords: list items, tuple items against the content model, slots, limits. */
final class ArrayDiff {
    private static final OpenSlot.Types ADDITIONAL = new OpenSlot.Types(ADDITIONAL_ITEMS_ADDED,
            ADDITIONAL_ITEMS_REMOVED, ADDITIONAL_ITEMS_NARROWED, ADDITIONAL_ITEMS_EXTENDED);
    private static final OpenSlot.Types UNEVALUATED = new OpenSlot.Types(UNEVALUATED_ITEMS_ADDED,
            UNEVALUATED_ITEMS_REMOVED, UNEVALUATED_ITEMS_NARROWED, UNEVALUATED_ITEMS_EXTENDED);
    private static final Limits.Types MAX_ITEMS = new Limits.Types(MAX_ITEMS_ADDED, MAX_ITEMS_REMOVED,
            MAX_ITEMS_INCREASED, MAX_ITEMS_DECREASED);
    private static final Limits.Types MIN_ITEMS = new Limits.Types(MIN_ITEMS_ADDED, MIN_ITEMS_REMOVED,
            MIN_ITEMS_INCREASED, MIN_ITEMS_DECREASED);
    private static final Limits.Types MAX_CONTAINS = new Limits.Types(MAX_CONTAINS_ADDED, MAX_CONTAINS_REMOVED,
            MAX_CONTAINS_INCREASED, MAX_CONTAINS_DECREASED);
    private static final Limits.Types MIN_CONTAINS = new Limits.Types(MIN_CONTAINS_ADDED, MIN_CONTAINS_REMOVED,
            MIN_CONTAINS_INCREASED, MIN_CONTAINS_DECREASED);

    private ArrayDiff() {}

    static void compare(DiffContext ctx, DiffShape originalShape, DiffShape updateShape) {
        ArrayModel original = new ArrayModel(originalShape);
        ArrayModel update = new ArrayModel(updateShape);
        ctx.compareAt("items", original.listItems(), update.listItems());
        compareTuples(ctx, original, update);
        OpenSlot.compare(ctx, original.additionalKeyword, original.additional, update.additional, ADDITIONAL);
        OpenSlot.compare(ctx, "unevaluatedItems", original.unevaluated, update.unevaluated, UNEVALUATED);
        Limits.compare(ctx, "maxItems", original.node(), update.node(), MAX_ITEMS);
        Limits.compare(ctx, "minItems", original.node(), update.node(), MIN_ITEMS);
        compareUniqueItems(ctx, original, update);
        Limits.compare(ctx, "maxContains", original.node(), update.node(), MAX_CONTAINS);
        Limits.compare(ctx, "minContains", original.node(), update.node(), MIN_CONTAINS);
    }

    private static void compareTuples(DiffContext ctx, ArrayModel original, ArrayModel update) {
        int before = original.tupleSize();
        int after = update.tupleSize();
        for (int i = 0; i < Math.max(before, after); i++) {
            DiffContext at = ctx.at(original.tupleKeyword + "/" + i);
            if (i < before && i < after) {
                at.compare(original.tupleItem(i), update.tupleItem(i));
            } else if (i < before) {
                itemRemoved(at, original.tupleItem(i), update);
            } else {
                itemAdded(at, update.tupleItem(i), original);
            }
            ctx.adopt(at);
        }
    }

    private static void itemRemoved(DiffContext at, DiffShape item, ArrayModel update) {
        String old = item.node().toString();
        if (update.isOpen()) {
            at.add(ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL, old, null);
            return;
        }
        DiffShape covering = update.schemaPastTuple();
        if (covering != null) {
            boolean covered = ObjectDiff.compareInto(at, item, covering);
            at.add(covered ? ITEM_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL
                    : ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL, old, null);
        } else if (item.kind() == DiffShape.Kind.FALSE) {
            at.add(ITEM_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL, old, null);
        } else {
            at.add(ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL, old, null);
        }
    }

    private static void itemAdded(DiffContext at, DiffShape item, ArrayModel original) {
        String added = item.node().toString();
        if (original.isOpen()) {
            at.add(item.acceptsAll() ? ITEM_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL
                    : ITEM_ADDED_TO_OPEN_CONTENT_MODEL, null, added);
            return;
        }
        DiffShape covering = original.schemaPastTuple();
        if (covering != null) {
            boolean covered = ObjectDiff.compareInto(at, covering, item);
            at.add(covered ? ITEM_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL
                    : ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL, null, added);
        } else {
            at.add(ITEM_ADDED_TO_CLOSED_CONTENT_MODEL, null, added);
        }
    }

    private static void compareUniqueItems(DiffContext ctx, ArrayModel original, ArrayModel update) {
        boolean before = original.node().path("uniqueItems").asBoolean(false);
        boolean after = update.node().path("uniqueItems").asBoolean(false);
        if (before && !after) {
            ctx.addAt("uniqueItems", UNIQUE_ITEMS_REMOVED, "true", "false");
        } else if (!before && after) {
            ctx.addAt("uniqueItems", UNIQUE_ITEMS_ADDED, "false", "true");
        }
    }
}
