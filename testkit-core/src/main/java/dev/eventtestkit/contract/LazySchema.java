package dev.eventtestkit.contract;

import com.networknt.schema.Schema;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A validator compiled on first use, then cached: {@code testkit check} never validates payloads, so loading a
 * large root does not pay for compiling every schema. Thread-safe.
 */
final class LazySchema {

    /** For versions that are not JSON Schema (Avro): there is nothing to compile. */
    static final LazySchema NONE = new LazySchema(() -> {
        throw new IllegalStateException("not a JSON Schema version");
    });

    private final Supplier<Schema> compiler;
    private volatile @Nullable Schema compiled;

    LazySchema(Supplier<Schema> compiler) {
        this.compiler = compiler;
    }

    Schema get() {
        Schema schema = compiled;
        if (schema == null) {
            synchronized (this) {
                schema = compiled;
                if (schema == null) {
                    schema = compiler.get();
                    compiled = schema;
                }
            }
        }
        return schema;
    }
}
