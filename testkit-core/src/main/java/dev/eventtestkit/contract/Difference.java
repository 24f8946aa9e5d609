package dev.eventtestkit.contract;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.event.Json;
import dev.eventtestkit.internal.jackson.JacksonJson;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

/**
 * One typed difference between two schemas.
 *
 * <p>An incompatible difference found by {@link Compatibility#check} may carry a <em>witness</em>: a payload
 * that the schema whose data is read accepts and the reading schema rejects, checked against both before it is
 * attached. The witness is not part of a difference's identity: two differences with the same type, path and
 * values are equal whatever their witnesses.
 *
 * @param type the kind of difference, e.g. {@link DifferenceType#TYPE_CHANGED}
 * @param path a JSON-pointer-like path in the original schema's terms: {@code #/} for the root,
 *     {@code #/properties/amount}, {@code #/items/0}, {@code #/minLength} for a changed keyword
 * @param original the value in the original schema, rendered as text; null when absent
 * @param updated the value in the updated schema, rendered as text; null when absent
 * @param witness a checked payload showing the difference breaks compatibility; empty when none was sought
 *     or none was found
 */
@API(status = API.Status.STABLE)
public record Difference(DifferenceType type, String path, @Nullable String original, @Nullable String updated,
        Optional<Json> witness) {

    public Difference {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(witness, "witness");
    }

    /**
     * A difference without a witness.
     *
     * @param type the kind of difference
     * @param path where, in the original schema's terms
     * @param original the value in the original schema; null when absent
     * @param updated the value in the updated schema; null when absent
     */
    public Difference(DifferenceType type, String path, @Nullable String original, @Nullable String updated) {
        this(type, path, original, updated, Optional.empty());
    }

    /**
     * A payload that shows this difference breaking compatibility: accepted by the schema whose data is read
     * (the earlier version for BACKWARD, the candidate for FORWARD) and rejected by the other.
     *
     * @return the witness; empty when none was found or the difference is compatible
     */
    @Override
    public Optional<Json> witness() {
        return witness;
    }

    /**
     * @param payload a payload already checked against both schemas
     * @return a copy of this difference carrying {@code payload} as its witness
     */
    Difference withWitness(JsonNode payload) {
        return new Difference(type, path, original, updated, Optional.of(JacksonJson.wrap(payload)));
    }

    /**
     * The witness for a report line: {@code witness: {"amount":0} (v1 accepts it, v2 rejects it)}; for Avro's types,
     * whose witnesses are read rather than validated, {@code witness: {"amount":0} (v1 writes it, v2 cannot read it)}.
     *
     * @param acceptedBy what names the schema that accepts (writes) the witness, e.g. {@code v1} or a file
     * @param rejectedBy what names the schema that rejects (cannot read) it
     * @return that text; the empty string when there is no witness
     */
    @API(status = API.Status.EXPERIMENTAL)
    public String witnessText(String acceptedBy, String rejectedBy) {
        return witness.map(w -> "witness: " + w + (type.isAvro()
                        ? " (" + acceptedBy + " writes it, " + rejectedBy + " cannot read it)"
                        : " (" + acceptedBy + " accepts it, " + rejectedBy + " rejects it)"))
                .orElse("");
    }

    /** @return {@code old -> new}, with {@code (none)} standing for an absent side */
    public String change() {
        return (original == null ? "(none)" : original) + " -> " + (updated == null ? "(none)" : updated);
    }

    /** Equal when type, path and both values are: the witness does not count. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Difference that && type == that.type && path.equals(that.path)
                && Objects.equals(original, that.original) && Objects.equals(updated, that.updated);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, path, original, updated);
    }

    @Override
    public String toString() {
        return path + ": " + type + ": " + change();
    }
}
