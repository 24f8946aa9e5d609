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
        List<List<Edge>> edges = new ArrayList<>();
        int row = 0;
        for (Map.Entry<Object, Integer> entry : before.entrySet()) {
            edges.add(compatibleEdges(ctx, original.partsKeyword(), entry.getValue(), left.get(row), right));
            row++;
        }
        int[] matched = SubschemaMatching.maximum(edges, right.size());
        int matches = 0;
        for (int i = 0; i < matched.length; i++) {
            if (matched[i] >= 0) {
                matches++;
                ctx.addAll(edgeTo(edges.get(i), matched[i]).differences());
            }
        }
        if (matches < Math.min(left.size(), right.size())) {
            ctx.add(DifferenceType.COMBINED_TYPE_SUBSCHEMAS_CHANGED, original.describe(), update.describe());
        }
    }

    /** One old subschema compatible with the new subschema at {@code target}, and what that costs. */
    record Edge(int target, List<Difference> differences) {}

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

    private static List<Edge> compatibleEdges(DiffContext ctx, @Nullable String keyword, int index, DiffShape left,
            List<DiffShape> right) {
        DiffContext at = keyword == null ? ctx : ctx.at(keyword + "/" + index);
        List<Edge> edges = new ArrayList<>();
        for (int j = 0; j < right.size(); j++) {
            DiffContext trial = at.sub();
            trial.compare(left, right.get(j));
            if (trial.isCompatible()) {
                edges.add(new Edge(j, trial.differences()));
            }
        }
        // Prefer the closest match, so an unchanged subschema reports nothing.
        edges.sort((a, b) -> Integer.compare(a.differences().size(), b.differences().size()));
        return edges;
    }

    private static Edge edgeTo(List<Edge> edges, int target) {
        for (Edge edge : edges) {
            if (edge.target() == target) {
                return edge;
            }
        }
        throw new IllegalStateException("matched without an edge: " + target);
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
