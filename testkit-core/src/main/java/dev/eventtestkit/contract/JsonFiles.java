package dev.eventtestkit.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Reads JSON files, turning syntax errors into {@link ContractException}s with line and column. */
final class JsonFiles {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonFiles() {}

    static JsonNode read(Path file) {
        return read(MAPPER, file, "JSON");
    }

    static JsonNode read(ObjectMapper mapper, Path file, String format) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return parse(mapper, file, text, format);
    }

    static JsonNode parse(ObjectMapper mapper, Path file, String text, String format) {
        try {
            JsonNode node = mapper.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new ContractException(file, "empty file; expected " + format);
            }
            return node;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new ContractException(file, where + "not valid " + format + ": " + firstLine(e.getOriginalMessage()));
        }
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
