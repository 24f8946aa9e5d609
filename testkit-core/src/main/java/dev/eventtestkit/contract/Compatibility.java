package dev.eventtestkit.contract;

import dev.eventtestkit.event.Json;
import dev.eventtestkit.internal.jackson.JacksonJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

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
 *
 * <p>Each incompatible difference carries a {@linkplain Difference#witness() witness} when one is found: a
 * payload the writing schema accepts and the reading one rejects (BACKWARD: accepted by the earlier version,
 * rejected by the candidate; FORWARD: the reverse), validated against both before it is attached.
 */
@API(status = API.Status.STABLE, since = "0.1")
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
     * @throws ContractException as {@link SchemaDiff#compare(Json, Json)}
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
     * @throws ContractException as {@link SchemaDiff#compare(Json, Json, SchemaResolver)}
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
        Objects.requireNonNull(candidate, "candidate");
        return checkNodes(level, policy, history, candidate, resolver,
                index -> new PayloadCheck(index == history.size() ? candidate : history.get(index), resolver));
    }

    /**
     * Checks with validators the caller already holds (a contracts root compiles each version once).
     *
     * @param acceptors validation against version {@code index + 1} of the history, or against the candidate for
     *     {@code index == history.size()}; asked for only when an incompatible difference needs a witness
     */
    static CompatibilityResult checkNodes(CompatibilityLevel level, CompatibilityPolicy policy, List<JsonNode> history,
            JsonNode candidate, SchemaResolver resolver, IntFunction<WitnessSearch.Validator> acceptors) {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(resolver, "resolver");
        if (level == CompatibilityLevel.NONE || history.isEmpty()) {
            return new CompatibilityResult(level, policy, List.of());
        }
        return DeepStack.call(() -> checkDeep(level, policy, history, candidate, resolver, acceptors));
    }

    private static CompatibilityResult checkDeep(CompatibilityLevel level, CompatibilityPolicy policy,
            List<JsonNode> history, JsonNode candidate, SchemaResolver resolver,
            IntFunction<WitnessSearch.Validator> acceptors) {
        List<Incompatibility> found = new ArrayList<>();
        // One loader for the whole check: the candidate is read once however many versions it meets.
        ShapeLoader loader = new ShapeLoader(resolver);
        DiffShape next = loader.root(candidate, "the candidate");
        Witnesses witnesses = new Witnesses(acceptors, history.size());
        int first = level.isTransitive() ? 0 : history.size() - 1;
        for (int index = first; index < history.size(); index++) {
            int version = index + 1;
            DiffShape earlier = loader.root(history.get(index), "version " + version);
            if (level.checksBackward()) {
                for (Difference d : incompatible(SchemaDiff.compare(earlier, next, policy), policy)) {
                    found.add(new Incompatibility(version, Direction.BACKWARD,
                            witnesses.attach(Direction.BACKWARD, d, earlier, index, next, history.size())));
                }
            }
            if (level.checksForward()) {
                for (Difference d : incompatible(SchemaDiff.compare(next, earlier, policy), policy)) {
                    found.add(new Incompatibility(version, Direction.FORWARD,
                            witnesses.attach(Direction.FORWARD, d, next, history.size(), earlier, index)));
                }
            }
        }
        return new CompatibilityResult(level, policy, found);
    }

    private static List<Difference> incompatible(List<Difference> differences, CompatibilityPolicy policy) {
        return differences.stream().filter(d -> !d.type().isBackwardCompatible(policy)).toList();
    }

    /** Finds and attaches witnesses, compiling each schema's validator at most once. */
    private static final class Witnesses {
        private final IntFunction<WitnessSearch.Validator> acceptors;
        private final List<WitnessSearch.@Nullable Validator> compiled;
        private final java.util.Map<Key, JsonNode> found = new java.util.HashMap<>();

        Witnesses(IntFunction<WitnessSearch.Validator> acceptors, int historySize) {
            this.acceptors = acceptors;
            this.compiled = new ArrayList<>(java.util.Collections.nCopies(historySize + 1, null));
        }

        Difference attach(Direction direction, Difference difference, DiffShape writer, int writerIndex,
                DiffShape reader, int readerIndex) {
            try {
                WitnessSearch.Validator writerCheck = acceptor(writerIndex);
                WitnessSearch.Validator readerCheck = acceptor(readerIndex);
                // the same change against another earlier version: its witness, checked again, usually still holds
                JsonNode earlier = found.get(new Key(direction, difference));
                if (earlier != null && writerCheck.errors(earlier).isEmpty() && !readerCheck.errors(earlier).isEmpty()) {
                    return difference.withWitness(earlier);
                }
                return WitnessSearch.find(writer, reader, difference, writerCheck, readerCheck)
                        .map(witness -> {
                            found.put(new Key(direction, difference), witness);
                            return difference.withWitness(witness);
                        })
                        .orElse(difference);
            } catch (RuntimeException e) {
                // a schema the validator cannot compile or run: the difference stands, without a witness
                return difference;
            }
        }

        /** A difference in one direction: equal for every earlier version it breaks the same way. */
        private record Key(Direction direction, Difference difference) {}

        private WitnessSearch.Validator acceptor(int index) {
            WitnessSearch.Validator acceptor = compiled.get(index);
            if (acceptor == null) {
                acceptor = acceptors.apply(index);
                compiled.set(index, acceptor);
            }
            return acceptor;
        }
    }
}
