package dev.eventtestkit.contract;

import dev.eventtestkit.event.Json;
import dev.eventtestkit.internal.jackson.JacksonJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Checks a candidate schema against the versions registered before it, at a registry compatibility level.
 *
 * <pre>{@code
 * CompatibilityResult c = Compatibility.check(CompatibilityLevel.BACKWARD_TRANSITIVE,
 *         CompatibilityPolicy.STRICT, List.of(v1, v2), v3);
 * c.isCompatible();
 * c.differences();   // every incompatible difference, with each version it breaks
 * }</pre>
 *
 * <p>BACKWARD asks whether the candidate reads data of an earlier version ({@code SchemaDiff.compare(earlier,
 * candidate)}); FORWARD asks the same with the arguments swapped. Transitive levels check every earlier
 * version, the others only the latest; FULL checks both directions; NONE checks nothing. Unlike a registry,
 * the result lists every incompatible difference with every version it breaks, not only the first.
 */
public final class Compatibility {
    private Compatibility() {}

    /**
     * Checks self-contained schemas.
     *
     * @param level which versions and directions to check
     * @param policy how strictly differences are judged
     * @param history the earlier versions, oldest first: {@code history.get(0)} is version 1
     * @param candidate the new schema
     * @return the incompatible differences in version order (backward before forward for each version)
     * @throws IllegalArgumentException as {@link SchemaDiff#compare(Json, Json)}
     */
    public static CompatibilityResult check(
            CompatibilityLevel level, CompatibilityPolicy policy, List<Json> history, Json candidate) {
        return check(level, policy, history, candidate, SchemaResolver.none());
    }

    /**
     * Checks schemas whose {@code $ref}s may point to other documents.
     *
     * @param level which versions and directions to check
     * @param policy how strictly differences are judged
     * @param history the earlier versions, oldest first: {@code history.get(0)} is version 1
     * @param candidate the new schema
     * @param resolver finds the documents that references name outside the schemas
     * @return the incompatible differences in version order (backward before forward for each version)
     * @throws IllegalArgumentException as {@link SchemaDiff#compare(Json, Json, SchemaResolver)}
     */
    public static CompatibilityResult check(CompatibilityLevel level, CompatibilityPolicy policy,
            List<Json> history, Json candidate, SchemaResolver resolver) {
        Objects.requireNonNull(candidate, "candidate");
        return checkNodes(level, policy, history.stream().map(JacksonJson::node).toList(), JacksonJson.node(candidate),
                resolver);
    }

    /** {@link #check} on core's own trees, which {@link EventContracts} holds without wrapping each. */
    static CompatibilityResult checkNodes(CompatibilityLevel level, CompatibilityPolicy policy,
            List<JsonNode> history, JsonNode candidate, SchemaResolver resolver) {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(policy, "policy");
        List<Incompatibility> found = new ArrayList<>();
        if (level == CompatibilityLevel.NONE || history.isEmpty()) {
            return new CompatibilityResult(level, policy, found);
        }
        // One loader for the whole check: the candidate is read once however many versions it meets.
        ShapeLoader loader = new ShapeLoader(Objects.requireNonNull(resolver, "resolver"));
        DiffShape next = loader.root(candidate, "the candidate");
        int first = level.isTransitive() ? 0 : history.size() - 1;
        for (int index = first; index < history.size(); index++) {
            int version = index + 1;
            DiffShape earlier = loader.root(history.get(index), "version " + version);
            if (level.checksBackward()) {
                collect(found, version, Direction.BACKWARD, SchemaDiff.compare(earlier, next, policy), policy);
            }
            if (level.checksForward()) {
                collect(found, version, Direction.FORWARD, SchemaDiff.compare(next, earlier, policy), policy);
            }
        }
        return new CompatibilityResult(level, policy, found);
    }

    private static void collect(List<Incompatibility> found, int version, Direction direction,
            List<Difference> differences, CompatibilityPolicy policy) {
        for (Difference difference : differences) {
            if (!difference.type().isBackwardCompatible(policy)) {
                found.add(new Incompatibility(version, direction, difference));
            }
        }
    }
}
