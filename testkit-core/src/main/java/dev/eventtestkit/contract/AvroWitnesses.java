package dev.eventtestkit.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.jspecify.annotations.Nullable;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.node.ArrayNode;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.node.JsonNodeFactory;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.node.ObjectNode;

/**
 * Witnesses for Avro incompatibilities: a payload, in the plain JSON a codec writes, that the writer's version
 * accepts and whose Avro data the reader's version cannot read. Candidates are instances of the writer's schema
 * (every union on its first non-null branch, every enum on its first symbol, one element in every array and map)
 * and single changes of it (one union on another branch, one enum on another symbol); those that change what the
 * difference is about come first. Each candidate is checked for real: converted to a datum of the writer's schema
 * ({@link AvroPayloads}), written in Avro's binary encoding, and read with Avro's resolving reader for the reader's
 * schema; the first one whose reading fails is the witness. The search gives up after {@link #BUDGET} candidates.
 */
final class AvroWitnesses {
    static final int BUDGET = 400;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Where a candidate departs from the base instance: the union's branch or the enum's symbol to take. */
    private final Map<Schema, Integer> choices = new IdentityHashMap<>();
    /** Unions and enums met while building the base instance, in the order met. */
    private final Set<Schema> choicePoints = new LinkedHashSet<>();
    /** Named schemas being built, so that a recursive record stops at its first repetition. */
    private final Set<Schema> open = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private AvroWitnesses() {}

    /**
     * @param writer the schema the data is written with
     * @param reader the schema that reads it
     * @param difference one of {@code AvroSchemas.differences(reader, writer)}
     * @return a plain JSON payload the writer accepts and whose data the reader cannot read; empty when none was
     *     found within the budget
     */
    static Optional<JsonNode> find(Schema writer, Schema reader, Difference difference) {
        AvroWitnesses search = new AvroWitnesses();
        JsonNode base = search.instance(writer);
        List<JsonNode> candidates = new ArrayList<>();
        List<JsonNode> related = new ArrayList<>();
        for (Schema point : List.copyOf(search.choicePoints)) {
            int alternatives = point.getType() == Schema.Type.UNION ? point.getTypes().size() : point.getEnumSymbols().size();
            for (int choice = 0; choice < alternatives && candidates.size() + related.size() < BUDGET; choice++) {
                search.choices.clear();
                search.choices.put(point, choice);
                JsonNode candidate = search.instance(writer);
                (isAbout(point, choice, difference) ? related : candidates).add(candidate);
            }
        }
        List<JsonNode> ordered = new ArrayList<>(related);
        ordered.add(base);
        ordered.addAll(candidates);
        return ordered.stream().distinct().limit(BUDGET).filter(c -> unreadable(writer, reader, c)).findFirst();
    }

    /** A missing enum symbol or union branch is shown best by a payload that uses it. */
    private static boolean isAbout(Schema point, int choice, Difference difference) {
        if (difference.type() == DifferenceType.MISSING_ENUM_SYMBOLS && point.getType() == Schema.Type.ENUM) {
            String updated = difference.updated();
            return updated != null && !symbols(updated).contains(point.getEnumSymbols().get(choice));
        }
        if (difference.type() == DifferenceType.MISSING_UNION_BRANCH && point.getType() == Schema.Type.UNION) {
            // Avro's location ends with the index of the writer's branch that the reader lacks: #/fields/0/type/1
            String last = difference.path().substring(difference.path().lastIndexOf('/') + 1);
            return last.equals(Integer.toString(choice));
        }
        return false;
    }

    /** The symbols of {@code [A, B]}, as {@link AvroSchemas#differences} renders an enum's symbols. */
    private static List<String> symbols(String rendered) {
        String inner = rendered.startsWith("[") && rendered.endsWith("]") ? rendered.substring(1, rendered.length() - 1) : rendered;
        return inner.isBlank() ? List.of() : List.of(inner.split(", "));
    }

    /** @return true when the writer accepts the payload and the reader cannot read the data written with it */
    static boolean unreadable(Schema writer, Schema reader, JsonNode payload) {
        if (!AvroPayloads.problems(writer, payload).isEmpty()) {
            return false; // not an instance of the writer's schema: no witness
        }
        Object datum = AvroPayloads.datum(writer, payload);
        byte[] data;
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
            new GenericDatumWriter<>(writer).write(datum, encoder);
            encoder.flush();
            data = bytes.toByteArray();
        } catch (IOException | AvroRuntimeException | ClassCastException | NullPointerException e) {
            return false; // the writer cannot write it: no witness
        }
        try {
            new GenericDatumReader<>(writer, reader).read(null, DecoderFactory.get().binaryDecoder(data, null));
            return false;
        } catch (IOException | AvroRuntimeException e) {
            return true; // AvroTypeException: what a consumer on the reader's version would get
        }
    }

    /** An instance of {@code schema} in plain JSON, with the current {@link #choices}. */
    private JsonNode instance(Schema schema) {
        return switch (schema.getType()) {
            case NULL -> NODES.nullNode();
            case BOOLEAN -> NODES.booleanNode(false);
            case INT, LONG -> NODES.numberNode(0);
            case FLOAT, DOUBLE -> NODES.numberNode(0.0);
            case STRING -> NODES.stringNode("");
            case BYTES -> NODES.stringNode("");
            case FIXED -> NODES.stringNode(new String(new byte[schema.getFixedSize()], StandardCharsets.ISO_8859_1));
            case ENUM -> {
                choicePoints.add(schema);
                yield NODES.stringNode(schema.getEnumSymbols().get(choices.getOrDefault(schema, 0)));
            }
            case ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                JsonNode element = nested(schema.getElementType());
                if (element != null) {
                    array.add(element);
                }
                yield array;
            }
            case MAP -> {
                ObjectNode map = NODES.objectNode();
                JsonNode value = nested(schema.getValueType());
                if (value != null) {
                    map.set("key", value);
                }
                yield map;
            }
            case RECORD -> record(schema);
            case UNION -> union(schema);
        };
    }

    /** An element of an array or map: none when it would repeat a record being built (a recursive type). */
    private @Nullable JsonNode nested(Schema schema) {
        return open.contains(schema) ? null : instance(schema);
    }

    private JsonNode record(Schema schema) {
        if (!open.add(schema)) {
            return NODES.objectNode(); // a record that holds itself with no way out: no finite instance
        }
        ObjectNode record = NODES.objectNode();
        for (Schema.Field field : schema.getFields()) {
            record.set(field.name(), instance(field.schema()));
        }
        open.remove(schema);
        return record;
    }

    /**
     * A union's value, wrapped in Avro's form ({@code {"long": 0}}) when an earlier branch would also take the plain
     * value, so that the datum has the branch chosen.
     */
    private JsonNode union(Schema schema) {
        choicePoints.add(schema);
        List<Schema> branches = schema.getTypes();
        int chosen = choices.getOrDefault(schema, firstBranch(branches));
        if (!choices.containsKey(schema) && chosen < 0) {
            chosen = 0;
        }
        Schema branch = branches.get(chosen);
        if (open.contains(branch)) {
            // a recursive record: end the recursion on another branch (null, usually)
            for (int i = 0; i < branches.size(); i++) {
                if (!open.contains(branches.get(i))) {
                    branch = branches.get(i);
                    chosen = i;
                    break;
                }
            }
        }
        JsonNode value = instance(branch);
        for (int i = 0; i < chosen; i++) {
            if (AvroPayloads.problems(branches.get(i), value).isEmpty()) {
                ObjectNode wrapped = NODES.objectNode();
                wrapped.set(branch.getType() == Schema.Type.RECORD || branch.getType() == Schema.Type.ENUM
                        || branch.getType() == Schema.Type.FIXED ? branch.getFullName() : branch.getType().getName(), value);
                return wrapped;
            }
        }
        return value;
    }

    /** @return the first non-null branch that does not repeat a record being built; -1 when there is none */
    private int firstBranch(List<Schema> branches) {
        for (int i = 0; i < branches.size(); i++) {
            if (branches.get(i).getType() != Schema.Type.NULL && !open.contains(branches.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
