package dev.eventtestkit.contract;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Resolves every {@code $ref} of one document the way the validator will, without compiling it, so a reference
 * that leaves the contracts root fails the load with the pointer of the {@code $ref}.
 */
final class RefCheck {
    private final SchemaCompiler compiler;
    private final Path file;
    private final JsonNode node;
    private final URI base;
    private final Set<String> ownIds = new HashSet<>();

    RefCheck(SchemaCompiler compiler, Path file, JsonNode node) {
        this.compiler = compiler;
        this.file = file;
        this.node = node;
        JsonNode id = node.path("$id");
        URI fileUri = URI.create(SchemaCompiler.uri(file));
        this.base = id.isString() && URI.create(id.asString()).isAbsolute() ? URI.create(id.asString()) : fileUri;
        ownIds.add(SchemaCompiler.stripFragment(fileUri.toString()));
        ownIds.add(SchemaCompiler.stripFragment(base.toString()));
        for (JsonNode nested : node.findValues("$id")) {
            if (nested.isString()) {
                ownIds.add(SchemaCompiler.stripFragment(base.resolve(nested.asString()).toString()));
            }
        }
    }

    void run() {
        walk(node, "#");
    }

    private void walk(JsonNode at, String pointer) {
        if (at.isObject()) {
            JsonNode ref = at.path("$ref");
            if (ref.isString()) {
                check(ref.asString(), pointer + "/$ref");
            }
            for (Map.Entry<String, JsonNode> child : at.properties()) {
                walk(child.getValue(), pointer + "/" + child.getKey().replace("~", "~0").replace("/", "~1"));
            }
        } else if (at.isArray()) {
            for (int i = 0; i < at.size(); i++) {
                walk(at.get(i), pointer + "/" + i);
            }
        }
    }

    private void check(String ref, String pointer) {
        URI target;
        try {
            target = base.resolve(new URI(ref));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new ContractException(file, pointer + ": not a URI: \"" + ref + "\"");
        }
        String document = SchemaCompiler.stripFragment(target.toString());
        if (ownIds.contains(document) || compiler.knowsId(document)) {
            return;
        }
        if ("file".equals(target.getScheme())) {
            String normalized = SchemaCompiler.uri(Path.of(URI.create(document)));
            if (compiler.knowsFile(normalized)) {
                return;
            }
            document = normalized;
        }
        throw compiler.outsideRoot(file, pointer + ": ", document);
    }
}
