package dev.eventtestkit.contract;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

/**
 * Converts an event's plain JSON (what the codec writes: {@code {"amount": 12, "note": null}}) into an Avro datum
 * of a schema, and says where it does not fit. Avro's own {@code JsonDecoder} reads only Avro's JSON encoding,
 * where a union value is wrapped ({@code {"note": {"string": "x"}}}) and every field is present; here a union
 * takes the first branch the value fits (the wrapped form is read too), an absent field takes its default, and
 * logical types take the text forms codecs write (ISO dates and instants, decimal numbers).
 */
final class AvroPayloads {

    /** Where a payload does not fit: a JSON pointer with leading {@code #}, the Avro keyword, what was expected. */
    record Problem(String pointer, String keyword, String message) {}

    private final List<Problem> problems = new ArrayList<>();

    private AvroPayloads() {}

    /** @return the problems of a payload; empty when it converts to a valid datum of the schema */
    static List<Problem> problems(Schema schema, JsonNode payload) {
        AvroPayloads conversion = new AvroPayloads();
        Object datum = conversion.convert(schema, payload, "");
        if (conversion.problems.isEmpty() && !GenericData.get().validate(schema, datum)) {
            conversion.problems.add(new Problem("#/", "type", "does not form a valid datum of " + AvroSchemas.describe(schema)));
        }
        return List.copyOf(conversion.problems);
    }

    /**
     * @param schema the schema
     * @param payload a payload without {@linkplain #problems problems} for it
     * @return its datum, as Avro's generic writer takes it
     */
    static @Nullable Object datum(Schema schema, JsonNode payload) {
        return new AvroPayloads().convert(schema, payload, "");
    }

    /** @return the datum; null (with a problem recorded) where the value does not fit */
    private @Nullable Object convert(Schema schema, JsonNode value, String pointer) {
        return switch (schema.getType()) {
            case NULL -> value.isNull() ? null : mismatch(schema, value, pointer);
            case BOOLEAN -> value.isBoolean() ? value.booleanValue() : mismatch(schema, value, pointer);
            case INT -> integer(schema, value, pointer, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case LONG -> integer(schema, value, pointer, Long.MIN_VALUE, Long.MAX_VALUE);
            case FLOAT -> value.isNumber() ? value.floatValue() : mismatch(schema, value, pointer);
            case DOUBLE -> value.isNumber() ? value.doubleValue() : mismatch(schema, value, pointer);
            case STRING -> value.isString() ? value.stringValue() : mismatch(schema, value, pointer);
            case BYTES -> bytes(schema, value, pointer);
            case FIXED -> fixed(schema, value, pointer);
            case ENUM -> enumSymbol(schema, value, pointer);
            case ARRAY -> array(schema, value, pointer);
            case MAP -> map(schema, value, pointer);
            case RECORD -> record(schema, value, pointer);
            case UNION -> union(schema, value, pointer);
        };
    }

    private @Nullable Object mismatch(Schema schema, JsonNode value, String pointer) {
        problems.add(new Problem(at(pointer), "type", kind(value) + " found, " + AvroSchemas.describe(schema) + " expected"));
        return null;
    }

    private @Nullable Object integer(Schema schema, JsonNode value, String pointer, long min, long max) {
        LogicalType logical = schema.getLogicalType();
        if (value.isString() && logical != null) {
            return temporal(schema, logical, value.stringValue(), pointer);
        }
        if (!value.isIntegralNumber() && !(value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0)) {
            return mismatch(schema, value, pointer);
        }
        BigDecimal number = value.decimalValue();
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            problems.add(new Problem(at(pointer), "type", number + " is out of range for " + schema.getType().getName()));
            return null;
        }
        return schema.getType() == Schema.Type.INT ? (Object) number.intValue() : (Object) number.longValue();
    }

    /** ISO text for {@code date} and {@code timestamp-*}, as a Jackson codec without timestamps writes them. */
    private @Nullable Object temporal(Schema schema, LogicalType logical, String text, String pointer) {
        try {
            return switch (logical.getName()) {
                case "date" -> (int) LocalDate.parse(text).toEpochDay();
                case "timestamp-millis", "local-timestamp-millis" -> Instant.parse(text).toEpochMilli();
                case "timestamp-micros", "local-timestamp-micros" -> {
                    Instant instant = Instant.parse(text);
                    yield instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000L;
                }
                default -> mismatch(schema, dev.eventtestkit.internal.shaded.tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(text), pointer);
            };
        } catch (DateTimeParseException e) {
            problems.add(new Problem(at(pointer), "logicalType", "\"" + text + "\" is not an ISO-8601 " + logical.getName()));
            return null;
        }
    }

    private @Nullable Object bytes(Schema schema, JsonNode value, String pointer) {
        if (schema.getLogicalType() instanceof LogicalTypes.Decimal decimal && value.isNumber()) {
            BigDecimal number = value.decimalValue().setScale(decimal.getScale(), java.math.RoundingMode.UNNECESSARY);
            return new Conversions.DecimalConversion().toBytes(number, schema, decimal);
        }
        if (!value.isString()) {
            return mismatch(schema, value, pointer);
        }
        // Avro's JSON encoding writes bytes as a string of code points 0-255
        return ByteBuffer.wrap(value.stringValue().getBytes(StandardCharsets.ISO_8859_1));
    }

    private @Nullable Object fixed(Schema schema, JsonNode value, String pointer) {
        if (!value.isString()) {
            return mismatch(schema, value, pointer);
        }
        byte[] bytes = value.stringValue().getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length != schema.getFixedSize()) {
            problems.add(new Problem(at(pointer), "size", bytes.length + " bytes found, " + schema.getFixedSize()
                    + " expected by " + AvroSchemas.describe(schema)));
            return null;
        }
        return new GenericData.Fixed(schema, bytes);
    }

    private @Nullable Object enumSymbol(Schema schema, JsonNode value, String pointer) {
        if (!value.isString()) {
            return mismatch(schema, value, pointer);
        }
        if (!schema.hasEnumSymbol(value.stringValue())) {
            problems.add(new Problem(at(pointer), "symbols", "\"" + value.stringValue() + "\" is not a symbol of "
                    + AvroSchemas.describe(schema) + "; expected one of " + schema.getEnumSymbols()));
            return null;
        }
        return new GenericData.EnumSymbol(schema, value.stringValue());
    }

    private @Nullable Object array(Schema schema, JsonNode value, String pointer) {
        if (!value.isArray()) {
            return mismatch(schema, value, pointer);
        }
        List<Object> items = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            items.add(convert(schema.getElementType(), value.get(i), pointer + "/" + i));
        }
        return new GenericData.Array<>(schema, items);
    }

    private @Nullable Object map(Schema schema, JsonNode value, String pointer) {
        if (!value.isObject()) {
            return mismatch(schema, value, pointer);
        }
        Map<String, Object> entries = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            entries.put(entry.getKey(), convert(schema.getValueType(), entry.getValue(),
                    pointer + "/" + DiffPaths.escape(entry.getKey())));
        }
        return entries;
    }

    private @Nullable Object record(Schema schema, JsonNode value, String pointer) {
        if (!value.isObject()) {
            return mismatch(schema, value, pointer);
        }
        GenericData.Record record = new GenericData.Record(schema);
        Set<String> names = new LinkedHashSet<>();
        for (Schema.Field field : schema.getFields()) {
            names.add(field.name());
            JsonNode member = value.get(field.name());
            String at = pointer + "/" + DiffPaths.escape(field.name());
            if (member != null) {
                record.put(field.pos(), convert(field.schema(), member, at));
            } else if (field.hasDefaultValue()) {
                record.put(field.pos(), GenericData.get().getDefaultValue(field));
            } else {
                problems.add(new Problem(at(at), "required", "field " + field.name() + " of "
                        + AvroSchemas.describe(schema) + " is missing and has no default"));
            }
        }
        for (String name : value.propertyNames()) {
            if (!names.contains(name)) {
                problems.add(new Problem(at(pointer + "/" + DiffPaths.escape(name)), "fields", "no field " + name
                        + " in " + AvroSchemas.describe(schema) + "; its fields are " + String.join(", ", names)));
            }
        }
        return record;
    }

    private @Nullable Object union(Schema schema, JsonNode value, String pointer) {
        List<Schema> branches = schema.getTypes();
        if (value.isObject() && value.size() == 1) {
            // Avro's own JSON encoding: {"<branch name>": value}
            String name = value.propertyNames().iterator().next();
            for (Schema branch : branches) {
                if (branch.getType() != Schema.Type.NULL && (branch.getFullName().equals(name) || branch.getName().equals(name))
                        && fits(branch, value.get(name))) {
                    return convert(branch, value.get(name), pointer + "/" + DiffPaths.escape(name));
                }
            }
        }
        for (Schema branch : branches) {
            if (fits(branch, value)) {
                return convert(branch, value, pointer);
            }
        }
        problems.add(new Problem(at(pointer), "type", kind(value) + " found, which fits no branch of "
                + branches.stream().map(AvroSchemas::describe).collect(Collectors.joining(", ", "[", "]"))));
        return null;
    }

    private static boolean fits(Schema branch, JsonNode value) {
        AvroPayloads trial = new AvroPayloads();
        trial.convert(branch, value, "");
        return trial.problems.isEmpty();
    }

    private static String at(String pointer) {
        return pointer.isEmpty() ? DiffPaths.ROOT : "#" + pointer;
    }

    private static String kind(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isString()) {
            return "string";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        return value.isArray() ? "array" : "object";
    }
}
