package dev.eventtestkit.contract;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

/**
 * Checks what the meta-schema cannot, in one document, so that the load fails with the pointer of the problem:
 * every reference ({@code $ref}, {@code $dynamicRef}, {@code $recursiveRef}) is resolved the way the validator will,
 * without compiling it, and must neither leave the contracts root nor point to nothing; every {@code pattern} and
 * {@code patternProperties} name must be a regular expression. Walks schema positions only (not the data of
 * {@code enum}, {@code const}, {@code default}, {@code examples}), with an explicit stack, tracking the base URI
 * that nested {@code $id}s set. Other files a reference reaches are handed back to the compiler to be checked
 * in turn.
 */
final class DocumentCheck {

    static final Set<String> REFERENCES = Set.of("$ref", "$dynamicRef", "$recursiveRef");

    /** Keywords whose value is one subschema. */
    private static final Set<String> ONE = Set.of("additionalProperties", "additionalItems", "contains", "propertyNames",
            "not", "if", "then", "else", "unevaluatedItems", "unevaluatedProperties", "contentSchema", "items");
    /** Keywords whose value is an array of subschemas ({@code items} may be either). */
    private static final Set<String> ARRAY = Set.of("allOf", "anyOf", "oneOf", "prefixItems", "items");
    /** Keywords whose value maps names to subschemas ({@code dependencies} values may also be name lists). */
    private static final Set<String> MAP = Set.of("properties", "patternProperties", "$defs", "definitions",
            "dependentSchemas", "dependencies");

    private final SchemaCompiler compiler;
    private final Path file;
    private final JsonNode document;
    private final URI fileUri;
    private final String idKeyword;
    /** The resources of this document: its own URI, its {@code $id} and every nested {@code $id}, each with its root. */
    private final Map<String, JsonNode> resources = new HashMap<>();

    private record Place(JsonNode schema, String pointer, URI base) {}

    DocumentCheck(SchemaCompiler compiler, Path file, JsonNode document) {
        this.compiler = compiler;
        this.file = file;
        this.document = document;
        this.fileUri = URI.create(SchemaCompiler.uri(file));
        this.idKeyword = document.path("$schema").asString("").contains("draft-04") ? "id" : "$id";
        resources.put(SchemaCompiler.stripFragment(fileUri.toString()), document);
    }

    /** Checks the document; other files under the root that it references are passed to {@code reached}. */
    void run(java.util.function.Consumer<String> reached) {
        Deque<Place> todo = new ArrayDeque<>();
        todo.push(new Place(document, "#", fileUri));
        Deque<Place> schemas = new ArrayDeque<>();
        // first pass: every schema and the base it is read against, and the resources nested $ids declare
        while (!todo.isEmpty()) {
            Place place = todo.pop();
            if (!place.schema().isObject()) {
                continue;
            }
            URI base = rebase(place);
            schemas.add(new Place(place.schema(), place.pointer(), base));
            for (Map.Entry<String, JsonNode> keyword : place.schema().properties()) {
                subschemas(keyword.getKey(), keyword.getValue(), place.pointer() + "/" + escape(keyword.getKey()), base, todo);
            }
        }
        for (Place place : schemas) {
            checkPatterns(place);
            for (String keyword : REFERENCES) {
                JsonNode ref = place.schema().get(keyword);
                if (ref != null && ref.isString()) {
                    String other = check(ref.asString(), place.pointer() + "/" + escape(keyword), place.base());
                    if (other != null) {
                        reached.accept(other);
                    }
                }
            }
        }
    }

    private void checkPatterns(Place place) {
        JsonNode pattern = place.schema().get("pattern");
        if (pattern != null && pattern.isString()) {
            checkPattern(pattern.asString(), place.pointer() + "/pattern");
        }
        JsonNode patternProperties = place.schema().get("patternProperties");
        if (patternProperties != null && patternProperties.isObject()) {
            for (String name : patternProperties.propertyNames()) {
                checkPattern(name, place.pointer() + "/patternProperties/" + escape(name));
            }
        }
    }

    private void checkPattern(String regex, String pointer) {
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new ContractException(file, pointer + ": not a regular expression: " + e.getDescription()
                    + " near index " + e.getIndex() + " of \"" + regex + "\"");
        }
    }

    private URI rebase(Place place) {
        JsonNode id = place.schema().get(idKeyword);
        if (id == null || !id.isString() || id.asString().startsWith("#")) {
            return place.base();
        }
        try {
            URI base = place.base().resolve(new URI(id.asString()));
            resources.putIfAbsent(SchemaCompiler.normalized(SchemaCompiler.stripFragment(base.toString())), place.schema());
            return base;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new ContractException(file, place.pointer() + "/" + idKeyword + ": not a URI: \"" + id.asString() + "\"");
        }
    }

    private static void subschemas(String keyword, JsonNode value, String pointer, URI base, Deque<Place> todo) {
        if (ONE.contains(keyword) && value.isObject()) {
            todo.push(new Place(value, pointer, base));
        }
        if (ARRAY.contains(keyword) && value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                todo.push(new Place(value.get(i), pointer + "/" + i, base));
            }
        }
        if (MAP.contains(keyword) && value.isObject()) {
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                todo.push(new Place(entry.getValue(), pointer + "/" + escape(entry.getKey()), base));
            }
        }
    }

    /** @return the URI of another file under the root the reference leads to; null when it stays in this file */
    private @Nullable String check(String ref, String pointer, URI base) {
        URI target;
        try {
            target = base.resolve(new URI(ref));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new ContractException(file, pointer + ": not a URI: \"" + ref + "\"");
        }
        String location = SchemaCompiler.normalized(SchemaCompiler.stripFragment(target.toString()));
        String fragment = target.getRawFragment();
        JsonNode own = resources.get(location);
        if (own != null) {
            checkFragment(pointer, own, fragment, location);
            return null;
        }
        String fileUri = compiler.fileUriOf(location);
        if (fileUri == null) {
            throw compiler.outsideRoot(file, pointer + ": ", location);
        }
        JsonNode other = compiler.nodeOf(fileUri);
        if (other != null) {
            checkFragment(pointer, other, fragment, location);
        }
        return fileUri;
    }

    private void checkFragment(String pointer, JsonNode resource, @Nullable String rawFragment, String location) {
        String where = location.equals(SchemaCompiler.stripFragment(fileUri.toString())) ? "this file"
                : compiler.display(location);
        if (rawFragment == null || rawFragment.isEmpty()) {
            requireSchema(pointer, resource, where);
            return;
        }
        String fragment = Pointers.percentDecoded(rawFragment);
        boolean found = fragment.startsWith("/") ? !resource.at(fragment).isMissingNode() : hasAnchor(resource, fragment);
        if (!found) {
            throw new ContractException(file, pointer + ": nothing at #" + fragment + " in " + where
                    + "; expected a subschema there" + (fragment.startsWith("/") ? "" : " (an $anchor of that name)"));
        }
        if (fragment.startsWith("/")) {
            requireSchema(pointer, resource.at(fragment), "#" + fragment + " in " + where);
        }
    }

    /** A reference must lead to a schema: an object or a boolean, never a number, a string, an array or null. */
    private void requireSchema(String pointer, JsonNode target, String where) {
        if (!target.isObject() && !target.isBoolean()) {
            String text = target.toString();
            String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
            String kind = target.isArray() ? "an array " : target.isNumber() ? "the number " : target.isString() ? "the string " : "";
            throw new ContractException(file, pointer + ": " + where + " is " + kind + shown
                    + ", not a schema; expected an object or a boolean there");
        }
    }

    private boolean hasAnchor(JsonNode resource, String name) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(resource);
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            if (node.isObject()) {
                for (String keyword : new String[] {"$anchor", "$dynamicAnchor"}) {
                    if (name.equals(node.path(keyword).asString(null))) {
                        return true;
                    }
                }
                if (("#" + name).equals(node.path(idKeyword).asString(null))) {
                    return true; // draft-06/07 anchors: "$id": "#name"
                }
            }
            for (Iterator<JsonNode> children = node.values().iterator(); children.hasNext(); ) {
                todo.push(children.next());
            }
        }
        return false;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
