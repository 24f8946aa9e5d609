package dev.eventtestkit.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where the walk is (the path in the original schema) and what it found there.
 *
 * <p>Sub-contexts share the session: the policy that decides which alternatives match, the memo of pairs
 * already compared, and the pairs being compared right now (a pair met again inside itself is recursion
 * and counts as compatible).
 */
final class DiffContext {
    /**
     * How many paths one change is reported at. A definition used from many places is reported at each;
     * one reached through nested diamonds of references would otherwise be reported at exponentially many.
     */
    static final int PATHS_PER_CHANGE = 8;

    private record Pair(DiffShape original, DiffShape update) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Pair && ((Pair) other).original == original && ((Pair) other).update == update;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(original) + System.identityHashCode(update);
        }
    }

    /** A difference and the change it reports (the same change seen from another path has the same origin). */
    private record Found(Difference difference, Object origin) {}

    private static final class Session {
        final CompatibilityPolicy policy;
        final Map<Pair, List<Found>> memo = new HashMap<>();
        final Set<Pair> inProgress = new HashSet<>();
        int depth;

        Session(CompatibilityPolicy policy) {
            this.policy = policy;
        }
    }

    private final Session session;
    private final String path;
    private final List<Found> found = new ArrayList<>();
    private final Map<Object, Integer> pathsPerOrigin = new IdentityHashMap<>();

    private DiffContext(Session session, String path) {
        this.session = session;
        this.path = path;
    }

    static DiffContext root(CompatibilityPolicy policy) {
        return new DiffContext(new Session(policy), DiffPaths.ROOT);
    }

    /** A context at the same path whose findings are kept apart until the caller adopts them. */
    DiffContext sub() {
        return new DiffContext(session, path);
    }

    /** A context one segment (already escaped) deeper, sharing the session; see {@link #adopt}. */
    DiffContext at(String segment) {
        return new DiffContext(session, DiffPaths.append(path, segment));
    }

    List<Difference> differences() {
        List<Difference> differences = new ArrayList<>(found.size());
        for (Found entry : found) {
            differences.add(entry.difference());
        }
        return differences;
    }

    int size() {
        return found.size();
    }

    boolean isCompatible() {
        for (Found entry : found) {
            if (!entry.difference().type().isBackwardCompatible(session.policy)) {
                return false;
            }
        }
        return true;
    }

    void add(DifferenceType type, @Nullable String original, @Nullable String updated) {
        keep(new Found(new Difference(type, path, original, updated), new Object()));
    }

    void addAt(String segment, DifferenceType type, @Nullable String original, @Nullable String updated) {
        keep(new Found(new Difference(type, DiffPaths.append(path, segment), original, updated), new Object()));
    }

    /** Keeps what another context of this session found. */
    void adopt(DiffContext other) {
        for (Found entry : other.found) {
            keep(entry);
        }
    }

    /** Compares a subschema pair at a deeper segment and keeps what it finds. */
    void compareAt(String segment, @Nullable DiffShape original, @Nullable DiffShape update) {
        DiffContext deeper = at(segment);
        deeper.compare(original, update);
        adopt(deeper);
    }

    /** Compares two schemas at this context's path, each pair once per session. */
    void compare(@Nullable DiffShape original, @Nullable DiffShape update) {
        if (original == null && update == null) {
            return;
        }
        if (original == null) {
            add(DifferenceType.SCHEMA_ADDED, null, update.describe());
            return;
        }
        if (update == null) {
            add(DifferenceType.SCHEMA_REMOVED, original.describe(), null);
            return;
        }
        for (Found relative : relativeFindings(new Pair(original, update))) {
            Difference difference = relative.difference();
            keep(new Found(new Difference(difference.type(), DiffPaths.rebase(path, difference.path()),
                    difference.original(), difference.updated()), relative.origin()));
        }
    }

    private void keep(Found entry) {
        if (pathsPerOrigin.merge(entry.origin(), 1, Integer::sum) <= PATHS_PER_CHANGE) {
            found.add(entry);
        }
    }

    private List<Found> relativeFindings(Pair pair) {
        List<Found> known = session.memo.get(pair);
        if (known != null) {
            return known;
        }
        if (!session.inProgress.add(pair)) {
            return List.of();
        }
        if (++session.depth > ContractLimits.MAX_DEPTH) {
            throw new ContractException(pair.original().pointer() + ": comparing schemas nested deeper than "
                    + ContractLimits.MAX_DEPTH + " levels (counted through $refs); that is the limit");
        }
        try {
            DiffContext fresh = new DiffContext(session, DiffPaths.ROOT);
            SchemaWalker.compare(fresh, pair.original(), pair.update());
            List<Found> result = List.copyOf(fresh.found);
            session.memo.put(pair, result);
            return result;
        } finally {
            session.depth--;
            session.inProgress.remove(pair);
        }
    }
}
