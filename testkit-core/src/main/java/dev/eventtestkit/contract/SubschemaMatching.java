package dev.eventtestkit.contract;

import java.util.Arrays;
import java.util.List;

/** Maximum bipartite matching (augmenting paths) between old and new subschemas of a combination. */
final class SubschemaMatching {
    private SubschemaMatching() {}

    /**
     * @param edges for each left vertex, its compatible right vertices in order of preference
     * @param rightCount how many right vertices there are
     * @return for each left vertex, the right vertex it is matched to, or -1
     */
    static int[] maximum(List<List<CombinedDiff.Edge>> edges, int rightCount) {
        int[] rightOwner = new int[rightCount];
        Arrays.fill(rightOwner, -1);
        for (int left = 0; left < edges.size(); left++) {
            augment(edges, left, rightOwner, new boolean[rightCount]);
        }
        int[] matched = new int[edges.size()];
        Arrays.fill(matched, -1);
        for (int right = 0; right < rightCount; right++) {
            if (rightOwner[right] >= 0) {
                matched[rightOwner[right]] = right;
            }
        }
        return matched;
    }

    private static boolean augment(List<List<CombinedDiff.Edge>> edges, int left, int[] rightOwner,
            boolean[] visited) {
        for (CombinedDiff.Edge edge : edges.get(left)) {
            int right = edge.target();
            if (visited[right]) {
                continue;
            }
            visited[right] = true;
            if (rightOwner[right] < 0 || augment(edges, rightOwner[right], rightOwner, visited)) {
                rightOwner[right] = left;
                return true;
            }
        }
        return false;
    }
}
