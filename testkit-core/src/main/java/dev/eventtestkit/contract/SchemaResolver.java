package dev.eventtestkit.contract;

import dev.eventtestkit.event.Json;
import java.net.URI;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Finds the schema documents that a {@code $ref} points to outside the schema being compared.
 *
 * <p>{@link SchemaDiff} follows references inside a document ({@code #/definitions/Money},
 * {@code #/$defs/Money}, {@code #Money} anchors) on its own. For a reference to another document
 * ({@code "money.json#/$defs/Amount"}) it asks the resolver for the document, then applies the fragment
 * itself. The URI handed over has no fragment. It is resolved against the referring document: against its
 * {@code $id} when that is absolute, else against the URI the document was itself resolved by, else (for
 * the compared schemas without {@code $id}) it stays as written. So a resolver sees every reference
 * relative to the folder of the schemas being compared: {@code money.json}, then {@code common/currency.json}
 * when {@code common/money.json} refers to {@code currency.json}.
 *
 * <pre>{@code
 * SchemaResolver siblings = uri -> documents.get(uri.toString());
 * List<Difference> d = SchemaDiff.compare(v1, v2, siblings);
 * }</pre>
 *
 * <p>Resolvers are called at most once per URI and comparison; they should return an already parsed node.
 */
@FunctionalInterface
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface SchemaResolver {

    /**
     * Returns the schema document that {@code uri} names.
     *
     * @param uri the document's URI, without fragment
     * @return the parsed document, or null when the resolver does not know it (the comparison then fails
     *     with a {@link ContractException} naming the reference and where it occurs)
     */
    @Nullable Json resolve(URI uri);

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
    static SchemaResolver of(Map<URI, Json> documents) {
        Map<URI, Json> copy = Map.copyOf(documents);
        return copy::get;
    }
}
