package dev.eventtestkit.contract;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.SchemaLoader;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Validation of payloads against a schema held in memory (not a file of a contracts root), for witness
 * payloads of {@link Compatibility#check}: references to other documents are read through the same
 * {@link SchemaResolver} the comparison uses, nothing is fetched.
 */
final class PayloadCheck implements WitnessSearch.Validator {
    /** Where an in-memory schema without {@code $id} is placed, so that relative references have a base. */
    private static final String BASE = "file:///eventtestkit-in-memory/";

    private final JsonNode schemaNode;
    private final SchemaResolver resolver;
    private volatile @Nullable Schema compiled;

    PayloadCheck(JsonNode schemaNode, SchemaResolver resolver) {
        this.schemaNode = schemaNode;
        this.resolver = resolver;
    }

    /** Compiles on first use. */
    @Override
    public List<String> errors(JsonNode payload) {
        Schema schema = compiled;
        if (schema == null) {
            schema = compile();
            compiled = schema;
        }
        return of(schema, payload);
    }

    /** @return true when the payload is valid */
    boolean test(JsonNode payload) {
        return errors(payload).isEmpty();
    }

    /** @return the pointers of a compiled schema's errors for a payload */
    static List<String> of(Schema schema, JsonNode payload) {
        return schema.validate(payload).stream().map(Pointers::of).toList();
    }

    private Schema compile() {
        SchemaLoader loader = new SchemaLoader(List.of(), List.of(this::load));
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaLoader(loader));
        Schema schema = registry.getSchema(SchemaLocation.of(BASE + "schema.json"), schemaNode);
        schema.initializeValidators();
        return schema;
    }

    private InputStreamSource load(AbsoluteIri iri) {
        String text = SchemaCompiler.stripFragment(iri.toString());
        URI uri = URI.create(text.startsWith(BASE) ? text.substring(BASE.length()) : text);
        JsonNode document = resolver.resolve(uri);
        if (document == null) {
            return () -> {
                throw new FileNotFoundException(text);
            };
        }
        byte[] bytes = document.toString().getBytes(StandardCharsets.UTF_8);
        return () -> new ByteArrayInputStream(bytes);
    }
}
