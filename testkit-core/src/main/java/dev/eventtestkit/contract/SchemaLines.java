package dev.eventtestkit.contract;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import dev.eventtestkit.internal.shaded.tools.jackson.core.JacksonException;
import dev.eventtestkit.internal.shaded.tools.jackson.core.JsonParser;
import dev.eventtestkit.internal.shaded.tools.jackson.core.JsonToken;
import dev.eventtestkit.internal.shaded.tools.jackson.core.TokenStreamLocation;

/**
 * Finds where a JSON pointer points in a schema file, so code-review tools and IDEs can show it: the JSON
 * parser reads the file and reports the location of the token the pointer names (a property's name, an array
 * element's first token). A pointer that goes further than the file (a path through a {@code $ref}, a keyword
 * that was removed) answers the deepest part of it the file has. The one home of pointer-to-line: the CLI's
 * SARIF report and the JUnit contracts engine both ask here, so both point at the same place.
 *
 * <pre>{@code
 * SchemaLines.lineOf(Path.of("schemas/orders/OrderCreated/v2.json"), "#/properties/amount")   // OptionalInt[7]
 * }</pre>
 */
@API(status = INTERNAL)
public final class SchemaLines {

    /**
     * A place in a file.
     *
     * @param line 1-based line
     * @param column 1-based column, in UTF-16 code units (SARIF's default, and what IDEs count)
     */
    @API(status = INTERNAL)
    public record Position(int line, int column) {}

    private SchemaLines() {}

    /**
     * @param file a schema file
     * @param pointer a JSON pointer into it, with or without the leading {@code #} ({@code #/} is the root)
     * @return the 1-based line of the deepest part of the pointer the file has; empty when the file cannot be
     *     read or is not JSON up to that part
     */
    public static OptionalInt lineOf(Path file, String pointer) {
        Optional<Position> position = positionOf(file, pointer);
        return position.isPresent() ? OptionalInt.of(position.get().line()) : OptionalInt.empty();
    }

    /**
     * @param file a schema file
     * @param pointer a JSON pointer into it, with or without the leading {@code #} ({@code #/} is the root)
     * @return the line and column of the deepest part of the pointer the file has; empty when the file cannot
     *     be read or is not JSON up to that part
     */
    public static Optional<Position> positionOf(Path file, String pointer) {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return positionIn(text.startsWith("\uFEFF") ? text.substring(1) : text, pointer);
    }

    /** Like {@link #positionOf(Path, String)}, over a document's text. */
    static Optional<Position> positionIn(String json, String pointer) {
        Map<String, Integer> prefixes = prefixes(pointer);
        Position best = null;
        int bestDepth = -1;
        try (JsonParser parser = JsonFiles.MAPPER.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                Integer depth = prefixes.get(parser.streamReadContext().pathAsPointer().toString());
                if (depth != null && depth > bestDepth) {
                    TokenStreamLocation at = parser.currentTokenLocation();
                    best = new Position(at.getLineNr(), at.getColumnNr());
                    bestDepth = depth;
                    if (depth == prefixes.size() - 1) {
                        break;
                    }
                }
            }
        } catch (JacksonException e) {
            // a broken file: the deepest place found before the break is still the best answer
        }
        return Optional.ofNullable(best);
    }

    /** @return {@code ""} (the root) and every prefix of the pointer, in JSON Pointer's escaped form, by depth */
    private static Map<String, Integer> prefixes(String pointer) {
        String path = pointer.startsWith("#") ? pointer.substring(1) : pointer;
        Map<String, Integer> prefixes = new HashMap<>();
        prefixes.put("", 0);
        if (path.isEmpty() || path.equals("/")) {
            return prefixes;
        }
        StringBuilder prefix = new StringBuilder();
        for (String segment : path.substring(path.startsWith("/") ? 1 : 0).split("/", -1)) {
            prefix.append('/').append(segment);
            prefixes.put(prefix.toString(), prefixes.size());
        }
        return prefixes;
    }
}
