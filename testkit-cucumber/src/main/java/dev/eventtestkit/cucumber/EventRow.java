package dev.eventtestkit.cucumber;

import io.cucumber.datatable.DataTable;
import io.cucumber.docstring.DocString;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.event.Json;

/**
 * One event of a step's table or JSON array: its type name, its JSON data and, for publishing, its key.
 *
 * @param type the event type name
 * @param data the JSON object (all fields when given, the fields that matter when expected)
 * @param key the record key; null when the table has no key column
 * @param where where it was written, for error messages, e.g. {@code row 2}
 */
record EventRow(String type, Json data, @Nullable String key, String where) {

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
        List<List<String>> cells = table.cells();
        List<String> header = cells.isEmpty() ? List.of() : cells.get(0);
        int type = header.indexOf("type");
        int data = header.indexOf("data");
        int key = header.indexOf("key");
        if (type < 0 || data < 0) {
            throw new IllegalArgumentException(
                    "the table needs a header row with the columns type and data, found: | "
                            + String.join(" | ", header) + " |");
        }
        List<EventRow> rows = new ArrayList<>();
        for (int i = 1; i < cells.size(); i++) {
            List<String> row = cells.get(i);
            String where = "row " + i;
            String name = text(row.get(type));
            if (name.isEmpty()) {
                throw new IllegalArgumentException(where + ": the type is empty");
            }
            String json = text(row.get(data)).isEmpty() ? "{}" : row.get(data);
            Json value = JsonInput.object(JsonInput.cell(json, where + ", column data"), where + ", column data");
            String keyText = key < 0 ? "" : text(row.get(key));
            rows.add(new EventRow(name, value, keyText.isEmpty() ? null : keyText, where));
        }
        return rows;
    }

    /** Cucumber gives empty cells as null or as empty text, depending on how the table was made. */
    private static String text(@Nullable String cell) {
        return cell == null ? "" : cell.trim();
    }

    private static List<EventRow> fromJson(Json array) {
        if (!array.isArray()) {
            throw new IllegalArgumentException(
                    "the doc string must hold a JSON array of {\"type\": ..., \"data\": {...}}, was " + array);
        }
        List<EventRow> rows = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            Json item = array.get(i);
            String where = "item /" + i;
            Json type = item.get("type");
            Json data = item.get("data");
            if (!type.isString() || !data.isObject()) {
                throw new IllegalArgumentException(
                        where + " of the doc string must be {\"type\": \"<name>\", \"data\": {...}}, was " + item);
            }
            Json key = item.get("key");
            rows.add(new EventRow(type.asText(), data, key.isMissing() || key.isNull() ? null : key.asText(), where));
        }
        return rows;
    }
}
