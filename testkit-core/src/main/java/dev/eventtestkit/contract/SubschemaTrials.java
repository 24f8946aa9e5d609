package dev.eventtestkit.contract;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Every old subschema of a combination compared with every new one, kept for matching and explaining. */
final class SubschemaTrials {
    private final List<DiffShape> left;
    private final List<DiffShape> right;
    private final List<List<DiffContext>> results = new ArrayList<>();

    SubschemaTrials(DiffContext ctx, @Nullable String keyword, List<Integer> leftIndexes, List<DiffShape> left,
            List<DiffShape> right) {
        this.left = left;
        this.right = right;
        for (int i = 0; i < left.size(); i++) {
            DiffContext at = keyword == null ? ctx : ctx.at(keyword + "/" + leftIndexes.get(i));
            List<DiffContext> row = new ArrayList<>();
            for (DiffShape candidate : right) {
                DiffContext trial = at.sub();
                trial.compare(left.get(i), candidate);
                row.add(trial);
            }
            results.add(row);
        }
    }

    DiffContext result(int i, int j) {
        return results.get(i).get(j);
    }

    private int cost(int i, int j) {
        return results.get(i).get(j).size();
    }

    /** @return for each old subschema, the new ones it is compatible with, closest first */
    List<List<CombinedDiff.Edge>> edges() {
        List<List<CombinedDiff.Edge>> edges = new ArrayList<>();
        for (List<DiffContext> row : results) {
            List<CombinedDiff.Edge> compatible = new ArrayList<>();
            for (int j = 0; j < row.size(); j++) {
                if (row.get(j).isCompatible()) {
                    compatible.add(new CombinedDiff.Edge(j, row.get(j).size()));
                }
            }
            // Prefer the closest match, so an unchanged subschema reports nothing.
            compatible.sort((a, b) -> Integer.compare(a.cost(), b.cost()));
            edges.add(compatible);
        }
        return edges;
    }

    /**
     * Pairs each unmatched old subschema with the closest unmatched new one of the same kind, so a report
     * can say what broke the match ({@code maxLength} decreased in the string alternative, say).
     *
     * @return [old index, new index] pairs
     */
    List<int[]> closestUnmatched(int[] matched) {
        boolean[] taken = new boolean[right.size()];
        for (int target : matched) {
            if (target >= 0) {
                taken[target] = true;
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < matched.length; i++) {
            if (matched[i] >= 0) {
                continue;
            }
            int best = -1;
            for (int j = 0; j < right.size(); j++) {
                if (!taken[j] && right.get(j).kind() == left.get(i).kind()
                        && (best < 0 || cost(i, j) < cost(i, best))) {
                    best = j;
                }
            }
            if (best >= 0) {
                taken[best] = true;
                pairs.add(new int[] {i, best});
            }
        }
        return pairs;
    }
}
