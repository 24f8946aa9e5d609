package dev.eventtestkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.event.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.AvroTypeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;

/** Witnesses of Avro incompatibilities: payloads the writer's version writes and the reader's version cannot read. */
class AvroWitnessesTest {

    private static final String ORDER_V1 = """
            {"type":"record","name":"Order","namespace":"shop","fields":[
              {"name":"id","type":"string"},
              {"name":"status","type":{"type":"enum","name":"Status","symbols":["NEW","PAID","SHIPPED"]}},
              {"name":"note","type":["null","string"],"default":null},
              {"name":"lines","type":{"type":"array","items":{"type":"record","name":"Line","fields":[
                {"name":"sku","type":"string"},{"name":"quantity","type":"int"}]}}}]}""";

    static List<Object[]> incompatiblePairs() {
        return AvroCompatibilityConformanceTest.incompatiblePairs().map(row -> row.get()).toList();
    }

    /**
     * Avro's 31 incompatible pairs: every incompatibility gets a witness, checked here with Avro's own reader, but for
     * the one whose writer has no finite value at all (a {@code List} record whose {@code tail} is a {@code List}).
     */
    @ParameterizedTest(name = "reader {0} cannot read writer {1}: {2}")
    @MethodSource("incompatiblePairs")
    void everyIncompatiblePairOfAvrosOwnTestsHasAWitness(String reader, String writer, String expected) throws IOException {
        Schema r = new Schema.Parser().parse(reader);
        Schema w = new Schema.Parser().parse(writer);

        List<Difference> differences = AvroSchemas.witnessed(r, w);

        assertThat(differences).hasSize(1);
        if (writer.contains("\"tail\",\"type\":\"List\"")) {
            assertThat(differences.get(0).witness()).isEmpty();
            return;
        }
        JsonNode witness = node(differences.get(0).witness().orElseThrow());
        assertThat(AvroPayloads.problems(w, witness)).as("the writer accepts %s", witness).isEmpty();
        assertThat(readsBack(w, r, witness)).as("the reader cannot read %s", witness).isFalse();
    }

    @Test
    void aMissingEnumSymbolIsShownByAPayloadThatUsesIt() {
        String v2 = ORDER_V1.replace("\"NEW\",\"PAID\",\"SHIPPED\"", "\"NEW\",\"PAID\"");

        List<Difference> differences = witnessed(ORDER_V1, v2);

        assertThat(differences).extracting(d -> d.type() + " " + d.path() + " witness: " + d.witness().orElseThrow())
                .containsExactly("MISSING_ENUM_SYMBOLS #/fields/1/type/symbols witness: "
                        + "{\"id\":\"\",\"status\":\"SHIPPED\",\"note\":\"\",\"lines\":[{\"sku\":\"\",\"quantity\":0}]}");
    }

    @Test
    void aTypeChangeInsideAnArrayIsReachedThroughOneElement() {
        String v2 = ORDER_V1.replace("{\"name\":\"quantity\",\"type\":\"int\"}", "{\"name\":\"quantity\",\"type\":\"string\"}");

        List<Difference> differences = witnessed(ORDER_V1, v2);

        assertThat(differences).extracting(d -> d.type() + " " + d.change() + " witness: " + d.witness().orElseThrow())
                .containsExactly("TYPE_MISMATCH int -> string witness: "
                        + "{\"id\":\"\",\"status\":\"NEW\",\"note\":\"\",\"lines\":[{\"sku\":\"\",\"quantity\":0}]}");
    }

    @Test
    void aNewFieldWithoutADefaultIsShownByAnyEarlierPayload() {
        String v2 = ORDER_V1.replace("{\"name\":\"id\",\"type\":\"string\"},",
                "{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"channel\",\"type\":\"string\"},");

        assertThat(witnessed(ORDER_V1, v2)).extracting(d -> d.type() + " witness: " + d.witness().orElseThrow())
                .containsExactly("READER_FIELD_MISSING_DEFAULT_VALUE witness: "
                        + "{\"id\":\"\",\"status\":\"NEW\",\"note\":\"\",\"lines\":[{\"sku\":\"\",\"quantity\":0}]}");
    }

    @Test
    void aRemovedUnionBranchIsShownByAPayloadOnThatBranchWrappedWhenAnEarlierBranchWouldTakeIt() {
        String v1 = "{\"type\":\"record\",\"name\":\"M\",\"fields\":[{\"name\":\"n\",\"type\":[\"int\",\"long\"]}]}";
        String v2 = "{\"type\":\"record\",\"name\":\"M\",\"fields\":[{\"name\":\"n\",\"type\":[\"int\"]}]}";

        // plain 0 would be read as the int branch, which v2 still has: the witness names the long branch
        assertThat(witnessed(v1, v2)).extracting(d -> d.type() + " witness: " + d.witness().orElseThrow())
                .containsExactly("MISSING_UNION_BRANCH witness: {\"n\":{\"long\":0}}");
    }

    @Test
    void aRecursiveRecordEndsOnTheNullBranch() {
        String v1 = """
                {"type":"record","name":"Node","fields":[{"name":"value","type":"int"},
                  {"name":"next","type":["null","Node"],"default":null}]}""";
        String v2 = v1.replace("\"type\":\"int\"", "\"type\":\"string\"");

        assertThat(witnessed(v1, v2)).extracting(d -> d.type() + " witness: " + d.witness().orElseThrow())
                .containsExactly("TYPE_MISMATCH witness: {\"value\":0,\"next\":null}");
    }

    @Test
    void aCompatibleChangeHasNoDifferenceAndSoNoWitness() {
        String v2 = ORDER_V1.replace("{\"name\":\"id\",\"type\":\"string\"},",
                "{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"channel\",\"type\":\"string\",\"default\":\"web\"},");

        assertThat(witnessed(ORDER_V1, v2)).isEmpty();
    }

    @Test
    void comparesTwoAvroFilesAsTheBackwardCheckDoes(@TempDir Path dir) throws IOException {
        Path v1 = Files.writeString(dir.resolve("v1.avsc"), ORDER_V1);
        Path v2 = Files.writeString(dir.resolve("v2.avsc"), ORDER_V1.replace(",\"SHIPPED\"", ""));

        assertThat(SchemaFiles.compareAvro(v1, v2)).extracting(Difference::toString)
                .containsExactly("#/fields/1/type/symbols: MISSING_ENUM_SYMBOLS: [NEW, PAID, SHIPPED] -> [NEW, PAID]");
        assertThat(SchemaFiles.compareAvro(v2, v1)).isEmpty();
    }

    @Test
    void aFileThatIsNotAnAvroSchemaIsNamed(@TempDir Path dir) throws IOException {
        Path v1 = Files.writeString(dir.resolve("v1.avsc"), ORDER_V1);
        Path broken = Files.writeString(dir.resolve("v2.avsc"), "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"a\"}]}");

        assertThatThrownBy(() -> SchemaFiles.compareAvro(v1, broken)).isInstanceOf(ContractException.class)
                .hasMessage(broken + ": not a valid Avro schema: No field type: {\"name\":\"a\"}");
        assertThatThrownBy(() -> SchemaFiles.compareAvro(v1, dir.resolve("v9.avsc"))).isInstanceOf(ContractException.class)
                .hasMessage(dir.resolve("v9.avsc") + ": no such file; expected an Avro schema file (.avsc)");
    }

    private static List<Difference> witnessed(String writer, String reader) {
        return AvroSchemas.witnessed(new Schema.Parser().parse(reader), new Schema.Parser().parse(writer));
    }

    private static JsonNode node(Json json) {
        return JsonFiles.MAPPER.readTree(json.toString());
    }

    /** Avro's own path, written here apart from the search: binary with the writer's schema, read with the reader's. */
    private static boolean readsBack(Schema writer, Schema reader, JsonNode payload) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        new GenericDatumWriter<>(writer).write(AvroPayloads.datum(writer, payload), encoder);
        encoder.flush();
        try {
            new GenericDatumReader<>(writer, reader).read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
            return true;
        } catch (AvroTypeException e) {
            return false;
        }
    }
}
