package dev.eventtestkit.contract;

import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Finds the schema documents that a {@code $ref} points to outside the schema being compared.
 *
 * <p>{@link SchemaDiff} follows references inside a document ({@code #/definitions/Money},
 * {@code #/$defs/Money}, {@code #Money} anchors) on its own. For a reference to another document
 * ({@code "money.json#/$defs/Amount"}) it asks the resolver for the document, then applies the fragment
 * itself. The URI handed over has no fragment; it is absolute when the referring document has an absolute
 * {@code $id} (resolved against it), otherwise it is the reference as written (for example
 * {@code money.json}), so a resolver can look it up relative to the referring file's folder.
 *
 * <pre>{@code
 * SchemaResolver siblings = uri -> documents.get(uri.toString());
 * List<Difference> d = SchemaDiff.compare(v1, v2, siblings);
 * }</pre>
 *
 * <p>Resolvers are called at most once per URI and comparison; they should return an already parsed node.
 */
@FunctionalInterface
public interface SchemaResolver {

    /**
     * Returns the schema document that {@code uri} names.
     *
     * @param uri the document's URI, without fragment
     * @return the parsed document, or null when the resolver does not know it (the comparison then fails
     *     with an {@link IllegalArgumentException} naming the reference and where it occurs)
     */
    @Nullable JsonNode resolve(URI uri);

    /**
     * A resolver that knows no documents: references to other documents fail.
     *
     * @return the empty resolver
     */
    static SchemaResolver none() {
        return uri -> null;
    }

    /**
     * A resolver over documents known up front, keyed by the URI a {@code $ref} names them with.
     *
     * <pre>{@code SchemaResolver.of(Map.of(URI.create("money.json"), moneySchema))}</pre>
     *
     * @param documents the documents by URI (without fragment); copied
     * @return a resolver answering from {@code documents}
     */
    static SchemaResolver of(Map<URI, JsonNode> documents) {
        Map<URI, JsonNode> copy = Map.copyOf(documents);
        return copy::get;
    }
}
