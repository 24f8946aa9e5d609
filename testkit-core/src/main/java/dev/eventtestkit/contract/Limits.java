package dev.eventtestkit.contract;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

/** Compares a numeric keyword ({@code maxLength}, {@code minimum}, ...) of two schema nodes. */
final class Limits {

    /** The four difference types of one keyword: added, removed, increased, decreased. */
    record Types(DifferenceType added, DifferenceType removed, DifferenceType increased, DifferenceType decreased) {}

    private Limits() {}

    static void compare(DiffContext ctx, String keyword, JsonNode original, JsonNode update, Types types) {
        BigDecimal before = number(original.get(keyword));
        BigDecimal after = number(update.get(keyword));
        if (before == null && after == null) {
            return;
        }
        DifferenceType type;
        if (before == null) {
            type = types.added();
        } else if (after == null) {
            type = types.removed();
        } else if (before.compareTo(after) < 0) {
            type = types.increased();
        } else if (before.compareTo(after) > 0) {
            type = types.decreased();
        } else {
            return;
        }
        ctx.addAt(keyword, type, text(before), text(after));
    }

    /** @return the value when it is a number; draft-04's boolean {@code exclusiveMinimum} counts as absent */
    static @Nullable BigDecimal number(@Nullable JsonNode value) {
        if (value == null || !value.isNumber() || value.isFloatingPointNumber() && !Double.isFinite(value.doubleValue())
                && !value.isBigDecimal()) {
            return null; // NaN and infinities are not JSON numbers (a double too large to parse becomes one)
        }
        return value.decimalValue();
    }

    /** @return the number as written, without trailing zeros; in scientific notation when plain would be long */
    static @Nullable String text(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return Math.abs(stripped.scale()) > 40 ? stripped.toString() : stripped.toPlainString();
    }
}
