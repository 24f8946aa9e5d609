package dev.eventtestkit.contract;

import dev.eventtestkit.event.Json;
import dev.eventtestkit.internal.jackson.JacksonJson;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

/** Resolves {@code $ref}s: JSON pointers and anchors inside a document, other documents through a resolver. */
final class References {

    /** Where a reference leads: the node, its document and its pointer in that document. */
    record Target(DiffDocument document, JsonNode node, String pointer) {}

    private final SchemaResolver resolver;
    private final Map<URI, DiffDocument> documents = new HashMap<>();
    private final Map<JsonNode, Map<String, JsonNode>> anchorsByRoot = new IdentityHashMap<>();

    References(SchemaResolver resolver) {
        this.resolver = resolver;
    }

    DiffDocument rootDocument(JsonNode schema, String name) {
        return new DiffDocument(schema, idOf(schema), name);
    }

    Target resolve(DiffDocument from, String ref, String pointer) {
        int hash = ref.indexOf('#');
        String location = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? "" : Pointers.percentDecoded(ref.substring(hash + 1));
        DiffDocument document = location.isEmpty() ? from : document(from, location, ref, pointer);
        if (fragment.isEmpty()) {
            return new Target(document, document.root(), "#");
        }
        JsonNode node = fragment.startsWith("/") ? document.root().at(fragment) : anchors(document).get(fragment);
        if (node == null || node.isMissingNode()) {
            throw unresolvable(from, ref, pointer, "nothing at #" + fragment + " in " + document.name());
        }
        return new Target(document, node, "#" + fragment);
    }

    private DiffDocument document(DiffDocument from, String location, String ref, String pointer) {
        URI uri;
        try {
            URI written = new URI(location);
            uri = from.base() == null ? written : from.base().resolve(written);
        } catch (URISyntaxException e) {
            throw unresolvable(from, ref, pointer, "not a URI");
        }
        if (uri.equals(from.base())) {
            return from;
        }
        DiffDocument known = documents.get(uri);
        if (known != null) {
            return known;
        }
        Json document = resolver.resolve(uri);
        if (document == null) {
            throw unresolvable(from, ref, pointer, "the resolver has no schema document " + uri);
        }
        JsonNode root = JacksonJson.node(document);
        URI id = idOf(root);
        DiffDocument loaded = new DiffDocument(root, id != null && id.isAbsolute() ? id : uri, uri.toString());
        documents.put(uri, loaded);
        return loaded;
    }

    private Map<String, JsonNode> anchors(DiffDocument document) {
        return anchorsByRoot.computeIfAbsent(document.root(), root -> {
            Map<String, JsonNode> found = new HashMap<>();
            collectAnchors(root, found);
            return found;
        });
    }

    private static void collectAnchors(JsonNode node, Map<String, JsonNode> found) {
        if (node.isObject()) {
            JsonNode anchor = node.get("$anchor");
            if (anchor != null && anchor.isString()) {
                found.putIfAbsent(anchor.stringValue(), node);
            }
            String id = idText(node);
            if (id != null && id.startsWith("#")) {
                found.putIfAbsent(id.substring(1), node);
            }
        }
        if (node.isContainer()) {
            for (JsonNode child : node.values()) {
                collectAnchors(child, found);
            }
        }
    }

    private static @Nullable URI idOf(JsonNode schema) {
        String id = idText(schema);
        if (id == null) {
            return null;
        }
        try {
            URI uri = new URI(id);
            URI withoutFragment = new URI(uri.getScheme(), uri.getSchemeSpecificPart(), null);
            return withoutFragment.toString().isEmpty() ? null : withoutFragment;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static @Nullable String idText(JsonNode schema) {
        JsonNode id = schema.isObject() ? schema.get(schema.has("$id") ? "$id" : "id") : null;
        return id != null && id.isString() ? id.stringValue() : null;
    }

    private static ContractException unresolvable(DiffDocument from, String ref, String pointer,
            String why) {
        return new ContractException(
                pointer + " of " + from.name() + ": cannot resolve $ref \"" + ref + "\": " + why);
    }
}
