package dev.eventtestkit.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Two combinations ({@code allOf}, {@code anyOf}, {@code oneOf}, {@code type} lists, implied products):
 * the keyword change, the count change, then each old subschema matched to a compatible new one.
 */
final class CombinedDiff {
    private CombinedDiff() {}

    static void compare(DiffContext ctx, DiffShape original, DiffShape update) {
        DifferenceType keywordChange = keywordChange(original, update);
        if (keywordChange != null) {
            ctx.add(keywordChange, original.describe(), update.describe());
            if (keywordChange == DifferenceType.COMBINED_TYPE_CHANGED) {
                return;
            }
        }
        Map<Object, Integer> before = distinct(original);
        Map<Object, Integer> after = distinct(update);
        compareCounts(ctx, update, before.size(), after.size());
        List<DiffShape> left = pick(original.parts(), before);
        List<DiffShape> right = pick(update.parts(), after);
        SubschemaTrials trials = new SubschemaTrials(ctx, original.partsKeyword(), new ArrayList<>(before.values()),
                left, right);
        int[] matched = SubschemaMatching.maximum(trials.edges(), right.size());
        int matches = 0;
        for (int i = 0; i < matched.length; i++) {
            if (matched[i] >= 0) {
                matches++;
                ctx.adopt(trials.result(i, matched[i]));
            }
        }
        if (matches < Math.min(left.size(), right.size())) {
            for (int[] pair : trials.closestUnmatched(matched)) {
                ctx.adopt(trials.result(pair[0], pair[1]));
            }
            ctx.add(DifferenceType.COMBINED_TYPE_SUBSCHEMAS_CHANGED, original.describe(), update.describe());
        }
    }

    /** One old subschema compatible with the new subschema at {@code target}, and how many differences apart. */
    record Edge(int target, int cost) {}

    private static @Nullable DifferenceType keywordChange(DiffShape original, DiffShape update) {
        DiffShape.Criterion before = original.criterion();
        DiffShape.Criterion after = update.criterion();
        if (before == after) {
            return null;
        }
        if (after == DiffShape.Criterion.ANY_OF || original.parts().size() == 1) {
            return DifferenceType.COMBINED_TYPE_EXTENDED;
        }
        return DifferenceType.COMBINED_TYPE_CHANGED;
    }

    private static void compareCounts(DiffContext ctx, DiffShape update, int before, int after) {
        boolean product = update.criterion() == DiffShape.Criterion.ALL_OF;
        String counts = before + " subschemas";
        if (before < after) {
            ctx.add(product ? DifferenceType.PRODUCT_TYPE_EXTENDED : DifferenceType.SUM_TYPE_EXTENDED, counts,
                    after + " subschemas");
        } else if (before > after) {
            ctx.add(product ? DifferenceType.PRODUCT_TYPE_NARROWED : DifferenceType.SUM_TYPE_NARROWED, counts,
                    after + " subschemas");
        }
    }

    /** Subschemas written twice count once; each keeps the index it was first written at. */
    private static Map<Object, Integer> distinct(DiffShape combination) {
        List<DiffShape> parts = combination.parts();
        boolean written = combination.partsKeyword() != null;
        Map<Object, Integer> first = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            // Facets of one node share it, so only written subschemas are told apart by their JSON.
            first.putIfAbsent(written ? parts.get(i).node() : parts.get(i), i);
        }
        return first;
    }

    private static List<DiffShape> pick(List<DiffShape> parts, Map<Object, Integer> distinct) {
        List<DiffShape> picked = new ArrayList<>();
        for (int index : distinct.values()) {
            picked.add(parts.get(index));
        }
        return picked;
    }
}
