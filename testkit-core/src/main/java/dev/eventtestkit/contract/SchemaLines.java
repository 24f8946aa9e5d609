package dev.eventtestkit.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line of a JSON pointer in a schema file's text, so code-review tools can annotate it: follows the
 * pointer's property names through the text in order ({@code "properties"}, then {@code "amount"}, ...),
 * skipping array indices, and answers the line of the last one found. Used by the CLI's SARIF report and the
 * JUnit contracts engine, so both point at the same line.
 *
 * <pre>{@code
 * SchemaLines.lineOf(Path.of("schemas/orders/OrderCreated/v2.json"), "#/properties/amount")   // OptionalInt[7]
 * }</pre>
 */
public final class SchemaLines {

    private SchemaLines() {}

    /**
     * @param file a schema file
     * @param pointer a JSON pointer into it, with or without the leading {@code #}
     * @return the 1-based line of the deepest property name of the pointer found in order (line 1 for
     *     {@code #/}); empty when the file cannot be read
     */
    public static OptionalInt lineOf(Path file, String pointer) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        int position = 0;
        int found = 0;
        String path = pointer.startsWith("#") ? pointer.substring(1) : pointer;
        for (String token : path.split("/")) {
            if (token.isEmpty() || token.chars().allMatch(Character::isDigit)) {
                continue;
            }
            String name = token.replace("~1", "/").replace("~0", "~");
            Matcher key = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:").matcher(text);
            if (!key.find(position)) {
                break;
            }
            position = key.start();
            found = position;
        }
        return OptionalInt.of(lineAt(text, found));
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
