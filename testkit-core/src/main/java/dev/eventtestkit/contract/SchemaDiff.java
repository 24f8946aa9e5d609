package dev.eventtestkit.contract;

import dev.eventtestkit.event.Json;
import dev.eventtestkit.internal.jackson.JacksonJson;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Typed differences between two JSON Schemas, with the names and rules schema registries use.
 *
 * <pre>{@code
 * List<Difference> d = SchemaDiff.compare(v1, v2);
 * d.get(0).type();   // e.g. DifferenceType.TYPE_CHANGED
 * d.get(0).path();   // "#/properties/amount"
 * }</pre>
 *
 * <p>Both schemas are walked together; each difference sits at a JSON-pointer-like path in the original's
 * terms ({@code #/} for the root, {@code #/properties/amount}, {@code #/items/0}, {@code #/oneOf/1},
 * {@code #/minLength} for a changed keyword). References are followed where they point (paths stay where
 * the reference was written), recursive schemas are compared once per pair of subschemas, and subschemas of
 * {@code oneOf}/{@code anyOf}/{@code allOf} are matched pair by pair. Which subschemas match is decided by
 * the verdicts of {@link CompatibilityPolicy#STRICT}; {@link Compatibility#check} uses its own policy.
 * The rules are in {@code docs/compatibility.md}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class SchemaDiff {
    private SchemaDiff() {}

    /**
     * Compares two self-contained schemas.
     *
     * @param original the schema data was written with (an earlier version)
     * @param update the schema that reads it (the candidate)
     * @return every difference found, compatible or not, in walk order; empty when equivalent
     * @throws ContractException when a schema is not a schema (not an object or boolean), names an unknown type,
     *     has a {@code $ref} that cannot be resolved, or nests deeper than the limit (10,000 levels, counted
     *     through {@code $ref}s); the message names the JSON pointer. Nothing else is ever thrown: recursive
     *     schemas are compared once per pair of subschemas
     */
    public static List<Difference> compare(Json original, Json update) {
        return compare(original, update, SchemaResolver.none());
    }

    /**
     * Compares two schemas whose {@code $ref}s may point to other documents.
     *
     * @param original the schema data was written with (an earlier version)
     * @param update the schema that reads it (the candidate)
     * @param resolver finds the documents that references name outside the two schemas
     * @return every difference found, compatible or not, in walk order; empty when equivalent
     * @throws ContractException as {@link #compare(Json, Json)}, also when the resolver does
     *     not know a referenced document
     */
    public static List<Difference> compare(Json original, Json update, SchemaResolver resolver) {
        return compare(original, update, resolver, CompatibilityPolicy.STRICT);
    }

    /** Compares letting {@code policy} decide which subschemas of two combinations match. */
    static List<Difference> compare(Json original, Json update, SchemaResolver resolver,
            CompatibilityPolicy policy) {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(update, "update");
        Objects.requireNonNull(resolver, "resolver");
        return DeepStack.call(() -> {
            ShapeLoader loader = new ShapeLoader(resolver);
            return compare(loader.root(JacksonJson.node(original), "the original schema"),
                    loader.root(JacksonJson.node(update), "the updated schema"), policy);
        });
    }

    /** Compares loaded schemas; a loader shared by several comparisons reads each schema once. */
    static List<Difference> compare(DiffShape original, DiffShape update, CompatibilityPolicy policy) {
        DiffContext ctx = DiffContext.root(policy);
        ctx.compare(original, update);
        return List.copyOf(ctx.differences());
    }
}
