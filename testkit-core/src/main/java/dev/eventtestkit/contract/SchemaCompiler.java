package dev.eventtestkit.contract;

import dev.eventtestkit.internal.jackson.JacksonJson;
import dev.eventtestkit.internal.shaded.com.networknt.schema.AbsoluteIri;
import dev.eventtestkit.internal.shaded.com.networknt.schema.Error;
import dev.eventtestkit.internal.shaded.com.networknt.schema.Schema;
import dev.eventtestkit.internal.shaded.com.networknt.schema.SchemaException;
import dev.eventtestkit.internal.shaded.com.networknt.schema.SchemaLocation;
import dev.eventtestkit.internal.shaded.com.networknt.schema.SchemaRegistry;
import dev.eventtestkit.internal.shaded.com.networknt.schema.SpecificationVersion;
import dev.eventtestkit.internal.shaded.com.networknt.schema.resource.InputStreamSource;
import dev.eventtestkit.internal.shaded.com.networknt.schema.resource.SchemaLoader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

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
    private final Set<String> referencesChecked = ConcurrentHashMap.newKeySet();
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
        SchemaLoader loader = new BundledSchemaLoader(List.of(this::resolveId), List.of(this::load));
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
        URI base = folder.toAbsolutePath().normalize().toUri();
        return uri -> {
            String text = stripFragment(uri.toString());
            URI target = uri.isAbsolute() ? URI.create(uriById.getOrDefault(text, text)) : base.resolve(uri);
            // URI.resolve writes file:/x where Path.toUri writes file:///x: compare in Path.toUri's form
            JsonNode node = "file".equals(target.getScheme()) ? nodesByUri.get(uri(Path.of(target))) : null;
            return node == null ? null : JacksonJson.wrap(node);
        };
    }

    /**
     * Checks a schema now (meta-schema, and that every {@code $ref} stays under the root) and compiles it on
     * first use.
     */
    LazySchema check(Path file, JsonNode node) {
        checkAgainstMetaSchema(file, node);
        checkReferences(uri(file));
        return new LazySchema(file, () -> compile(file, node), e -> explain(file, e));
    }

    /** Checks the references of a file and of every file under the root they reach, each file once. */
    private void checkReferences(String fileUri) {
        Deque<String> todo = new ArrayDeque<>();
        todo.push(fileUri);
        while (!todo.isEmpty()) {
            String next = todo.pop();
            JsonNode node = nodesByUri.get(next);
            if (node != null && referencesChecked.add(next)) {
                new DocumentCheck(this, filesByUri.get(next), node).run(todo::push);
            }
        }
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
        Optional<String> error;
        try {
            error = DeepStack.call(() -> meta.firstError(node));
        } catch (BoundedValidator.Stopped stopped) {
            throw new ContractException(file, "checking it against its meta-schema (" + dialect.getDialectId() + "): "
                    + stopped.getMessage());
        }
        error.ifPresent(problem -> {
            throw new ContractException(file, "not a valid JSON Schema (" + dialect.getDialectId() + "): " + problem);
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

    ContractException outsideRoot(Path file, String pointer, String target) {
        String where = pointer.isEmpty() ? "$ref to " : pointer;
        Path underRoot = underRoot(target);
        if (underRoot != null) { // inside the root, but not one of its schema files
            return new ContractException(file, where + underRoot + (Files.exists(underRoot)
                    ? ": not a schema file of the contracts root; expected a *.json file" : ": no such file; expected a JSON file there"));
        }
        return new ContractException(file, where + display(target) + " is outside the contracts root "
                + root + "; only files under the root are read, nothing is fetched from the network");
    }

    /** @return the path under the root a {@code file:} reference names, as the root is written; null when outside */
    private @Nullable Path underRoot(String target) {
        if (!target.startsWith("file:")) {
            return null;
        }
        try {
            Path path = Path.of(URI.create(stripFragment(target))).normalize();
            Path base = root.toAbsolutePath().normalize();
            return path.startsWith(base) ? root.resolve(base.relativize(path).toString()) : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    /** @return the file URI of a document under the root, named by its file URI or its declared {@code $id}; else null */
    @Nullable String fileUriOf(String location) {
        String mapped = uriById.get(location);
        if (mapped != null) {
            return mapped;
        }
        String normalized = normalized(location);
        return filesByUri.containsKey(normalized) ? normalized : null;
    }

    /** @return the parsed document of a file under the root, by file URI; null when not declared */
    @Nullable JsonNode nodeOf(String fileUri) {
        return nodesByUri.get(fileUri);
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

    String display(String iri) {
        for (Map.Entry<String, Path> known : filesByUri.entrySet()) {
            if (known.getKey().equals(iri)) {
                return known.getValue().toString();
            }
        }
        return iri;
    }

    static String uri(Path file) {
        return file.toAbsolutePath().normalize().toUri().toString();
    }

    /** @return a {@code file:} URI in {@link #uri(Path)}'s form ({@code file:///x}, as {@code URI.resolve} writes {@code file:/x}) */
    static String normalized(String location) {
        if (!location.startsWith("file:")) {
            return location;
        }
        try {
            return uri(Path.of(URI.create(location)));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return location;
        }
    }

    static String stripFragment(String iri) {
        int hash = iri.indexOf('#');
        return hash < 0 ? iri : iri.substring(0, hash);
    }
}
