package dev.eventtestkit.contract;

import static dev.eventtestkit.contract.DifferenceType.*;

import org.jspecify.annotations.Nullable;

/** Object keywords: required, properties and pattern properties against the content model, slots, limits. */
final class ObjectDiff {
    private static final OpenSlot.Types ADDITIONAL = new OpenSlot.Types(ADDITIONAL_PROPERTIES_ADDED,
            ADDITIONAL_PROPERTIES_REMOVED, ADDITIONAL_PROPERTIES_NARROWED, ADDITIONAL_PROPERTIES_EXTENDED);
    private static final OpenSlot.Types UNEVALUATED = new OpenSlot.Types(UNEVALUATED_PROPERTIES_ADDED,
            UNEVALUATED_PROPERTIES_REMOVED, UNEVALUATED_PROPERTIES_NARROWED, UNEVALUATED_PROPERTIES_EXTENDED);
    private static final Limits.Types MAX_PROPERTIES = new Limits.Types(MAX_PROPERTIES_ADDED,
            MAX_PROPERTIES_REMOVED, MAX_PROPERTIES_INCREASED, MAX_PROPERTIES_DECREASED);
    private static final Limits.Types MIN_PROPERTIES = new Limits.Types(MIN_PROPERTIES_ADDED,
            MIN_PROPERTIES_REMOVED, MIN_PROPERTIES_INCREASED, MIN_PROPERTIES_DECREASED);

    private ObjectDiff() {}

    static void compare(DiffContext ctx, DiffShape originalShape, DiffShape updateShape) {
        ObjectModel original = new ObjectModel(originalShape);
        ObjectModel update = new ObjectModel(updateShape);
        compareRequired(ctx, original, update);
        compareProperties(ctx, original, update);
        PatternPropertiesDiff.compare(ctx, original, update);
        DependencyDiff.compare(ctx, originalShape, updateShape);
        OpenSlot.compare(ctx, "additionalProperties", original.additional, update.additional, ADDITIONAL);
        OpenSlot.compare(ctx, "unevaluatedProperties", original.unevaluated, update.unevaluated, UNEVALUATED);
        Limits.compare(ctx, "maxProperties", original.node(), update.node(), MAX_PROPERTIES);
        Limits.compare(ctx, "minProperties", original.node(), update.node(), MIN_PROPERTIES);
    }

    static @Nullable DiffShape constraining(@Nullable DiffShape shape) {
        return shape == null || shape.acceptsAll() ? null : shape;
    }

    private static void compareRequired(DiffContext ctx, ObjectModel original, ObjectModel update) {
        for (String name : original.propertyNames()) {
            if (!update.declares(name)) {
                continue;
            }
            boolean before = original.requires(name);
            boolean after = update.requires(name);
            String segment = "required/" + DiffPaths.escape(name);
            if (before && !after) {
                ctx.addAt(segment, REQUIRED_ATTRIBUTE_REMOVED, "required", "optional");
            } else if (!before && after) {
                DifferenceType type = update.hasDefault(name) ? REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED
                        : REQUIRED_ATTRIBUTE_ADDED;
                ctx.addAt(segment, type, "optional", "required");
            }
        }
    }

    private static void compareProperties(DiffContext ctx, ObjectModel original, ObjectModel update) {
        for (String name : ObjectModel.union(original.propertyNames(), update.propertyNames())) {
            DiffContext at = ctx.at("properties/" + DiffPaths.escape(name));
            DiffShape before = original.property(name);
            DiffShape after = update.property(name);
            if (before != null && after != null) {
                at.compare(before, after);
            } else if (before != null) {
                propertyRemoved(at, name, before, update);
            } else if (after != null) {
                propertyAdded(at, name, after, original, update);
            }
            ctx.adopt(at);
        }
    }

    private static void propertyRemoved(DiffContext at, String name, DiffShape before, ObjectModel update) {
        String old = before.node().toString();
        if (update.isOpen()) {
            at.add(PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL, old, null);
            return;
        }
        DiffShape covering = update.schemaForUndeclared(name);
        if (covering != null) {
            boolean covered = compareInto(at, before, covering);
            at.add(covered ? PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL
                    : PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL, old, null);
        } else if (before.kind() == DiffShape.Kind.FALSE) {
            at.add(PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL, old, null);
        } else {
            at.add(PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL, old, null);
        }
    }

    private static void propertyAdded(DiffContext at, String name, DiffShape after, ObjectModel original,
            ObjectModel update) {
        String added = after.node().toString();
        boolean required = update.requires(name);
        boolean withDefault = update.hasDefault(name);
        if (original.isOpen()) {
            DifferenceType type = required
                    ? withDefault ? REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_OPEN_CONTENT_MODEL
                            : REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL
                    : after.acceptsAll() ? PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL
                            : OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL;
            at.add(type, null, added);
            return;
        }
        DiffShape covering = original.schemaForUndeclared(name);
        if (covering != null) {
            boolean covered = compareInto(at, covering, after);
            at.add(covered ? PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL
                    : PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL, null, added);
        }
        DifferenceType type = required
                ? withDefault ? REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL
                        : REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL
                : OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL;
        at.add(type, null, added);
    }

    /** Compares and keeps the differences; @return whether they were compatible. */
    static boolean compareInto(DiffContext at, DiffShape original, DiffShape update) {
        DiffContext trial = at.sub();
        trial.compare(original, update);
        at.adopt(trial);
        return trial.isCompatible();
    }
}
