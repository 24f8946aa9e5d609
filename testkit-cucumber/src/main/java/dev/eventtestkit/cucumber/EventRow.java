package dev.eventtestkit.cucumber;

import io.cucumber.datatable.DataTable;
import io.cucumber.docstring.DocString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One event of a step's table or JSON array: its type name, its JSON data and, for publishing, its key.
 *
 * @param type the event type name
 * @param data the JSON object (all fields when given, the fields that matter when expected)
 * @param key the record key; null when the table has no key column
 * @param where where it was written, for error messages, e.g. {@code row 2}
 */
record EventRow(String type, JsonNode data, @Nullable String key, String where) {

    /**
     * Reads a table with the columns {@code type} and {@code data} (and optionally {@code key}), or a doc string
     * holding a JSON array of {@code {"type": ..., "data": {...}}} objects.
     */
    static List<EventRow> read(Object argument) {
        if (argument instanceof DataTable table) {
            return fromTable(table);
        }
        if (argument instanceof DocString docString) {
            return fromJson(JsonInput.docString(docString.getContent()));
        }
        if (argument instanceof String text) {
            return fromJson(JsonInput.docString(text));
        }
        throw new IllegalArgumentException("expected a table (| type | data |) or a doc string holding a JSON array,"
                + " found " + argument.getClass().getName());
    }

    private static List<EventRow> fromTable(DataTable table) {
        List<String> header = table.isEmpty() ? List.of() : table.row(0);
        if (!header.contains("type") || !header.contains("data")) {
            throw new IllegalArgumentException(
                    "the table needs a header row with the columns type and data, found: | "
                            + String.join(" | ", header) + " |");
        }
        List<EventRow> rows = new ArrayList<>();
        List<Map<String, String>> maps = table.asMaps();
        for (int i = 0; i < maps.size(); i++) {
            Map<String, String> row = maps.get(i);
            String where = "row " + (i + 1);
            String type = row.get("type") == null ? "" : row.get("type").trim();
            if (type.isEmpty()) {
                throw new IllegalArgumentException(where + ": the type is empty");
            }
            String data = row.get("data") == null ? "{}" : row.get("data");
            JsonNode json = JsonInput.object(JsonInput.cell(data, where + ", column data"), where + ", column data");
            rows.add(new EventRow(type, json, header.contains("key") ? row.get("key") : null, where));
        }
        return rows;
    }

    private static List<EventRow> fromJson(JsonNode array) {
        if (!array.isArray()) {
            throw new IllegalArgumentException(
                    "the doc string must hold a JSON array of {\"type\": ..., \"data\": {...}}, was " + array);
        }
        List<EventRow> rows = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            String where = "item /" + i;
            JsonNode type = item.get("type");
            JsonNode data = item.get("data");
            if (type == null || !type.isString() || data == null || !data.isObject()) {
                throw new IllegalArgumentException(
                        where + " of the doc string must be {\"type\": \"<name>\", \"data\": {...}}, was " + item);
            }
            JsonNode key = item.get("key");
            rows.add(new EventRow(type.stringValue(), data, key == null ? null : key.asString(), where));
        }
        return rows;
    }
}
