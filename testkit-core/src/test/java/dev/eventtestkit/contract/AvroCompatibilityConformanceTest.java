package dev.eventtestkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reader/writer pairs and verdicts of Apache Avro's own compatibility tests (apache/avro,
 * {@code lang/java/avro/src/test/java/org/apache/avro/TestSchemaCompatibility.java}, its compatible pairs, and the
 * incompatible pairs of the {@code TestSchemaCompatibility*} classes beside it; Apache License 2.0), written
 * again here as schema text: the kit must give Avro's verdicts, since it delegates to Avro's
 * {@code SchemaCompatibility}, and must report each incompatibility with Avro's type and location.
 */
class AvroCompatibilityConformanceTest {

    private static final String INT = "\"int\"";
    private static final String LONG = "\"long\"";
    private static final String FLOAT = "\"float\"";
    private static final String DOUBLE = "\"double\"";
    private static final String STRING = "\"string\"";
    private static final String BYTES = "\"bytes\"";
    private static final String BOOLEAN = "\"boolean\"";
    private static final String NULL = "\"null\"";

    private static String array(String items) {
        return "{\"type\":\"array\",\"items\":" + items + "}";
    }

    private static String map(String values) {
        return "{\"type\":\"map\",\"values\":" + values + "}";
    }

    private static String enumOf(String name, String... symbols) {
        return "{\"type\":\"enum\",\"name\":\"" + name + "\",\"symbols\":[\"" + String.join("\",\"", symbols) + "\"]}";
    }

    private static String union(String... branches) {
        return "[" + String.join(",", branches) + "]";
    }

    private static String fixed(int size) {
        return "{\"type\":\"fixed\",\"name\":\"Fixed\",\"size\":" + size + "}";
    }

    /** A record named Record1 whose fields are written {@code name:type} or {@code name:type=default}. */
    private static String record(String... fields) {
        StringBuilder text = new StringBuilder("{\"type\":\"record\",\"name\":\"Record1\",\"fields\":[");
        for (int i = 0; i < fields.length; i++) {
            String[] nameAndRest = fields[i].split(":", 2);
            String[] typeAndDefault = nameAndRest[1].split("=", 2);
            text.append(i == 0 ? "" : ",").append("{\"name\":\"").append(nameAndRest[0]).append("\",\"type\":")
                    .append(typeAndDefault[0]).append(typeAndDefault.length == 2 ? ",\"default\":" + typeAndDefault[1] : "")
                    .append('}');
        }
        return text.append("]}").toString();
    }

    private static String list(String element) {
        return "{\"type\":\"record\",\"name\":\"List\",\"fields\":[{\"name\":\"head\",\"type\":" + element
                + "},{\"name\":\"tail\",\"type\":\"List\"}]}";
    }

    static Stream<Arguments> compatiblePairs() {
        return Stream.of(
                pair(BOOLEAN, BOOLEAN), pair(INT, INT), pair(LONG, INT), pair(LONG, LONG),
                pair(FLOAT, INT), pair(FLOAT, LONG), pair(DOUBLE, LONG), pair(DOUBLE, INT), pair(DOUBLE, FLOAT),
                pair(STRING, STRING), pair(BYTES, BYTES),
                pair(array(INT), array(INT)), pair(array(LONG), array(INT)), pair(map(INT), map(INT)),
                pair(map(LONG), map(INT)),
                pair(enumOf("Enum1", "A", "B"), enumOf("Enum1", "A", "B")),
                pair(enumOf("Enum1", "A", "B", "C"), enumOf("Enum1", "A", "B")),
                pair(STRING, BYTES), pair(BYTES, STRING),
                pair(union(), union()), pair(union(FLOAT), union()), pair(union(INT), union(INT)),
                pair(union(INT, STRING), union(STRING, INT)), pair(union(INT), union()), pair(union(LONG), union()),
                pair(union(LONG), union(INT)), pair(union(DOUBLE), union(INT)), pair(union(DOUBLE), union(LONG)),
                pair(union(DOUBLE), union(FLOAT)), pair(union(DOUBLE), union(INT, FLOAT)), pair(union(STRING), union()),
                pair(union(STRING), union(BYTES)), pair(union(BYTES), union()), pair(union(BYTES), union(STRING)),
                pair(FLOAT, union(INT, FLOAT)), pair(LONG, union(INT, LONG)), pair(DOUBLE, union(INT, FLOAT)),
                pair(DOUBLE, union(INT, LONG, FLOAT, DOUBLE)), pair(FLOAT, union(FLOAT)), pair(union(INT), INT),
                pair(INT, union(INT)), pair(fixed(4), fixed(4)),
                pair(record(), record()), pair(record(), record("a:" + INT)),
                pair(record("a:" + INT), record("a:" + INT)), pair(record("a:" + INT + "=0"), record("a:" + INT)),
                pair(record("a:" + INT + "=0"), record("a:" + INT + "=0")), pair(record("a:" + INT), record("a:" + INT + "=0")),
                pair(record("a:" + LONG), record("a:" + INT)),
                pair(record("a:" + INT), record("a:" + INT, "b:" + INT)),
                pair(record("a:" + INT + "=0"), record("a:" + INT, "b:" + INT)),
                pair(record("a:" + INT, "b:" + INT + "=0"), record("a:" + INT)),
                pair(record("a:" + INT + "=0", "b:" + INT + "=0"), record()),
                pair(record("a:" + INT + "=0", "b:" + INT + "=0"), record("a:" + INT)),
                pair(record("a:" + INT, "b:" + INT), record("a:" + INT + "=0", "b:" + INT + "=0")),
                pair(list(INT), list(INT)), pair(list(LONG), list(LONG)), pair(list(LONG), list(INT)),
                pair(NULL, NULL));
    }

    static Stream<Arguments> incompatiblePairs() {
        return Stream.of(
                // TestSchemaCompatibilityTypeMismatch
                incompatible(NULL, INT, "TYPE_MISMATCH #/"), incompatible(NULL, LONG, "TYPE_MISMATCH #/"),
                incompatible(BOOLEAN, INT, "TYPE_MISMATCH #/"), incompatible(INT, NULL, "TYPE_MISMATCH #/"),
                incompatible(INT, BOOLEAN, "TYPE_MISMATCH #/"), incompatible(INT, LONG, "TYPE_MISMATCH #/"),
                incompatible(INT, FLOAT, "TYPE_MISMATCH #/"), incompatible(INT, DOUBLE, "TYPE_MISMATCH #/"),
                incompatible(LONG, FLOAT, "TYPE_MISMATCH #/"), incompatible(LONG, DOUBLE, "TYPE_MISMATCH #/"),
                incompatible(FLOAT, DOUBLE, "TYPE_MISMATCH #/"), incompatible(DOUBLE, STRING, "TYPE_MISMATCH #/"),
                incompatible(fixed(4), STRING, "TYPE_MISMATCH #/"), incompatible(STRING, BOOLEAN, "TYPE_MISMATCH #/"),
                incompatible(STRING, INT, "TYPE_MISMATCH #/"), incompatible(BYTES, NULL, "TYPE_MISMATCH #/"),
                incompatible(BYTES, INT, "TYPE_MISMATCH #/"), incompatible(array(INT), map(INT), "TYPE_MISMATCH #/"),
                incompatible(map(INT), array(INT), "TYPE_MISMATCH #/"), incompatible(array(INT), array(LONG),
                        "TYPE_MISMATCH #/items"),
                incompatible(record("a:" + INT), record("a:" + LONG), "TYPE_MISMATCH #/fields/0/type"),
                incompatible(list(INT), list(LONG), "TYPE_MISMATCH #/fields/0/type"),
                // TestSchemaCompatibilityNameMismatch
                incompatible(enumOf("Enum2", "A", "B"), enumOf("Enum1", "A", "B"), "NAME_MISMATCH #/name"),
                // TestSchemaCompatibilityFixedSizeMismatch
                incompatible(fixed(4), fixed(8), "FIXED_SIZE_MISMATCH #/size"),
                incompatible(fixed(8), fixed(4), "FIXED_SIZE_MISMATCH #/size"),
                // TestSchemaCompatibilityMissingEnumSymbols
                incompatible(enumOf("Enum1", "A", "B"), enumOf("Enum1", "A", "B", "C"), "MISSING_ENUM_SYMBOLS #/symbols"),
                incompatible(enumOf("Enum1", "B", "C"), enumOf("Enum1", "A", "B", "C"), "MISSING_ENUM_SYMBOLS #/symbols"),
                // TestSchemaCompatibilityMissingUnionBranch
                incompatible(union(INT), union(INT, STRING), "MISSING_UNION_BRANCH #/1"),
                incompatible(union(STRING), union(INT, STRING), "MISSING_UNION_BRANCH #/0"),
                // TestSchemaCompatibilityReaderFieldMissingDefaultValue
                incompatible(record("a:" + INT), record(), "READER_FIELD_MISSING_DEFAULT_VALUE #/fields/0"),
                incompatible(record("a:" + INT, "b:" + INT), record("a:" + INT),
                        "READER_FIELD_MISSING_DEFAULT_VALUE #/fields/1"));
    }

    private static Arguments pair(String reader, String writer) {
        return Arguments.of(reader, writer);
    }

    private static Arguments incompatible(String reader, String writer, String expected) {
        return Arguments.of(reader, writer, expected);
    }

    private static List<String> found(String reader, String writer) {
        Schema r = new Schema.Parser().parse(reader);
        Schema w = new Schema.Parser().parse(writer);
        return AvroSchemas.differences(r, w).stream().map(d -> d.type() + " " + d.path()).toList();
    }

    @org.junit.jupiter.api.Test
    void everyAvroDifferenceTypeIsProducedByAPair() {
        assertThat(incompatiblePairs().map(row -> DifferenceType.valueOf(((String) row.get()[2]).split(" ")[0])))
                .containsAll(SchemaDiffDifferenceTypesTest.AVRO);
    }

    @ParameterizedTest(name = "reader {0} reads writer {1}")
    @MethodSource("compatiblePairs")
    void readsWhatAvroSaysItReads(String reader, String writer) {
        assertThat(found(reader, writer)).isEmpty();
    }

    @ParameterizedTest(name = "reader {0} cannot read writer {1}: {2}")
    @MethodSource("incompatiblePairs")
    void rejectsWhatAvroRejectsWithItsTypeAndLocation(String reader, String writer, String expected) {
        assertThat(found(reader, writer)).containsExactly(expected);
    }
}
