package dev.eventtestkit.contract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
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

    private static final class Session {
        final CompatibilityPolicy policy;
        final Map<Pair, List<Difference>> memo = new HashMap<>();
        final Set<Pair> inProgress = new HashSet<>();

        Session(CompatibilityPolicy policy) {
            this.policy = policy;
        }
    }

    private final Session session;
    private final String path;
    private final List<Difference> differences = new ArrayList<>();

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

    /** A context one segment (already escaped) deeper, sharing the session; adopt its findings with addAll. */
    DiffContext at(String segment) {
        return new DiffContext(session, DiffPaths.append(path, segment));
    }

    String path() {
        return path;
    }

    List<Difference> differences() {
        return Collections.unmodifiableList(differences);
    }

    boolean isCompatible() {
        for (Difference difference : differences) {
            if (!difference.type().isBackwardCompatible(session.policy)) {
                return false;
            }
        }
        return true;
    }

    void add(DifferenceType type, @Nullable String original, @Nullable String updated) {
        differences.add(new Difference(type, path, original, updated));
    }

    void addAt(String segment, DifferenceType type, @Nullable String original, @Nullable String updated) {
        differences.add(new Difference(type, DiffPaths.append(path, segment), original, updated));
    }

    void addAll(List<Difference> found) {
        differences.addAll(found);
    }

    /** Compares a subschema pair at a deeper segment and keeps what it finds. */
    void compareAt(String segment, @Nullable DiffShape original, @Nullable DiffShape update) {
        DiffContext deeper = at(segment);
        deeper.compare(original, update);
        addAll(deeper.differences);
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
        for (Difference found : relativeDifferences(new Pair(original, update))) {
            differences.add(new Difference(found.type(), DiffPaths.rebase(path, found.path()), found.original(),
                    found.updated()));
        }
    }

    private List<Difference> relativeDifferences(Pair pair) {
        List<Difference> known = session.memo.get(pair);
        if (known != null) {
            return known;
        }
        if (!session.inProgress.add(pair)) {
            return List.of();
        }
        try {
            DiffContext fresh = new DiffContext(session, DiffPaths.ROOT);
            SchemaWalker.compare(fresh, pair.original(), pair.update());
            List<Difference> found = List.copyOf(fresh.differences);
            session.memo.put(pair, found);
            return found;
        } finally {
            session.inProgress.remove(pair);
        }
    }
}
