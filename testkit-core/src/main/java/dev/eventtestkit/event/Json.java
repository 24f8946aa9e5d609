package dev.eventtestkit.event;

import dev.eventtestkit.internal.jackson.JacksonJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.node.ArrayNode;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.node.JsonNodeFactory;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.node.MissingNode;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.node.ObjectNode;

/**
 * A JSON value: what an event payload, a schema or an example is. Immutable and read-only: nothing reached
 * from it can change it, so the same payload can be handed to every consumer group.
 *
 * <pre>{@code
 * Json payload = message.payload();
 * String orderId = payload.get("orderId").asText();
 * long amount = payload.at("/lines/0/amount").asLong();
 * Json v2 = payload.with("currency", "EUR").without("legacyFlag");   // a modified copy; payload is unchanged
 * }</pre>
 *
 * <p>Navigation never returns null: {@link #get(String)}, {@link #get(int)}, {@link #path(String...)} and
 * {@link #at(String)} give a <em>missing</em> value ({@link #isMissing()}) where there is nothing, and asking
 * a missing value for more gives missing again. The value accessors ({@link #asText()}, {@link #asInt()},
 * ...) do not guess: asked for a value of the wrong kind, they throw an {@link IllegalStateException}
 * naming where the value was found, what was expected and what is there.
 *
 * <p>Equality is JSON's: objects are equal when they have the same property names with equal values, in any
 * order; arrays element by element; numbers by their value, so {@code 1}, {@code 1.0} and {@code 1.00} are
 * equal (as JSON Schema's {@code const} and {@code enum} see them). {@link #toString()} is compact JSON text
 * that keeps the order of properties.
 *
 * <p>The "modified copy" operations ({@link #with(String, Json)}, {@link #without(String...)},
 * {@link #renamed(String, String)}, {@link #withElement(int, Json)}, {@link #appended(Json)}) return new values
 * that share the unchanged parts with this one: cheap, and what upcasters are written with.
 */
@API(status = API.Status.STABLE)
public final class Json {

    /** The kinds of JSON value, and {@link #MISSING} for where there is none. */
    @API(status = API.Status.STABLE)
    public enum Type {
        /** {@code {"name": value, ...}} */
        OBJECT,
        /** {@code [value, ...]} */
        ARRAY,
        /** {@code "text"} */
        STRING,
        /** {@code 12}, {@code -1.5e3} */
        NUMBER,
        /** {@code true} or {@code false} */
        BOOLEAN,
        /** {@code null} */
        NULL,
        /** Not a JSON value: what navigation gives where there is nothing. */
        MISSING
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Json NULL = new Json(NODES.nullNode(), "");
    private static final Json TRUE = new Json(NODES.booleanNode(true), "");
    private static final Json FALSE = new Json(NODES.booleanNode(false), "");

    static {
        JacksonJson.install(new JacksonJson.Access() {
            @Override
            public Json wrap(JsonNode node) {
                return new Json(node, "");
            }

            @Override
            public JsonNode node(Json json) {
                return json.node;
            }
        });
    }

    private final JsonNode node;
    /** The JSON pointer navigation took to reach this value, for error messages; {@code ""} for a root. */
    private final String at;

    private Json(JsonNode node, String at) {
        this.node = node;
        this.at = at;
    }

    // ---- reading JSON text and making values

    /**
     * Parses JSON text: exactly one value, duplicate property names rejected, decimals kept exactly as written.
     *
     * @param text JSON text, e.g. {@code {"orderId": "o-1"}}
     * @return the value
     * @throws JsonParseException when the text is empty or not JSON, naming the line and column
     */
    public static Json parse(String text) {
        Objects.requireNonNull(text, "text");
        return new Json(JsonTrees.parse(text), "");
    }

    /**
     * Parses UTF-8 encoded JSON, as {@link #parse(String)}.
     *
     * @param utf8 the bytes, e.g. a Kafka record's value
     * @return the value
     * @throws JsonParseException when the bytes are empty or not JSON, naming the line and column
     */
    public static Json parse(byte[] utf8) {
        Objects.requireNonNull(utf8, "utf8");
        return new Json(JsonTrees.parse(utf8), "");
    }

    /**
     * @param text a string, not null
     * @return the JSON string
     */
    public static Json of(String text) {
        return new Json(NODES.stringNode(Objects.requireNonNull(text, "text")), "");
    }

    /**
     * @param number an integer
     * @return the JSON number
     */
    public static Json of(long number) {
        return new Json(NODES.numberNode(number), "");
    }

    /**
     * @param number a finite number
     * @return the JSON number
     * @throws IllegalArgumentException for NaN and the infinities, which JSON cannot hold
     */
    public static Json of(double number) {
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException("JSON has no number " + number + ": expected a finite number");
        }
        return new Json(NODES.numberNode(number), "");
    }

    /**
     * @param number a decimal, not null; its scale is kept ({@code 1.10} reads back as {@code 1.10})
     * @return the JSON number
     */
    public static Json of(BigDecimal number) {
        return new Json(NODES.numberNode(Objects.requireNonNull(number, "number")), "");
    }

    /**
     * @param number an integer of any size, not null
     * @return the JSON number
     */
    public static Json of(BigInteger number) {
        return new Json(NODES.numberNode(Objects.requireNonNull(number, "number")), "");
    }

    /**
     * @param value a boolean
     * @return {@code true} or {@code false}
     */
    public static Json of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** @return JSON's {@code null} */
    public static Json nullValue() {
        return NULL;
    }

    /** @return {@code {}}, to build on with {@link #with(String, Json)} */
    public static Json emptyObject() {
        return new Json(NODES.objectNode(), "");
    }

    /** @return {@code []}, to build on with {@link #appended(Json)} */
    public static Json emptyArray() {
        return new Json(NODES.arrayNode(), "");
    }

    /**
     * Makes JSON of plain Java values: {@code null}, {@link Json}, {@link String}, {@link Boolean}, numbers
     * ({@link Integer}, {@link Long}, {@link Short}, {@link Byte}, {@link BigInteger}, {@link BigDecimal},
     * finite {@link Double} and {@link Float}), {@link Map}s with {@link String} keys (in the map's order) and
     * {@link Iterable}s, nested to any depth. Event objects go through an {@link EventCodec} instead.
     *
     * <pre>{@code
     * Json report = Json.valueOf(Map.of("subject", "OrderCreated", "versions", List.of(1, 2)));
     * }</pre>
     *
     * @param value a plain value
     * @return its JSON
     * @throws IllegalArgumentException for any other type, naming it and the JSON pointer where it was found
     */
    public static Json valueOf(@Nullable Object value) {
        return new Json(JsonTrees.fromPlain(value), "");
    }

    // ---- what it is

    /** @return the kind of value */
    public Type type() {
        return switch (node.getNodeType()) {
            case OBJECT -> Type.OBJECT;
            case ARRAY -> Type.ARRAY;
            case STRING, BINARY -> Type.STRING;
            case NUMBER -> Type.NUMBER;
            case BOOLEAN -> Type.BOOLEAN;
            case NULL -> Type.NULL;
            case MISSING -> Type.MISSING;
            case POJO -> throw new IllegalStateException("a Java object inside a JSON tree at " + where()
                    + ": the codec that made it left it unserialized");
        };
    }

    /** @return whether this is a JSON object */
    public boolean isObject() {
        return node.isObject();
    }

    /** @return whether this is a JSON array */
    public boolean isArray() {
        return node.isArray();
    }

    /** @return whether this is a JSON string */
    public boolean isString() {
        return type() == Type.STRING;
    }

    /** @return whether this is a JSON number */
    public boolean isNumber() {
        return node.isNumber();
    }

    /** @return whether this is a number without a fractional part ({@code 3} and {@code 3.0}, not {@code 3.5}) */
    public boolean isIntegral() {
        return node.isNumber() && JsonEquality.isIntegral(node);
    }

    /** @return whether this is {@code true} or {@code false} */
    public boolean isBoolean() {
        return node.isBoolean();
    }

    /** @return whether this is JSON's {@code null} */
    public boolean isNull() {
        return node.isNull();
    }

    /** @return whether there is no value here: navigation found nothing */
    public boolean isMissing() {
        return node.isMissingNode();
    }

    // ---- navigation

    /**
     * @param name a property name
     * @return the property's value; missing when there is no such property or this is not an object
     */
    public Json get(String name) {
        Objects.requireNonNull(name, "name");
        JsonNode child = node.isObject() ? node.get(name) : null;
        return new Json(child == null ? MissingNode.getInstance() : child, at + "/" + JsonTrees.escape(name));
    }

    /**
     * @param index an array index, from 0
     * @return the element; missing when the index is out of range or this is not an array
     */
    public Json get(int index) {
        JsonNode child = node.isArray() ? node.get(index) : null;
        return new Json(child == null ? MissingNode.getInstance() : child, at + "/" + index);
    }

    /**
     * @param name a property name
     * @return whether this is an object with that property (also when its value is {@code null})
     */
    public boolean has(String name) {
        Objects.requireNonNull(name, "name");
        return node.isObject() && node.has(name);
    }

    /**
     * Follows property names: {@code json.path("customer", "address", "city")}.
     *
     * @param names property names, outermost first
     * @return the value there, or missing
     */
    public Json path(String... names) {
        Json current = this;
        for (String name : names) {
            current = current.get(name);
        }
        return current;
    }

    /**
     * Follows a JSON pointer (RFC 6901): {@code json.at("/lines/0/amount")}.
     *
     * @param pointer a JSON pointer; {@code ""} is this value
     * @return the value there, or missing
     * @throws IllegalArgumentException when the pointer is not empty and does not start with {@code /}
     */
    public Json at(String pointer) {
        Objects.requireNonNull(pointer, "pointer");
        if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
            throw new IllegalArgumentException(
                    "not a JSON pointer: \"" + pointer + "\"; expected \"\" or a pointer starting with /");
        }
        Json current = this;
        for (String token : JsonTrees.pointerTokens(pointer)) {
            current = current.isArray() && JsonTrees.isIndex(token)
                    ? current.get(Integer.parseInt(token))
                    : current.get(token);
        }
        return current;
    }

    /** @return the number of properties of an object or elements of an array; 0 for any other value */
    public int size() {
        return node.isContainer() ? node.size() : 0;
    }

    /** @return an object's property names in order; empty for any other value */
    public List<String> propertyNames() {
        return node.isObject() ? List.copyOf(node.propertyNames()) : List.of();
    }

    /** @return an object's properties in order, unmodifiable; empty for any other value */
    public Map<String, Json> properties() {
        if (!node.isObject()) {
            return Map.of();
        }
        Map<String, Json> properties = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            properties.put(property.getKey(), new Json(property.getValue(), at + "/" + JsonTrees.escape(property.getKey())));
        }
        return Collections.unmodifiableMap(properties);
    }

    /** @return an array's elements in order, unmodifiable; empty for any other value */
    public List<Json> elements() {
        if (!node.isArray()) {
            return List.of();
        }
        List<Json> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            elements.add(new Json(node.get(i), at + "/" + i));
        }
        return Collections.unmodifiableList(elements);
    }

    // ---- values

    /**
     * @return a string's text; for a number, boolean or {@code null} its JSON text ({@code 100}, {@code true})
     * @throws IllegalStateException for an object, an array or a missing value
     */
    public String asText() {
        return switch (type()) {
            case STRING -> node.asString();
            case NUMBER, BOOLEAN, NULL -> node.toString();
            default -> throw mismatch("a string, number, boolean or null");
        };
    }

    /**
     * @return the value of a number without a fractional part within {@code int}'s range
     * @throws IllegalStateException for any other value, e.g. a string holding digits, or {@code 1.5}
     */
    public int asInt() {
        BigDecimal value = integral("an integer within int's range");
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw mismatch("an integer within int's range");
        }
    }

    /**
     * @return the value of a number without a fractional part within {@code long}'s range
     * @throws IllegalStateException for any other value
     */
    public long asLong() {
        BigDecimal value = integral("an integer within long's range");
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw mismatch("an integer within long's range");
        }
    }

    /**
     * @return a number's value as the nearest {@code double}
     * @throws IllegalStateException for any other value
     */
    public double asDouble() {
        if (!node.isNumber()) {
            throw mismatch("a number");
        }
        return node.doubleValue();
    }

    /**
     * @return a number's exact value
     * @throws IllegalStateException for any other value
     */
    public BigDecimal decimalValue() {
        if (!node.isNumber()) {
            throw mismatch("a number");
        }
        return JsonEquality.decimal(node);
    }

    /**
     * @return {@code true} or {@code false}
     * @throws IllegalStateException for any other value, e.g. the string {@code "true"}
     */
    public boolean asBoolean() {
        if (!node.isBoolean()) {
            throw mismatch("a boolean");
        }
        return node.booleanValue();
    }

    private BigDecimal integral(String expected) {
        if (!node.isNumber() || !JsonEquality.isIntegral(node)) {
            throw mismatch(expected);
        }
        return JsonEquality.decimal(node);
    }

    private IllegalStateException mismatch(String expected) {
        return new IllegalStateException(where() + ": expected " + expected + ", was " + describe());
    }

    private String where() {
        return at.isEmpty() ? "the JSON value" : at;
    }

    private String describe() {
        String text = JsonTrees.abbreviate(toString());
        return switch (type()) {
            case MISSING -> "missing";
            case OBJECT -> "an object " + text;
            case ARRAY -> "an array " + text;
            case STRING -> "the string " + text;
            case NUMBER -> "the number " + text;
            default -> text;
        };
    }

    // ---- modified copies

    /**
     * @param name a property name
     * @param value its new value (not missing)
     * @return a copy of this object with the property set: replaced in place when it exists, else added last
     * @throws IllegalStateException when this is not an object
     * @throws IllegalArgumentException when the value is missing
     */
    public Json with(String name, Json value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (value.isMissing()) {
            throw new IllegalArgumentException("with(\"" + name + "\", ...): the value is missing; use without(\""
                    + name + "\") to remove a property");
        }
        ObjectNode copy = objectCopy("with(\"" + name + "\", ...)");
        copy.set(name, value.node);
        return new Json(copy, at);
    }

    /**
     * @param name a property name
     * @param text its new value, a JSON string
     * @return as {@link #with(String, Json)}
     */
    public Json with(String name, String text) {
        return with(name, of(text));
    }

    /**
     * @param name a property name
     * @param number its new value
     * @return as {@link #with(String, Json)}
     */
    public Json with(String name, long number) {
        return with(name, of(number));
    }

    /**
     * @param name a property name
     * @param number its new value, finite
     * @return as {@link #with(String, Json)}
     */
    public Json with(String name, double number) {
        return with(name, of(number));
    }

    /**
     * @param name a property name
     * @param value its new value
     * @return as {@link #with(String, Json)}
     */
    public Json with(String name, boolean value) {
        return with(name, of(value));
    }

    /**
     * @param names property names; those this object lacks are ignored
     * @return a copy of this object without them
     * @throws IllegalStateException when this is not an object
     */
    public Json without(String... names) {
        ObjectNode copy = objectCopy("without(...)");
        for (String name : names) {
            copy.remove(Objects.requireNonNull(name, "name"));
        }
        return new Json(copy, at);
    }

    /**
     * Renames a property, keeping its place among the others.
     *
     * @param from the current name; when this object lacks it, the copy is unchanged
     * @param to the new name
     * @return a copy of this object with the property renamed
     * @throws IllegalStateException when this is not an object
     * @throws IllegalArgumentException when a property {@code to} exists already (its value would be lost)
     */
    public Json renamed(String from, String to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        requireObject("renamed(\"" + from + "\", \"" + to + "\")");
        if (!node.has(from) || from.equals(to)) {
            return this;
        }
        if (node.has(to)) {
            throw new IllegalArgumentException("renamed(\"" + from + "\", \"" + to + "\"): " + where()
                    + " has a property \"" + to + "\" already");
        }
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            properties.put(property.getKey().equals(from) ? to : property.getKey(), property.getValue());
        }
        return new Json(new ObjectNode(NODES, properties), at);
    }

    /**
     * @param index an index of this array, from 0
     * @param value the new element (not missing)
     * @return a copy of this array with the element replaced
     * @throws IllegalStateException when this is not an array
     * @throws IndexOutOfBoundsException when the index is not within the array
     */
    public Json withElement(int index, Json value) {
        Objects.requireNonNull(value, "value");
        requireValue(value, "withElement(" + index + ", ...)");
        ArrayNode copy = arrayCopy("withElement(" + index + ", ...)");
        Objects.checkIndex(index, copy.size());
        copy.set(index, value.node);
        return new Json(copy, at);
    }

    /**
     * @param value the element to add (not missing)
     * @return a copy of this array with the element added last
     * @throws IllegalStateException when this is not an array
     */
    public Json appended(Json value) {
        Objects.requireNonNull(value, "value");
        requireValue(value, "appended(...)");
        ArrayNode copy = arrayCopy("appended(...)");
        copy.add(value.node);
        return new Json(copy, at);
    }

    /**
     * @param index an index of this array, from 0
     * @return a copy of this array without that element
     * @throws IllegalStateException when this is not an array
     * @throws IndexOutOfBoundsException when the index is not within the array
     */
    public Json withoutElement(int index) {
        ArrayNode copy = arrayCopy("withoutElement(" + index + ")");
        Objects.checkIndex(index, copy.size());
        copy.remove(index);
        return new Json(copy, at);
    }

    /** A shallow copy: the children are shared, which is safe because no Json ever changes a node. */
    private ObjectNode objectCopy(String operation) {
        requireObject(operation);
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            properties.put(property.getKey(), property.getValue());
        }
        return new ObjectNode(NODES, properties);
    }

    private void requireObject(String operation) {
        if (!node.isObject()) {
            throw new IllegalStateException(operation + " needs an object at " + where() + ", was " + describe());
        }
    }

    private ArrayNode arrayCopy(String operation) {
        if (!node.isArray()) {
            throw new IllegalStateException(operation + " needs an array at " + where() + ", was " + describe());
        }
        List<JsonNode> elements = new ArrayList<>(node.size() + 1);
        node.values().forEach(elements::add);
        return new ArrayNode(NODES, elements);
    }

    private static void requireValue(Json value, String operation) {
        if (value.isMissing()) {
            throw new IllegalArgumentException(operation + ": the value is missing");
        }
    }

    // ---- text

    /**
     * @return compact JSON text in the value's property order, e.g. {@code {"orderId":"o-1","amount":100}};
     *     a missing value reads {@code (missing)}
     */
    @Override
    public String toString() {
        return node.isMissingNode() ? "(missing)" : node.toString();
    }

    /** @return indented JSON text, two spaces a level, e.g. for a report file */
    public String toPrettyString() {
        return node.isMissingNode() ? "(missing)" : JsonTrees.pretty(node);
    }

    /**
     * @return compact JSON text as UTF-8, e.g. for a Kafka record's value
     * @throws IllegalStateException for a missing value, which is not JSON
     */
    public byte[] toBytes() {
        if (node.isMissingNode()) {
            throw mismatch("a JSON value");
        }
        return JsonTrees.bytes(node);
    }

    /**
     * @param other any object
     * @return whether it is a {@link Json} with the same JSON value (numbers by value, properties in any order)
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Json that && JsonEquality.equal(node, that.node);
    }

    @Override
    public int hashCode() {
        return JsonEquality.hash(node);
    }
}
