package dev.eventtestkit.contract;

import dev.eventtestkit.event.Json;
import dev.eventtestkit.internal.jackson.JacksonJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Reads a single JSON Schema file outside a contracts root, e.g. for {@code testkit diff old.json new.json}.
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
        if (!Files.exists(file)) {
            throw new ContractException(file, "no such file; expected a JSON Schema file");
        }
        if (Files.isDirectory(file)) {
            throw new ContractException(file, "is a directory; expected a JSON Schema file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ContractException(file, "not a regular file (a FIFO, socket or device); expected a JSON Schema file");
        }
        tools.jackson.databind.JsonNode node = JsonFiles.read(file);
        Path parent = file.toAbsolutePath().getParent();
        new SchemaCompiler(parent == null ? file : parent, List.of()).checkAgainstMetaSchema(file, node);
        return JacksonJson.wrap(node);
    }
}
