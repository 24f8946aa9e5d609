package dev.eventtestkit.contract;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.SchemaLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Compiles schemas with json-schema-validator so that every {@code $ref} resolves to a file under the contracts
 * root (by relative path or by a declared {@code $id}); anything else, the network included, is an error.
 */
final class SchemaCompiler {

    private final Path root;
    private final Map<String, Path> filesByUri = new HashMap<>();
    private final Map<String, String> uriById = new HashMap<>();
    private final Map<String, JsonNode> nodesByUri = new HashMap<>();
    private final Map<SpecificationVersion, MetaSchemaCheck> metaSchemas = new ConcurrentHashMap<>();
    private final SchemaRegistry registry;

    /** Thrown by the resource loader; carries the refused IRI up through the validator's exceptions. */
    private static final class RefusedReference extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RefusedReference(String iri) {
            super(iri, null, false, false);
        }
    }

    SchemaCompiler(Path root, List<Path> jsonFiles) {
        this.root = root;
        for (Path file : jsonFiles) {
            filesByUri.put(uri(file), file);
        }
        SchemaLoader loader = new SchemaLoader(List.of(this::resolveId), List.of(this::load));
        this.registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaLoader(loader));
    }

    /** Makes a parsed file available to {@link #resolverFor}, and by the {@code $id} it declares to {@code $ref}s. */
    void declare(Path file, JsonNode node) {
        nodesByUri.put(uri(file), node);
        JsonNode id = node.path("$id");
        if (id.isString()) {
            uriById.put(stripFragment(id.asString()), uri(file));
        }
    }

    /**
     * A resolver for {@link SchemaDiff} over the same files: absolute URIs by declared {@code $id} or file URI,
     * relative ones against the folder of the schemas being compared.
     */
    SchemaResolver resolverFor(Path folder) {
        java.net.URI base = folder.toAbsolutePath().normalize().toUri();
        return uri -> {
            String text = stripFragment(uri.toString());
            java.net.URI target = uri.isAbsolute() ? java.net.URI.create(uriById.getOrDefault(text, text)) : base.resolve(uri);
            // URI.resolve writes file:/x where Path.toUri writes file:///x: compare in Path.toUri's form
            return "file".equals(target.getScheme()) ? nodesByUri.get(uri(Path.of(target))) : null;
        };
    }

    /**
     * Checks a schema now (meta-schema, and that every {@code $ref} stays under the root) and compiles it on
     * first use.
     */
    LazySchema check(Path file, JsonNode node) {
        checkAgainstMetaSchema(file, node);
        new RefCheck(file, node).run();
        return new LazySchema(() -> compile(file, node));
    }

    private Schema compile(Path file, JsonNode node) {
        try {
            Schema schema = registry.getSchema(SchemaLocation.of(uri(file)), node);
            schema.initializeValidators();
            return schema;
        } catch (RuntimeException e) {
            throw explain(file, e);
        }
    }

    void checkAgainstMetaSchema(Path file, JsonNode node) {
        SpecificationVersion dialect = dialect(file, node);
        MetaSchemaCheck meta = metaSchemas.computeIfAbsent(
                dialect, d -> new MetaSchemaCheck(registry.getSchema(SchemaLocation.of(d.getDialectId()))));
        meta.firstError(node).ifPresent(error -> {
            throw new ContractException(file, "not a valid JSON Schema (" + dialect.getDialectId() + "): " + error);
        });
    }

    private static SpecificationVersion dialect(Path file, JsonNode node) {
        JsonNode declared = node.path("$schema");
        if (declared.isMissingNode()) {
            return SpecificationVersion.DRAFT_2020_12;
        }
        Optional<SpecificationVersion> known = SpecificationVersion.fromDialectId(declared.asString());
        if (known.isEmpty()) {
            throw new ContractException(file, "#/$schema: unknown dialect \"" + declared.asString()
                    + "\"; expected one of " + String.join(", ", java.util.Arrays.stream(SpecificationVersion.values())
                            .map(SpecificationVersion::getDialectId).toList()));
        }
        return known.get();
    }

    private ContractException explain(Path file, RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ContractException contract) {
                return contract;
            }
            if (cause instanceof RefusedReference refused) {
                return outsideRoot(file, "", refused.getMessage());
            }
        }
        String message = e instanceof SchemaException ? e.getMessage() : e.toString();
        return new ContractException(file, "not a valid JSON Schema: " + message);
    }

    private ContractException outsideRoot(Path file, String pointer, String target) {
        return new ContractException(file, (pointer.isEmpty() ? "$ref to " : pointer) + display(target) + " is outside the contracts root "
                + root + "; only files under the root are read, nothing is fetched from the network");
    }

    /** Resolves every {@code $ref} of one document the way the validator will, without compiling it. */
    private final class RefCheck {
        private final Path file;
        private final JsonNode node;
        private final URI base;
        private final Set<String> ownIds = new HashSet<>();

        RefCheck(Path file, JsonNode node) {
            this.file = file;
            this.node = node;
            JsonNode id = node.path("$id");
            URI fileUri = URI.create(uri(file));
            this.base = id.isString() && URI.create(id.asString()).isAbsolute() ? URI.create(id.asString()) : fileUri;
            ownIds.add(stripFragment(fileUri.toString()));
            ownIds.add(stripFragment(base.toString()));
            for (JsonNode nested : node.findValues("$id")) {
                if (nested.isString()) {
                    ownIds.add(stripFragment(base.resolve(nested.asString()).toString()));
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
            String document = stripFragment(target.toString());
            if (ownIds.contains(document) || uriById.containsKey(document)) {
                return;
            }
            if ("file".equals(target.getScheme())) {
                String normalized = uri(Path.of(URI.create(document)));
                if (filesByUri.containsKey(normalized)) {
                    return;
                }
                document = normalized;
            }
            throw outsideRoot(file, pointer + ": ", document);
        }
    }

    private @Nullable AbsoluteIri resolveId(AbsoluteIri id) {
        String mapped = uriById.get(stripFragment(id.toString()));
        return mapped == null ? null : AbsoluteIri.of(mapped);
    }

    private InputStreamSource load(AbsoluteIri iri) {
        Path file = filesByUri.get(stripFragment(iri.toString()));
        if (file == null) {
            throw new RefusedReference(iri.toString());
        }
        return () -> Files.newInputStream(file);
    }

    private String display(String iri) {
        for (Map.Entry<String, Path> known : filesByUri.entrySet()) {
            if (known.getKey().equals(iri)) {
                return known.getValue().toString();
            }
        }
        return iri;
    }

    private static String uri(Path file) {
        return file.toAbsolutePath().normalize().toUri().toString();
    }

    private static String stripFragment(String iri) {
        int hash = iri.indexOf('#');
        return hash < 0 ? iri : iri.substring(0, hash);
    }
}
