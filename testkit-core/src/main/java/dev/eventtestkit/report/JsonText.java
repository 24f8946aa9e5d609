package dev.eventtestkit.report;

import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

/** Renders JSON values the way failure messages show them: {@code name="o-1"}, {@code amount=100}. */
final class JsonText {

    private JsonText() {
    }

    static String value(JsonNode node) {
        return value(node, "", Set.of());
    }

    /**
     * @param node the value
     * @param path its dotted path from the event, {@code ""} for the event itself
     * @param ignored the dotted paths shown as {@link EventFormat#IGNORED}
     * @return the value as messages show it
     */
    static String value(JsonNode node, String path, Set<String> ignored) {
        if (node.isObject()) {
            StringJoiner fields = new StringJoiner(", ", "{", "}");
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                fields.add(field.getKey() + "="
                        + (ignored.contains(child) ? EventFormat.IGNORED : value(field.getValue(), child, ignored)));
            }
            return fields.toString();
        }
        if (node.isArray()) {
            StringJoiner items = new StringJoiner(", ", "[", "]");
            for (JsonNode item : node.values()) {
                items.add(value(item, path, ignored));
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
