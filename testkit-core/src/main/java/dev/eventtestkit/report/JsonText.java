package dev.eventtestkit.report;

import java.util.Map;
import java.util.StringJoiner;
import tools.jackson.databind.JsonNode;

/** Renders JSON values the way failure messages show them: {@code name="o-1"}, {@code amount=100}. */
final class JsonText {

    private JsonText() {
    }

    static String value(JsonNode node) {
        if (node.isObject()) {
            StringJoiner fields = new StringJoiner(", ", "{", "}");
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                fields.add(field.getKey() + "=" + value(field.getValue()));
            }
            return fields.toString();
        }
        if (node.isArray()) {
            StringJoiner items = new StringJoiner(", ", "[", "]");
            for (JsonNode item : node.values()) {
                items.add(value(item));
            }
            return items.toString();
        }
        if (node.isString()) {
            return quoted(node.stringValue());
        }
        return node.isNull() ? "null" : node.asString();
    }

    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
