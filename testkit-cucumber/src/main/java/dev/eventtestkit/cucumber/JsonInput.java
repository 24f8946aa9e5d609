package dev.eventtestkit.cucumber;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Parses the JSON of doc strings and table cells; a parse error names the line and column where it is. */
final class JsonInput {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonInput() {}

    /**
     * @param text the doc string's content
     * @return the JSON value
     * @throws IllegalArgumentException e.g. {@code the doc string is not valid JSON: line 2, column 17: ...}
     */
    static JsonNode docString(String text) {
        return parse(text, "the doc string", true);
    }

    /**
     * @param text one table cell
     * @param where e.g. {@code row 2, column data}
     * @return the JSON value
     * @throws IllegalArgumentException e.g. {@code row 2, column data is not valid JSON: column 17: ...}
     */
    static JsonNode cell(String text, String where) {
        return parse(text, where, false);
    }

    /** @return the object, or a failure naming where it came from and what it was */
    static JsonNode object(JsonNode json, String where) {
        if (!json.isObject()) {
            throw new IllegalArgumentException(where + " must be a JSON object, was " + json);
        }
        return json;
    }

    private static JsonNode parse(String text, String where, boolean withLine) {
        if (text.isBlank()) {
            throw new IllegalArgumentException(where + " is empty: expected JSON");
        }
        try {
            return MAPPER.readTree(text);
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            String at = location == null ? ""
                    : (withLine ? "line " + location.getLineNr() + ", " : "") + "column " + location.getColumnNr() + ": ";
            throw new IllegalArgumentException(where + " is not valid JSON: " + at + e.getOriginalMessage(), e);
        }
    }
}
