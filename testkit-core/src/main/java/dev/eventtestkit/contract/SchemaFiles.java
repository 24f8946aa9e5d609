package dev.eventtestkit.contract;

import dev.eventtestkit.event.Json;
import dev.eventtestkit.internal.jackson.JacksonJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Reads a single JSON Schema file outside a contracts root, e.g. for {@code testkit diff old.json new.json}, and
 * compares two Avro schema files ({@link #compareAvro}).
 *
 * <pre>{@code
 * List<Difference> d = SchemaDiff.compare(SchemaFiles.read(Path.of("old.json")), SchemaFiles.read(Path.of("new.json")));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SchemaFiles {

    private SchemaFiles() {}

    /**
     * Reads a file and checks it against its JSON Schema meta-schema ({@code $schema}, or draft 2020-12).
     *
     * @param file the schema file
     * @return its JSON
     * @throws ContractException when it is missing, not JSON (with line and column) or not a valid JSON Schema
     *     (with the JSON pointer); the message starts with the file
     */
    public static Json read(Path file) {
        requireFile(file, "a JSON Schema file");
        dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode node = JsonFiles.read(file);
        Path parent = file.toAbsolutePath().getParent();
        new SchemaCompiler(parent == null ? file : parent, List.of()).checkAgainstMetaSchema(file, node);
        return JacksonJson.wrap(node);
    }

    /**
     * Compares two Avro schema files as a BACKWARD check does: the updated schema reads data written with the original,
     * judged by Apache Avro's own {@code SchemaCompatibility}. Each incompatibility carries a witness where one is
     * found: a payload, in plain JSON, that the original accepts and whose Avro data the updated schema cannot read.
     *
     * @param original the {@code .avsc} file the data is written with
     * @param updated the {@code .avsc} file that reads it
     * @return Avro's incompatibilities as differences (every one breaks BACKWARD); empty when compatible
     * @throws ContractException when a file is missing, not JSON, not an Avro schema, or Avro is not on the class
     *     path; the message starts with the file
     */
    @API(status = API.Status.EXPERIMENTAL)
    public static List<Difference> compareAvro(Path original, Path updated) {
        for (Path file : List.of(original, updated)) {
            requireFile(file, "an Avro schema file (.avsc)");
            AvroFormat.require(file);
        }
        // AvroSchemas is loaded only now that Avro is known to be on the class path
        return AvroSchemas.compareFiles(original, updated);
    }

    private static void requireFile(Path file, String expected) {
        if (!Files.exists(file)) {
            throw new ContractException(file, "no such file; expected " + expected);
        }
        if (Files.isDirectory(file)) {
            throw new ContractException(file, "is a directory; expected " + expected);
        }
        if (!Files.isRegularFile(file)) {
            throw new ContractException(file, "not a regular file (a FIFO, socket or device); expected " + expected);
        }
    }
}
