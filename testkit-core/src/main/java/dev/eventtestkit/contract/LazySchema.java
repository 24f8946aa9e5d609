package dev.eventtestkit.contract;

import dev.eventtestkit.internal.shaded.com.networknt.schema.Error;
import dev.eventtestkit.internal.shaded.com.networknt.schema.Schema;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

/**
 * A validator compiled on first use (on a {@link DeepStack}: a deep schema compiles recursively), then cached:
 * {@code testkit check} never validates payloads, so loading a large root does not pay for compiling every
 * schema. Validation runs within {@link ContractLimits}; whatever the validator throws becomes a
 * {@link ContractException} naming the schema file. Thread-safe.
 */
final class LazySchema {

    /** For versions that are not JSON Schema (Avro): there is nothing to compile. */
    static final LazySchema NONE = new LazySchema(Path.of("(not a JSON Schema)"), () -> {
        throw new IllegalStateException("not a JSON Schema version");
    }, e -> new ContractException(String.valueOf(e.getMessage())));

    private final Path file;
    private final Supplier<Schema> compiler;
    private final Function<RuntimeException, ContractException> explain;
    private volatile @Nullable Schema compiled;

    LazySchema(Path file, Supplier<Schema> compiler, Function<RuntimeException, ContractException> explain) {
        this.file = file;
        this.compiler = compiler;
        this.explain = explain;
    }

    /**
     * @param payload the payload
     * @param payloadFile the file it was read from, named in a message when validation stops at a limit
     * @return the validator's errors
     */
    List<Error> validate(JsonNode payload, @Nullable Path payloadFile) {
        Schema schema = get();
        try {
            return BoundedValidator.validate(schema, payload, true);
        } catch (BoundedValidator.Stopped stopped) {
            throw payloadFile == null
                    ? new ContractException(file, stopped.getMessage())
                    : new ContractException(payloadFile, "validating against " + file + ": " + stopped.getMessage());
        } catch (ContractException e) {
            throw e;
        } catch (RuntimeException e) {
            throw explain.apply(e);
        }
    }

    /** @return the validator, compiled on a {@link DeepStack} on first use */
    Schema get() {
        Schema schema = compiled;
        if (schema == null) {
            synchronized (this) {
                schema = compiled;
                if (schema == null) {
                    schema = DeepStack.call(compiler);
                    compiled = schema;
                }
            }
        }
        return schema;
    }
}
