package dev.eventtestkit.contract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

/**
 * Avro contracts: parsing {@code .avsc} files, validating the codec's plain JSON against them
 * ({@link AvroPayloads}), and compatibility with Apache Avro's own {@link SchemaCompatibility}, reader and writer
 * as registries assign them (BACKWARD: the candidate reads the earlier version's data; FORWARD: the reverse).
 * Loaded only when a contracts root has an {@code .avsc} subject and Avro is on the class path.
 */
final class AvroSchemas {
    private AvroSchemas() {}

    /** @return the parsed schema, as an {@code Object} for {@link VersionedSchema#avro()} */
    static Object parse(Path file, JsonNode node) {
        try {
            return new Schema.Parser().setValidateDefaults(true).parse(node.toString());
        } catch (AvroRuntimeException e) { // SchemaParseException, AvroTypeException, and the parser's own checks:
            // a negative fixed size, a union holding a type twice (exit 3 before, found by the adversarial corpus)
            throw new ContractException(file, "not a valid Avro schema: " + e.getMessage());
        }
    }

    static List<Violation> validate(String subject, VersionedSchema version, JsonNode payload) {
        List<AvroPayloads.Problem> problems = AvroPayloads.problems((Schema) version.avro(), payload);
        List<Violation> violations = new ArrayList<>(problems.size());
        for (AvroPayloads.Problem p : problems) {
            violations.add(new Violation(subject, version.version(), p.pointer(), p.keyword(), p.message(), version.file()));
        }
        return List.copyOf(violations);
    }

    /** @see SchemaFiles#compareAvro */
    static List<Difference> compareFiles(Path original, Path updated) {
        Schema writer = (Schema) parse(original, JsonFiles.read(original));
        Schema reader = (Schema) parse(updated, JsonFiles.read(updated));
        return witnessed(reader, writer);
    }

    /** The same contract as {@link Compatibility#check}, for Avro versions. */
    static CompatibilityResult check(CompatibilityLevel level, CompatibilityPolicy policy, List<VersionedSchema> history,
            VersionedSchema candidate) {
        List<Incompatibility> found = new ArrayList<>();
        if (level == CompatibilityLevel.NONE || history.isEmpty()) {
            return new CompatibilityResult(level, policy, found);
        }
        Schema next = (Schema) candidate.avro();
        int first = level.isTransitive() ? 0 : history.size() - 1;
        for (int index = first; index < history.size(); index++) {
            int version = index + 1;
            Schema earlier = (Schema) history.get(index).avro();
            if (level.checksBackward()) {
                // the candidate reads data written under the earlier version
                witnessed(next, earlier).forEach(d -> found.add(new Incompatibility(version, Direction.BACKWARD, d)));
            }
            if (level.checksForward()) {
                // the earlier version reads data written under the candidate
                witnessed(earlier, next).forEach(d -> found.add(new Incompatibility(version, Direction.FORWARD, d)));
            }
        }
        return new CompatibilityResult(level, policy, found);
    }

    /**
     * @return {@link #differences}, each with a {@linkplain AvroWitnesses witness} where one is found: a payload the
     *     writer accepts whose data the reader cannot read
     */
    static List<Difference> witnessed(Schema reader, Schema writer) {
        List<Difference> differences = differences(reader, writer);
        List<Difference> witnessed = new ArrayList<>(differences.size());
        for (Difference difference : differences) {
            witnessed.add(AvroWitnesses.find(writer, reader, difference).map(difference::withWitness).orElse(difference));
        }
        return witnessed;
    }

    /**
     * @return Avro's incompatibilities of {@code reader} reading {@code writer}'s data, as differences whose path is
     *     Avro's location in the reader's schema, and whose values are the writer's and the reader's fragments
     */
    static List<Difference> differences(Schema reader, Schema writer) {
        List<Difference> differences = new ArrayList<>();
        for (SchemaCompatibility.Incompatibility i : SchemaCompatibility.checkReaderWriterCompatibility(reader, writer)
                .getResult().getIncompatibilities()) {
            DifferenceType type = DifferenceType.valueOf(i.getType().name());
            String location = i.getLocation();
            String path = location == null || location.isEmpty() || location.equals("/") ? DiffPaths.ROOT : "#" + location;
            String original;
            String updated;
            if (type == DifferenceType.READER_FIELD_MISSING_DEFAULT_VALUE) {
                original = null;
                updated = "field " + i.getMessage() + " without a default";
            } else if (type == DifferenceType.MISSING_ENUM_SYMBOLS) {
                original = i.getWriterFragment().getEnumSymbols().toString();
                updated = i.getReaderFragment().getEnumSymbols().toString();
            } else {
                original = describe(i.getWriterFragment());
                updated = describe(i.getReaderFragment());
            }
            differences.add(new Difference(type, path, original, updated));
        }
        return differences;
    }

    /** A short text for reports: {@code string}, {@code record Order}, {@code fixed Id(16)}, {@code [null, string]}. */
    static String describe(Schema schema) {
        return switch (schema.getType()) {
            case RECORD, ENUM -> schema.getType().getName() + " " + schema.getFullName();
            case FIXED -> "fixed " + schema.getFullName() + "(" + schema.getFixedSize() + ")";
            case ARRAY -> "array<" + describe(schema.getElementType()) + ">";
            case MAP -> "map<" + describe(schema.getValueType()) + ">";
            case UNION -> schema.getTypes().stream().map(AvroSchemas::describe)
                    .collect(Collectors.joining(", ", "[", "]"));
            default -> schema.getType().getName();
        };
    }
}
