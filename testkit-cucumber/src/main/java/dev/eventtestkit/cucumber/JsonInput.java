package dev.eventtestkit.cucumber;

import dev.eventtestkit.event.Json;
import dev.eventtestkit.event.JsonParseException;

/** Parses the JSON of doc strings and table cells; a parse error names the line and column where it is. */
final class JsonInput {

    private JsonInput() {}

    /**
     * @param text the doc string's content
     * @return the JSON value
     * @throws IllegalArgumentException e.g. {@code the doc string is not valid JSON: line 2, column 17: ...}
     */
    static Json docString(String text) {
        return parse(text, "the doc string", true);
    }

    /**
     * @param text one table cell
     * @param where e.g. {@code row 2, column data}
     * @return the JSON value
     * @throws IllegalArgumentException e.g. {@code row 2, column data is not valid JSON: column 17: ...}
     */
    static Json cell(String text, String where) {
        return parse(text, where, false);
    }

    /** @return the object, or a failure naming where it came from and what it was */
    static Json object(Json json, String where) {
        if (!json.isObject()) {
            throw new IllegalArgumentException(where + " must be a JSON object, was " + json);
        }
        return json;
    }

    private static Json parse(String text, String where, boolean withLine) {
        if (text.isBlank()) {
            throw new IllegalArgumentException(where + " is empty: expected JSON");
        }
        try {
            return Json.parse(text);
        } catch (JsonParseException e) {
            String at = e.line() == 0 ? ""
                    : (withLine ? "line " + e.line() + ", " : "") + "column " + e.column() + ": ";
            throw new IllegalArgumentException(where + " is not valid JSON: " + at + e.reason(), e);
        }
    }
}
