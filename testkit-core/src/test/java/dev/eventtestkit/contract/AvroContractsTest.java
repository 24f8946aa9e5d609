package dev.eventtestkit.contract;

import static dev.eventtestkit.contract.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Avro subjects ({@code v<N>.avsc}) in a contracts root: validation of plain JSON, compatibility, bad input. */
class AvroContractsTest {

    static final String V1 = """
            {"type": "record", "name": "PaymentTaken", "namespace": "shop",
             "fields": [
               {"name": "paymentId", "type": "string"},
               {"name": "amount", "type": "long"},
               {"name": "note", "type": ["null", "string"], "default": null},
               {"name": "method", "type": {"type": "enum", "name": "Method", "symbols": ["CARD", "CASH"]}}
             ]}
            """;
    /** Adds a field with a default: compatible both ways. */
    static final String V2 = V1.replace("""
               {"name": "note\"""", """
               {"name": "currency", "type": "string", "default": "EUR"},
               {"name": "note\"""");
    /** Adds a field without a default: the new reader cannot read old data. */
    static final String V3 = V2.replace("""
               {"name": "note\"""", """
               {"name": "channel", "type": "string"},
               {"name": "note\"""");

    @TempDir
    Path dir;
    Path root;
    ContractFiles files;

    @BeforeEach
    void setUp() {
        root = dir.resolve("schemas");
        files = new ContractFiles(root).write("payments/PaymentTaken/v1.avsc", V1);
    }

    @Test
    void validatesTheCodecsPlainJsonWithUnionsAndDefaults() {
        EventContracts contracts = EventContracts.load(root);

        assertThat(contracts.subjects()).containsExactly("PaymentTaken");
        assertThat(contracts.validate("PaymentTaken", 1,
                json("{paymentId:'p-1',amount:1250,method:'CARD'}"))).isEmpty();
        assertThat(contracts.validate("PaymentTaken", 1,
                json("{paymentId:'p-1',amount:1250,note:'gift',method:'CASH'}"))).isEmpty();
        assertThat(contracts.validate("PaymentTaken", 1,
                json("{paymentId:'p-1',amount:1250,note:{string:'gift'},method:'CASH'}"))).isEmpty();
    }

    @Test
    void namesEveryPlaceAPayloadDoesNotFit() {
        EventContracts contracts = EventContracts.load(root);

        List<Violation> violations = contracts.validate("PaymentTaken", 1,
                json("{amount:12.5,note:3,method:'CHEQUE',extra:true}"));

        assertThat(violations).extracting(Violation::toString).containsExactly(
                "#/paymentId: required: field paymentId of record shop.PaymentTaken is missing and has no default",
                "#/amount: type: number found, long expected",
                "#/note: type: integer found, which fits no branch of [null, string]",
                "#/method: symbols: \"CHEQUE\" is not a symbol of enum shop.Method; expected one of [CARD, CASH]",
                "#/extra: fields: no field extra in record shop.PaymentTaken; its fields are paymentId, amount, note, method");
        assertThat(violations).allSatisfy(v -> assertThat(v.schemaFile()).isEqualTo(root.resolve("payments/PaymentTaken/v1.avsc")));
    }

    @Test
    void aFieldAddedWithADefaultIsCompatibleEveryWay() {
        files.write("payments/PaymentTaken/v2.avsc", V2).write("contracts.yaml", "level: FULL_TRANSITIVE\n");

        assertThat(EventContracts.load(root).checkCompatibility().render())
                .isEqualTo("1 subject, 2 versions checked: all compatible\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "NONE                | ",
        "BACKWARD            | #/fields/3: READER_FIELD_MISSING_DEFAULT_VALUE: (none) -> field channel without a default (breaks BACKWARD with v2) witness: {\"paymentId\":\"\",\"amount\":0,\"currency\":\"\",\"note\":\"\",\"method\":\"CARD\"} (v2 writes it, v3 cannot read it)",
        "BACKWARD_TRANSITIVE | #/fields/3: READER_FIELD_MISSING_DEFAULT_VALUE: (none) -> field channel without a default (breaks BACKWARD_TRANSITIVE with v1, v2) witness: {\"paymentId\":\"\",\"amount\":0,\"note\":\"\",\"method\":\"CARD\"} (v1 writes it, v3 cannot read it)",
        "FORWARD             | ",
        "FORWARD_TRANSITIVE  | ",
        "FULL                | #/fields/3: READER_FIELD_MISSING_DEFAULT_VALUE: (none) -> field channel without a default (breaks FULL with v2) witness: {\"paymentId\":\"\",\"amount\":0,\"currency\":\"\",\"note\":\"\",\"method\":\"CARD\"} (v2 writes it, v3 cannot read it)",
        "FULL_TRANSITIVE     | #/fields/3: READER_FIELD_MISSING_DEFAULT_VALUE: (none) -> field channel without a default (breaks FULL_TRANSITIVE with v1, v2) witness: {\"paymentId\":\"\",\"amount\":0,\"note\":\"\",\"method\":\"CARD\"} (v1 writes it, v3 cannot read it)"})
    void checksEverySevenLevelWithAvrosReaderAndWriterRoles(CompatibilityLevel level, String expected) {
        files.write("payments/PaymentTaken/v2.avsc", V2).write("payments/PaymentTaken/v3.avsc", V3)
                .write("contracts.yaml", "level: " + level + "\n");

        CompatibilityReport report = EventContracts.load(root).checkCompatibility();

        Path v3 = root.resolve("payments/PaymentTaken/v3.avsc");
        assertThat(report.problems()).extracting(CompatibilityReport.Problem::line).containsExactlyElementsOf(
                expected == null ? List.of() : List.of(v3 + ": " + expected + " hint: give the new field a default"));
    }

    @Test
    void aRemovedFieldWithoutDefaultBreaksForward() {
        files.write("payments/PaymentTaken/v2.avsc", V1.replace("""
                   {"name": "amount", "type": "long"},
                """, "")).write("contracts.yaml", "level: FORWARD\n");

        assertThat(EventContracts.load(root).checkCompatibility().problems())
                .extracting(CompatibilityReport.Problem::line).containsExactly(root.resolve("payments/PaymentTaken/v2.avsc")
                        + ": #/fields/1: READER_FIELD_MISSING_DEFAULT_VALUE: (none) -> field amount without a default "
                        + "(breaks FORWARD with v1 reading v2 data) witness: {\"paymentId\":\"\",\"note\":\"\",\"method\":\"CARD\"} "
                        + "(v2 writes it, v1 cannot read it) hint: give the new field a default");
    }

    @Test
    void aChangedTypeIsReportedAtItsField() {
        files.write("payments/PaymentTaken/v2.avsc", V1.replace("\"type\": \"long\"", "\"type\": \"string\""));

        assertThat(EventContracts.load(root).checkCompatibility().problems())
                .extracting(CompatibilityReport.Problem::line).containsExactly(root.resolve("payments/PaymentTaken/v2.avsc")
                        + ": #/fields/1/type: TYPE_MISMATCH: long -> string (breaks BACKWARD with v1) witness: "
                        + "{\"paymentId\":\"\",\"amount\":0,\"note\":\"\",\"method\":\"CARD\"} (v1 writes it, v2 cannot read it) hint: add a new "
                        + "field for the new type, or use a type Avro promotes to (int to long, float or double; string to bytes)");
    }

    @Test
    void examplesOfAvroSubjectsAreValidatedToo() {
        files.write("payments/PaymentTaken/examples/v1-cash.json", "{\"paymentId\": \"p\", \"amount\": 1, \"method\": \"COIN\"}");

        assertThatThrownBy(() -> EventContracts.load(root)).isInstanceOf(ContractException.class).hasMessage(
                root.resolve("payments/PaymentTaken/examples/v1-cash.json") + ": example does not match "
                        + root.resolve("payments/PaymentTaken/v1.avsc") + ": #/method: symbols: \"COIN\" is not a symbol "
                        + "of enum shop.Method; expected one of [CARD, CASH]");
    }

    @Test
    void oneSubjectHoldsOneFormat() {
        files.write("payments/PaymentTaken/v2.json", "{\"type\": \"object\"}");

        assertThatThrownBy(() -> EventContracts.load(root)).isInstanceOf(ContractException.class).hasMessage(
                root.resolve("payments/PaymentTaken") + ": a subject holds one format, but this folder has both v1.avsc "
                        + "and v2.json; keep JSON Schema (v<N>.json) or Avro (v<N>.avsc) versions, and move the other "
                        + "format to a subject folder of its own");
    }

    @Test
    void anAvroSchemaThatDoesNotParseNamesItsFile() {
        files.write("payments/PaymentTaken/v2.avsc", "{\"type\": \"record\", \"name\": \"P\", \"fields\": [{\"name\": \"a\"}]}");

        assertThatThrownBy(() -> EventContracts.load(root)).isInstanceOf(ContractException.class).hasMessage(
                root.resolve("payments/PaymentTaken/v2.avsc") + ": not a valid Avro schema: No field type: {\"name\":\"a\"}");
    }

    @Test
    void anAvroSchemaTheParserRefusesOnItsOwnChecksNamesItsFileToo() {
        // found by the CLI's adversarial corpus: Avro's AvroRuntimeException escaped as an internal error (exit 3)
        files.write("payments/PaymentTaken/v2.avsc", "{\"type\": \"fixed\", \"name\": \"F\", \"size\": -1}");
        assertThatThrownBy(() -> EventContracts.load(root)).isInstanceOf(ContractException.class).hasMessage(
                root.resolve("payments/PaymentTaken/v2.avsc") + ": not a valid Avro schema: Malformed data. Length is negative: -1");

        files.write("payments/PaymentTaken/v2.avsc", "{\"type\": \"record\", \"name\": \"P\", \"fields\": "
                + "[{\"name\": \"u\", \"type\": [\"null\", \"null\"]}]}");
        assertThatThrownBy(() -> EventContracts.load(root)).isInstanceOf(ContractException.class).hasMessage(
                root.resolve("payments/PaymentTaken/v2.avsc") + ": not a valid Avro schema: Duplicate in union:null");
    }

    @Test
    void anAvroFileThatIsNotJsonNamesTheLine() {
        files.write("payments/PaymentTaken/v2.avsc", "{\"type\": \"record\",}");

        assertThatThrownBy(() -> EventContracts.load(root)).isInstanceOf(ContractException.class)
                .hasMessageStartingWith(root.resolve("payments/PaymentTaken/v2.avsc") + ": line 1, column 19: not valid JSON: ");
    }
}
