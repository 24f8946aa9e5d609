package dev.eventtestkit.report;

import dev.eventtestkit.internal.jackson.JacksonJson;
import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.EventCodecException;
import dev.eventtestkit.event.EventWithMetadata;
import dev.eventtestkit.event.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.node.ArrayNode;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.node.ObjectNode;

/**
 * How failure messages show and compare events: {@code OrderCreated{orderId="o-1", amount=100}}, the type's
 * simple name and the fields of its JSON form, ignored fields shown as {@code (ignored)}. Immutable.
 *
 * <pre>{@code
 * EventFormat format = EventFormat.of(EventCodec.jackson(), IgnoredFields.none());
 * format.render(new OrderCreated("o-1", 100));   // OrderCreated{orderId="o-1", amount=100}
 * }</pre>
 *
 * <p>Two events match when they are of the same class and equal: by {@code equals} when the class defines
 * it and no field of it is ignored, otherwise by their JSON forms without the ignored fields, so classes
 * without {@code equals} compare by value too.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class EventFormat {

    /** Shown in place of an ignored field's value. */
    public static final String IGNORED = "(ignored)";

    /** Whether a class overrides {@link Object#equals}; reflection once per class, never per fixture. */
    private static final ClassValue<Boolean> DEFINES_EQUALS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.getMethod("equals", Object.class).getDeclaringClass() != Object.class;
            } catch (NoSuchMethodException impossible) {
                return false;
            }
        }
    };

    private final EventCodec codec;
    private final IgnoredFields ignored;

    private EventFormat(EventCodec codec, IgnoredFields ignored) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.ignored = Objects.requireNonNull(ignored, "ignored");
    }

    /**
     * @param codec turns events into the JSON whose fields are shown and compared
     * @param ignored the fields left out of comparisons
     * @return a format
     */
    public static EventFormat of(EventCodec codec, IgnoredFields ignored) {
        return new EventFormat(codec, ignored);
    }

    /**
     * Renders an event (or a command) on one line. An object the codec cannot serialize, or whose JSON is
     * not an object, is shown by its {@code toString()}.
     *
     * @param event the object; null renders as {@code null}
     * @return e.g. {@code OrderCancelled{orderId="o-1", reason="late"}}
     */
    public String render(@Nullable Object event) {
        if (event == null) {
            return "null";
        }
        if (event instanceof EventWithMetadata<?> message) {
            return render(message.event()) + metadata(message.metadata());
        }
        if (event instanceof Expectation expectation) {
            return expectation.describe(this);
        }
        JsonNode json = jsonOrNull(event);
        if (json == null || !json.isObject()) {
            return String.valueOf(event);
        }
        return typeName(event.getClass()) + JsonText.value(json, "", ignored.of(event.getClass()));
    }

    /**
     * Renders a value, such as a command's result: text quoted, numbers and booleans as JSON writes them,
     * objects as {@link #render} does.
     *
     * @param value the value; null renders as {@code null}
     * @return e.g. {@code "o-1"}, {@code 42}, {@code OrderId{value="o-1"}}
     */
    public String renderValue(@Nullable Object value) {
        if (value == null) {
            return "null";
        }
        JsonNode json = jsonOrNull(value);
        return json != null && json.isValueNode() ? JsonText.value(json) : render(value);
    }

    /**
     * @param metadata an event's or a command's metadata
     * @return e.g. {@code  [correlationId="c-1", tenant="t-1"]}, with a leading space; empty for none
     */
    public static String metadata(Map<String, String> metadata) {
        if (metadata.isEmpty()) {
            return "";
        }
        StringJoiner entries = new StringJoiner(", ", " [", "]");
        metadata.forEach((key, value) -> entries.add(key + "=" + JsonText.quoted(value)));
        return entries.toString();
    }

    /**
     * Two events match when they are of one class and equal, ignored fields aside. Two
     * {@link EventWithMetadata} match when their events match and the actual metadata holds every expected
     * entry (it may hold more, such as propagated ids).
     *
     * @param expected the expected event
     * @param actual the actual event
     * @return whether they are of one class and equal, ignored fields aside
     * @throws EventCodecException when fields are ignored or equals is not defined and the codec fails
     */
    public boolean matches(@Nullable Object expected, @Nullable Object actual) {
        if (expected == actual) {
            return true;
        }
        if (expected instanceof Expectation expectation) {
            return actual != null && expectation.matches(actual, this);
        }
        if (expected == null || actual == null || expected.getClass() != actual.getClass()) {
            return false;
        }
        if (expected instanceof EventWithMetadata<?> wanted && actual instanceof EventWithMetadata<?> got) {
            return matches(wanted.event(), got.event())
                    && got.metadata().entrySet().containsAll(wanted.metadata().entrySet());
        }
        Set<String> ignoredHere = ignored.of(expected.getClass());
        if (ignoredHere.isEmpty() && definesEquals(expected.getClass())) {
            return expected.equals(actual);
        }
        JsonNode left = comparable(expected, ignoredHere);
        // No visible field and no equals: comparing {} with {} would pass whatever the events hold.
        if (left.isEmpty() && !definesEquals(expected.getClass())) {
            return false;
        }
        return left.equals(comparable(actual, ignoredHere));
    }

    /**
     * @param event an event (or any object the codec serializes)
     * @return its JSON form through the format's codec
     * @throws dev.eventtestkit.event.EventCodecException when the codec cannot serialize it
     */
    public Json json(Object event) {
        return codec.toJson(event);
    }

    /**
     * @param type an event class
     * @return whether it overrides {@link Object#equals} (records always do)
     */
    public static boolean definesEquals(Class<?> type) {
        return DEFINES_EQUALS.get(type);
    }

    /**
     * Names the fields that differ between two events of the same class, ignored fields left out; nested
     * objects are walked, arrays compared whole.
     *
     * @param expected the expected event
     * @param actual the actual event, of the same class
     * @return the differing fields in the expected event's field order, then fields only the actual has;
     *     empty when the JSON forms are equal or the codec cannot serialize them
     */
    public List<FieldDifference> differences(Object expected, Object actual) {
        if (expected instanceof EventWithMetadata<?> wanted && actual instanceof EventWithMetadata<?> got) {
            List<FieldDifference> found = new ArrayList<>();
            if (wanted.event().getClass() == got.event().getClass()) {
                found.addAll(differences(wanted.event(), got.event()));
            }
            wanted.metadata().forEach((key, value) -> {
                String other = got.metadata().get(key);
                if (!value.equals(other)) {
                    found.add(new FieldDifference(FieldDifference.METADATA + key, JsonText.quoted(value),
                            other == null ? FieldDifference.ABSENT : JsonText.quoted(other)));
                }
            });
            return found;
        }
        JsonNode left = jsonOrNull(expected);
        JsonNode right = jsonOrNull(actual);
        List<FieldDifference> found = new ArrayList<>();
        if (left != null && right != null && left.isObject() && right.isObject()) {
            Set<String> ignoredHere = ignored.of(expected.getClass());
            collect("", without(left, ignoredHere), without(right, ignoredHere), found);
        }
        return found;
    }

    private static void collect(String prefix, JsonNode left, JsonNode right, List<FieldDifference> found) {
        for (Map.Entry<String, JsonNode> field : left.properties()) {
            String path = prefix + field.getKey();
            JsonNode other = right.get(field.getKey());
            if (other == null) {
                found.add(new FieldDifference(path, JsonText.value(field.getValue()), FieldDifference.ABSENT));
            } else if (field.getValue().isObject() && other.isObject()) {
                collect(path + ".", field.getValue(), other, found);
            } else if (!field.getValue().equals(other)) {
                found.add(new FieldDifference(path, JsonText.value(field.getValue()), JsonText.value(other)));
            }
        }
        for (Map.Entry<String, JsonNode> field : right.properties()) {
            if (left.get(field.getKey()) == null) {
                found.add(new FieldDifference(
                        prefix + field.getKey(), FieldDifference.ABSENT, JsonText.value(field.getValue())));
            }
        }
    }

    /**
     * Renders events one per line, numbered from 1.
     *
     * @param events the sequence
     * @param indent put before each line
     * @return the lines joined by newlines; {@code (no events)} when empty
     */
    public String numbered(List<?> events, String indent) {
        return numbered(events, indent, "events");
    }

    /**
     * Renders items one per line, numbered from 1.
     *
     * @param items the sequence
     * @param indent put before each line
     * @param noun what they are, plural: {@code (no commands)} when empty
     * @return the lines joined by newlines
     */
    public String numbered(List<?> items, String indent, String noun) {
        List<?> events = items;
        if (events.isEmpty()) {
            return indent + "(no " + noun + ")";
        }
        StringJoiner lines = new StringJoiner("\n");
        for (int i = 0; i < events.size(); i++) {
            lines.add(indent + (i + 1) + ". " + render(events.get(i)));
        }
        return lines.toString();
    }

    private JsonNode comparable(Object event, Set<String> ignoredHere) {
        return without(JacksonJson.node(codec.toJson(event)), ignoredHere);
    }

    /** @return a copy without the ignored paths (nested ones too; through arrays, in each element) */
    private static JsonNode without(JsonNode json, Set<String> paths) {
        if (paths.isEmpty() || !json.isObject()) {
            return json;
        }
        JsonNode copy = json.deepCopy();
        for (String path : paths) {
            remove(copy, path.split("\\."), 0);
        }
        return copy;
    }

    private static void remove(JsonNode node, String[] steps, int index) {
        if (node instanceof ArrayNode array) {
            for (JsonNode element : array) {
                remove(element, steps, index);
            }
        } else if (node instanceof ObjectNode object) {
            if (index == steps.length - 1) {
                object.remove(steps[index]);
            } else {
                JsonNode child = object.get(steps[index]);
                if (child != null) {
                    remove(child, steps, index + 1);
                }
            }
        }
    }

    private @Nullable JsonNode jsonOrNull(Object event) {
        try {
            return JacksonJson.node(codec.toJson(event));
        } catch (EventCodecException | IllegalArgumentException e) {
            return null;
        }
    }

    static String typeName(Class<?> type) {
        String simple = type.getSimpleName();
        return simple.isEmpty() ? type.getName() : simple;
    }
}
