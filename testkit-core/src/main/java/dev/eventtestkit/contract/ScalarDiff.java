package dev.eventtestkit.contract;

import static dev.eventtestkit.contract.DifferenceType.*;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

/** Keywords of strings, numbers, {@code enum}, {@code const} and {@code not}. */
final class ScalarDiff {
    private static final Limits.Types MAX_LENGTH = new Limits.Types(MAX_LENGTH_ADDED, MAX_LENGTH_REMOVED,
            MAX_LENGTH_INCREASED, MAX_LENGTH_DECREASED);
    private static final Limits.Types MIN_LENGTH = new Limits.Types(MIN_LENGTH_ADDED, MIN_LENGTH_REMOVED,
            MIN_LENGTH_INCREASED, MIN_LENGTH_DECREASED);
    private static final Limits.Types MAXIMUM = new Limits.Types(MAXIMUM_ADDED, MAXIMUM_REMOVED,
            MAXIMUM_INCREASED, MAXIMUM_DECREASED);
    private static final Limits.Types MINIMUM = new Limits.Types(MINIMUM_ADDED, MINIMUM_REMOVED,
            MINIMUM_INCREASED, MINIMUM_DECREASED);
    private static final Limits.Types EXCLUSIVE_MAXIMUM = new Limits.Types(EXCLUSIVE_MAXIMUM_ADDED,
            EXCLUSIVE_MAXIMUM_REMOVED, EXCLUSIVE_MAXIMUM_INCREASED, EXCLUSIVE_MAXIMUM_DECREASED);
    private static final Limits.Types EXCLUSIVE_MINIMUM = new Limits.Types(EXCLUSIVE_MINIMUM_ADDED,
            EXCLUSIVE_MINIMUM_REMOVED, EXCLUSIVE_MINIMUM_INCREASED, EXCLUSIVE_MINIMUM_DECREASED);

    private ScalarDiff() {}

    static void compareStrings(DiffContext ctx, JsonNode original, JsonNode update) {
        Limits.compare(ctx, "maxLength", original, update, MAX_LENGTH);
        Limits.compare(ctx, "minLength", original, update, MIN_LENGTH);
        String before = DiffValues.text(original.get("pattern"));
        String after = DiffValues.text(update.get("pattern"));
        if (before == null && after != null) {
            ctx.addAt("pattern", PATTERN_ADDED, null, after);
        } else if (before != null && after == null) {
            ctx.addAt("pattern", PATTERN_REMOVED, before, null);
        } else if (!Objects.equals(before, after)) {
            ctx.addAt("pattern", PATTERN_CHANGED, before, after);
        }
    }

    static void compareNumbers(DiffContext ctx, DiffShape original, DiffShape update) {
        JsonNode before = original.node();
        JsonNode after = update.node();
        Limits.compare(ctx, "maximum", before, after, MAXIMUM);
        Limits.compare(ctx, "minimum", before, after, MINIMUM);
        Limits.compare(ctx, "exclusiveMaximum", before, after, EXCLUSIVE_MAXIMUM);
        Limits.compare(ctx, "exclusiveMinimum", before, after, EXCLUSIVE_MINIMUM);
        compareMultipleOf(ctx, Limits.number(before.get("multipleOf")), Limits.number(after.get("multipleOf")));
        if (original.integer() && !update.integer()) {
            ctx.add(TYPE_EXTENDED, "integer", "number");
        } else if (!original.integer() && update.integer()) {
            ctx.add(TYPE_NARROWED, "number", "integer");
        }
    }

    private static void compareMultipleOf(DiffContext ctx, @Nullable BigDecimal before, @Nullable BigDecimal after) {
        if (before == null && after == null || before != null && after != null && before.compareTo(after) == 0) {
            return;
        }
        DifferenceType type;
        if (before == null) {
            type = MULTIPLE_OF_ADDED;
        } else if (after == null) {
            type = MULTIPLE_OF_REMOVED;
        } else if (divides(before, after)) {
            type = MULTIPLE_OF_EXPANDED;
        } else if (divides(after, before)) {
            type = MULTIPLE_OF_REDUCED;
        } else {
            type = MULTIPLE_OF_CHANGED;
        }
        ctx.addAt("multipleOf", type, Limits.text(before), Limits.text(after));
    }

    /**
     * Exact for numbers of any size written in a schema; when the two are more than a thousand orders of magnitude
     * apart the remainder would take too long, and the answer is "no" (the change then counts as
     * {@code MULTIPLE_OF_CHANGED}, never as compatible by mistake).
     */
    private static boolean divides(BigDecimal divisor, BigDecimal value) {
        if (divisor.signum() == 0) {
            return false;
        }
        if (value.signum() == 0) {
            return true;
        }
        int magnitudes = Math.abs((value.precision() - value.scale()) - (divisor.precision() - divisor.scale()));
        int digits = Math.max(value.precision(), divisor.precision()) + Math.abs(value.scale() - divisor.scale());
        if (magnitudes > 1000 || digits > 2000) {
            return false;
        }
        return value.remainder(divisor).signum() == 0;
    }

    static void compareEnums(DiffContext ctx, JsonNode original, JsonNode update) {
        Set<JsonNode> before = values(original.get("enum"));
        Set<JsonNode> after = values(update.get("enum"));
        if (before.equals(after)) {
            return;
        }
        DifferenceType type = after.containsAll(before) ? ENUM_ARRAY_EXTENDED
                : before.containsAll(after) ? ENUM_ARRAY_NARROWED : ENUM_ARRAY_CHANGED;
        ctx.addAt("enum", type, original.get("enum").toString(), update.get("enum").toString());
    }

    private static Set<JsonNode> values(JsonNode array) {
        Set<JsonNode> values = new LinkedHashSet<>();
        if (array.isArray()) {
            values.addAll(array.values());
        }
        return values;
    }

    static void compareConsts(DiffContext ctx, JsonNode original, JsonNode update) {
        if (!original.get("const").equals(update.get("const"))) {
            ctx.addAt("const", ENUM_ARRAY_CHANGED, original.get("const").toString(), update.get("const").toString());
        }
    }

    /** A {@code not} accepts more when what it rejects shrinks: compare the negated schemas the other way. */
    static void compareNots(DiffContext ctx, DiffShape original, DiffShape update) {
        DiffContext reversed = ctx.at("not");
        reversed.compare(update.child("not"), original.child("not"));
        if (reversed.size() == 0) {
            return;
        }
        DifferenceType type = reversed.isCompatible() ? NOT_TYPE_NARROWED : NOT_TYPE_EXTENDED;
        ctx.addAt("not", type, original.node().get("not").toString(), update.node().get("not").toString());
    }
}
