package dev.eventtestkit.contract;

import dev.eventtestkit.internal.shaded.com.networknt.schema.AbsoluteIri;
import dev.eventtestkit.internal.shaded.com.networknt.schema.Schema;
import dev.eventtestkit.internal.shaded.com.networknt.schema.SchemaLocation;
import dev.eventtestkit.internal.shaded.com.networknt.schema.SchemaRegistry;
import dev.eventtestkit.internal.shaded.com.networknt.schema.SpecificationVersion;
import dev.eventtestkit.internal.shaded.com.networknt.schema.resource.InputStreamSource;
import dev.eventtestkit.internal.shaded.com.networknt.schema.resource.SchemaLoader;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.event.Json;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

/**
 * Validation of payloads against a schema held in memory (not a file of a contracts root), for witness
 * payloads of {@link Compatibility#check}: references to other documents are read through the same
 * {@link SchemaResolver} the comparison uses, nothing is fetched.
 */
final class PayloadCheck implements WitnessSearch.Validator {
    /**
     * Where an in-memory schema without {@code $id} is placed, so that relative references have a base: deep
     * enough that {@code ../} references stay inside it, and are handed to the resolver relative, as written.
     */
    private static final String ROOT = "file:///eventtestkit-in-memory/";
    private static final int DEPTH = 8;
    private static final String BASE = ROOT + "0/1/2/3/4/5/6/7/";

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
            try {
                schema = DeepStack.call(this::compile);
            } catch (RuntimeException cannotCompile) {
                return WitnessSearch.CANNOT_TELL; // the comparison reports what is wrong with the schema
            }
            compiled = schema;
        }
        return of(schema, payload);
    }

    /** @return true when the payload is valid */
    boolean test(JsonNode payload) {
        return errors(payload).isEmpty();
    }

    /**
     * @return the pointers of a compiled schema's errors for a payload; {@link WitnessSearch#CANNOT_TELL} when
     *     validation stops at a limit (a {@code $ref} cycle), so the search tries another payload
     */
    static List<String> of(Schema schema, JsonNode payload) {
        try {
            return BoundedValidator.validate(schema, payload, true).stream().map(Pointers::of).toList();
        } catch (BoundedValidator.Stopped | ContractException cannotTell) {
            return WitnessSearch.CANNOT_TELL;
        }
    }

    private Schema compile() {
        SchemaLoader loader = new BundledSchemaLoader(List.of(), List.of(this::load));
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaLoader(loader));
        Schema schema = registry.getSchema(SchemaLocation.of(BASE + "schema.json"), schemaNode);
        schema.initializeValidators();
        return schema;
    }

    /** @return a path under {@link #ROOT} written relative to {@link #BASE}, e.g. {@code ../common/money.json} */
    private static String relative(String underRoot) {
        String[] target = underRoot.split("/", -1);
        int common = 0;
        while (common < DEPTH && common < target.length - 1 && target[common].equals(String.valueOf(common))) {
            common++;
        }
        StringBuilder path = new StringBuilder("../".repeat(DEPTH - common));
        for (int i = common; i < target.length; i++) {
            path.append(target[i]).append(i < target.length - 1 ? "/" : "");
        }
        return path.toString();
    }

    private InputStreamSource load(AbsoluteIri iri) {
        String text = SchemaCompiler.stripFragment(iri.toString());
        URI uri = URI.create(text.startsWith(ROOT) ? relative(text.substring(ROOT.length())) : text);
        Json document = resolver.resolve(uri);
        if (document == null) {
            return () -> {
                throw new FileNotFoundException(text);
            };
        }
        byte[] bytes = document.toString().getBytes(StandardCharsets.UTF_8);
        return () -> new ByteArrayInputStream(bytes);
    }
}
