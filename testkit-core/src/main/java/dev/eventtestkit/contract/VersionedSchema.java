package dev.eventtestkit.contract;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

/**
 * One {@code v<N>.json} or {@code v<N>.avsc}: its file, its JSON and its validator (compiled on first use).
 *
 * @param avro for an Avro version, the parsed {@code org.apache.avro.Schema} (typed {@code Object} so that nothing
 *     but {@link AvroSchemas} needs Avro on the class path); null for JSON Schema
 */
record VersionedSchema(int version, Path file, JsonNode node, LazySchema compiled, @Nullable Object avro) {

    VersionedSchema(int version, Path file, JsonNode node, LazySchema compiled) {
        this(version, file, node, compiled, null);
    }

    boolean isAvro() {
        return avro != null;
    }
}
