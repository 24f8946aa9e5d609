package dev.eventtestkit.contract;

import static dev.eventtestkit.contract.DifferenceType.*;

/**
 * {@code patternProperties}: a pattern in both versions compares its schemas; a pattern added or removed is
 * judged like a property added or removed, against what the other version accepts for undeclared names.
 */
final class PatternPropertiesDiff {
    private PatternPropertiesDiff() {}

    static void compare(DiffContext ctx, ObjectModel original, ObjectModel update) {
        for (String pattern : ObjectModel.union(original.patterns(), update.patterns())) {
            DiffContext at = ctx.at("patternProperties/" + DiffPaths.escape(pattern));
            DiffShape before = original.patternProperty(pattern);
            DiffShape after = update.patternProperty(pattern);
            if (before != null && after != null) {
                at.compare(before, after);
            } else if (before != null) {
                removed(at, before, update);
            } else if (after != null) {
                added(at, after, original);
            }
            ctx.adopt(at);
        }
    }

    private static void removed(DiffContext at, DiffShape before, ObjectModel update) {
        String old = before.node().toString();
        DiffShape fallback = update.fallbackSchema();
        if (update.isOpen()) {
            at.add(PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL, old, null);
        } else if (update.fallbackAcceptsAll()) {
            at.add(PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL, old, null);
        } else if (fallback != null) {
            boolean covered = ObjectDiff.compareInto(at, before, fallback);
            at.add(covered ? PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL
                    : PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL, old, null);
        } else if (before.kind() == DiffShape.Kind.FALSE) {
            at.add(PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL, old, null);
        } else {
            at.add(PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL, old, null);
        }
    }

    private static void added(DiffContext at, DiffShape after, ObjectModel original) {
        String added = after.node().toString();
        DiffShape fallback = original.fallbackSchema();
        if (original.fallbackAcceptsAll()) {
            at.add(after.acceptsAll() ? PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL
                    : OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL, null, added);
        } else if (fallback != null) {
            boolean covered = ObjectDiff.compareInto(at, fallback, after);
            at.add(covered ? PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL
                    : PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL, null, added);
        } else {
            at.add(OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL, null, added);
        }
    }
}
