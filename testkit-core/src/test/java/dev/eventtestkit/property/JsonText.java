package dev.eventtestkit.property;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Generated JSON as plain maps, lists and scalars: written as text in key order, and copied with keys reordered. */
public final class JsonText {
    private JsonText() {}

    /** @return the value as JSON text, object keys in their map's order */
    public static String write(Object value) {
        StringBuilder text = new StringBuilder();
        write(value, text);
        return text.toString();
    }

    /** @return a deep copy whose objects list their keys in reverse order (the same JSON value) */
    public static Object reordered(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<Object> keys = new ArrayList<>(map.keySet());
            Collections.reverse(keys);
            Map<Object, Object> copy = new LinkedHashMap<>();
            for (Object key : keys) {
                copy.put(key, reordered(map.get(key)));
            }
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(JsonText::reordered).toList();
        }
        return value;
    }

    /** @return a deep, mutable copy */
    public static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, element) -> copy.put(key, copy(element)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(element -> copy.add(copy(element)));
            return copy;
        }
        return value;
    }

    private static void write(Object value, StringBuilder text) {
        if (value instanceof Map<?, ?> map) {
            text.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                text.append(separator);
                string(String.valueOf(entry.getKey()), text);
                text.append(':');
                write(entry.getValue(), text);
                separator = ",";
            }
            text.append('}');
        } else if (value instanceof List<?> list) {
            text.append('[');
            String separator = "";
            for (Object element : list) {
                text.append(separator);
                write(element, text);
                separator = ",";
            }
            text.append(']');
        } else if (value instanceof String string) {
            string(string, text);
        } else if (value instanceof Number number && !(number instanceof Double d && !Double.isFinite(d))) {
            text.append(number);
        } else if (value == null || value instanceof Boolean) {
            text.append(value);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value);
        }
    }

    private static void string(String value, StringBuilder text) {
        text.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        text.append('"');
    }
}
