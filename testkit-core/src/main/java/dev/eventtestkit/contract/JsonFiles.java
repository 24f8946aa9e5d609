package dev.eventtestkit.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import dev.eventtestkit.internal.shaded.tools.jackson.core.JacksonException;
import dev.eventtestkit.internal.shaded.tools.jackson.core.StreamReadConstraints;
import dev.eventtestkit.internal.shaded.tools.jackson.core.StreamReadFeature;
import dev.eventtestkit.internal.shaded.tools.jackson.core.TokenStreamLocation;
import dev.eventtestkit.internal.shaded.tools.jackson.core.json.JsonFactory;
import dev.eventtestkit.internal.shaded.tools.jackson.core.exc.StreamConstraintsException;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.DeserializationFeature;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.ObjectMapper;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.json.JsonMapper;
import dev.eventtestkit.internal.shaded.tools.jackson.dataformat.yaml.YAMLFactory;
import dev.eventtestkit.internal.shaded.tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the JSON and YAML files of a contracts root: the bytes as the parser sees them (a UTF-8 byte order mark is
 * skipped, other encodings are detected, bytes that are not UTF-8 are an error with their line and column), one
 * value per file, each key once, within {@link ContractLimits}. Every problem is a {@link ContractException}
 * naming the file.
 */
final class JsonFiles {

    private static final StreamReadConstraints CONSTRAINTS =
            StreamReadConstraints.builder().maxNestingDepth(ContractLimits.MAX_NESTING).build();

    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder().streamReadConstraints(CONSTRAINTS).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonFiles() {}

    static JsonNode read(Path file) {
        JsonNode node = readOrEmpty(MAPPER, file, "JSON");
        if (node == null) {
            throw new ContractException(file, "empty file; expected JSON");
        }
        return node;
    }

    /** @return the file's value; null when the file holds none (empty, or only whitespace and comments) */
    static JsonNode readOrEmpty(ObjectMapper mapper, Path file, String format) {
        return parse(mapper, file, bytes(file), format);
    }

    static byte[] bytes(Path file) {
        try {
            long size = Files.size(file);
            if (size > ContractLimits.MAX_FILE_BYTES) {
                throw new ContractException(file, "file too large: " + size + " bytes; the limit is "
                        + ContractLimits.MAX_FILE_BYTES + " bytes (16 MiB)");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ContractException(file, "cannot read: " + FileProblems.reason(e));
        }
    }

    static JsonNode parse(ObjectMapper mapper, Path file, byte[] bytes, String format) {
        try {
            JsonNode node = mapper.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                return null;
            }
            checkNumbers(file, node);
            return node;
        } catch (StreamConstraintsException e) {
            throw new ContractException(file, "not valid " + format + ": " + limitExceeded(e));
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new ContractException(file, where + "not valid " + format + ": " + problem(e, format));
        }
    }

    /** A number too large for a double parses as an infinity, which no JSON tool reads back: say where it is. */
    private static void checkNumbers(Path file, JsonNode document) {
        Deque<Map.Entry<String, JsonNode>> todo = new ArrayDeque<>();
        todo.push(Map.entry("#", document));
        while (!todo.isEmpty()) {
            Map.Entry<String, JsonNode> at = todo.pop();
            JsonNode node = at.getValue();
            if (node.isFloatingPointNumber() && !node.isBigDecimal() && !Double.isFinite(node.doubleValue())) {
                throw new ContractException(file, (at.getKey().equals("#") ? "#/" : at.getKey())
                        + ": a number too large for a double (at most about 1.8e308)");
            }
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> property : node.properties()) {
                    todo.push(Map.entry(at.getKey() + "/" + property.getKey().replace("~", "~0").replace("/", "~1"),
                            property.getValue()));
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    todo.push(Map.entry(at.getKey() + "/" + i, node.get(i)));
                }
            }
        }
    }

    private static String problem(JacksonException e, String format) {
        String message = format.equals("YAML") ? yamlProblem(e.getOriginalMessage()) : firstLine(e.getOriginalMessage());
        message = message.replaceFirst("^java\\.[\\w.]+Exception: ", "");
        message = message.replaceFirst(" \\(start marker at \\[Source: .*$", "");
        if (message.startsWith("Trailing token")) {
            return "more than one " + format + (format.equals("YAML") ? " document" : " value") + "; expected one";
        }
        if (message.startsWith("Duplicate Object property ")) {
            return "duplicate key " + message.substring("Duplicate Object property ".length()) + "; expected each key once";
        }
        return message;
    }

    private static String limitExceeded(StreamConstraintsException e) {
        String message = firstLine(e.getOriginalMessage());
        if (message.startsWith("Document nesting depth")) {
            return "objects and arrays nested deeper than " + ContractLimits.MAX_NESTING + " levels; that is the limit";
        }
        int from = message.indexOf(", from `");
        return from < 0 ? message : message.substring(0, from) + ")";
    }

    /** SnakeYAML says what it was doing and what went wrong on separate lines, each followed by an excerpt. */
    private static String yamlProblem(String message) {
        return String.join(": ", message.lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .map(line -> line.endsWith(":") ? line.substring(0, line.length() - 1) : line)
                .toList());
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
