package dev.eventtestkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input under a contracts root: one {@link ContractException} naming the file and what was expected. */
class ContractInputErrorsTest {

    @TempDir
    Path dir;

    Path root;
    ContractFiles files;

    @BeforeEach
    void setUp() {
        root = dir.resolve("schemas");
        files = new ContractFiles(root).write("S/v1.json", "{}");
    }

    void assertLoadFails(String message) {
        assertThatThrownBy(() -> EventContracts.load(root)).isInstanceOf(ContractException.class)
                .hasMessage(message.replace("ROOT", root.toString()));
    }

    static Stream<Arguments> contractsYaml() {
        String levels = "NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE";
        return Stream.of(
                Arguments.of("level: [FULL]", "level: expected a level, one of " + levels + "; found a list [\"FULL\"]"),
                Arguments.of("level: {a: 1}", "level: expected a level, one of " + levels + "; found a mapping {\"a\":1}"),
                Arguments.of("level: 5", "level: expected a level, one of " + levels + "; found the number 5"),
                Arguments.of("level:", "level: expected a level, one of " + levels + "; found nothing (null)"),
                Arguments.of("policy: true", "policy: expected a policy, one of STRICT, LENIENT; found the boolean true"),
                Arguments.of("subjects: [S]", "subjects: expected a mapping of subject names to {level, policy}; found a list [\"S\"]"),
                Arguments.of("subjects: 5", "subjects: expected a mapping of subject names to {level, policy}; found the number 5"),
                Arguments.of("subjects:\n  S: FULL", "subjects.S: expected a mapping with keys level, policy; found the text \"FULL\""),
                Arguments.of("subjects:\n  S: {level: [x]}", "subjects.S.level: expected a level, one of " + levels
                        + "; found a list [\"x\"]"),
                Arguments.of("level: FULL\nlevel: NONE", "line 2, column 6: not valid YAML: duplicate key \"level\"; expected each key once"),
                Arguments.of("subjects:\n  S: {level: FULL, level: NONE}",
                        "line 2, column 25: not valid YAML: duplicate key \"level\"; expected each key once"),
                Arguments.of("hello", "the document: expected a mapping with keys level, policy, subjects; found the text \"hello\""),
                Arguments.of("- level: FULL", "the document: expected a mapping with keys level, policy, subjects; found a list [{\"level\":\"FULL\"}]"),
                Arguments.of("---\nlevel: FULL\n---\nlevel: NONE", "line 4, column 1: not valid YAML: more than one YAML document; expected one"),
                Arguments.of("[a", "line 1, column 3: not valid YAML: while parsing a flow sequence: expected ',' or ']', but got <stream end>"),
                Arguments.of("levle: FULL", "levle: unknown key; expected one of level, policy, subjects"));
    }

    @ParameterizedTest
    @MethodSource
    void contractsYaml(String yaml, String message) {
        files.write("contracts.yaml", yaml + "\n");

        assertLoadFails("ROOT/contracts.yaml: " + message);
    }

    @Test
    void anEmptyContractsYamlOrOneWithOnlyCommentsMeansTheDefaults() {
        files.write("contracts.yaml", "# nothing configured yet\n");

        assertThat(EventContracts.load(root).levelOf("S")).isEqualTo(CompatibilityLevel.BACKWARD);
        files.write("contracts.yaml", "");
        assertThat(EventContracts.load(root).policyOf("S")).isEqualTo(CompatibilityPolicy.STRICT);
    }

    @Test
    void hugeVersionNumbersInSchemaAndExampleNames() {
        files.write("T/v99999999999.json", "{}");
        assertLoadFails("ROOT/T/v99999999999.json: version 99999999999 is too large; expected v1.json, v2.json, ... "
                + "(versions run from v1 without gaps, up to v999999999)");

        files = new ContractFiles(root = dir.resolve("other")).write("S/v1.json", "{}").write("S/examples/v99999999999-x.json", "{}");
        assertLoadFails("ROOT/S/examples/v99999999999-x.json: example for v99999999999, but S has versions v1 to v1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"V2.json", "v1.5.json", "v-1.json", "v2.json.json", "v0.json", "v01.json"})
    void aFileNamedAlmostLikeAVersionIsAnErrorNotSkipped(String name) {
        // found by the CLI's adversarial corpus: S/V2.json beside S/v1.json was skipped, "1 version checked"
        files.write("S/v1.json", "{}").write("S/" + name, "{}");

        assertLoadFails("ROOT/S/" + name + ": bad version file name; expected v1.json, v2.json, ... "
                + "(a lowercase v and a whole number from 1, no leading zeros)");
    }

    @Test
    void aReferenceToSomethingThatIsNotASchemaIsAnError() {
        // found while auditing issue 12: a $ref to a shared file holding 5 loaded and checked as compatible
        files.write("S/v1.json", "{\"$ref\": \"b.json\"}").write("S/b.json", "5");
        assertLoadFails("ROOT/S/v1.json: #/$ref: ROOT/S/b.json is the number 5, not a schema; expected an object or a boolean there");

        files.write("S/v1.json", "{\"required\": [\"a\"], \"properties\": {\"a\": {\"$ref\": \"#/required\"}}}");
        assertLoadFails("ROOT/S/v1.json: #/properties/a/$ref: #/required in this file is an array [\"a\"], not a schema; "
                + "expected an object or a boolean there");
    }

    @Test
    void aDynamicRefToARemoteUriIsRefusedLikeAnyRemoteReference() {
        files.write("S/v1.json", "{\"$dynamicRef\": \"https://example.com/tree\"}").write("S/examples/v1-a.json", "{}");

        assertLoadFails("ROOT/S/v1.json: #/$dynamicRef: https://example.com/tree is outside the contracts root ROOT; "
                + "only files under the root are read, nothing is fetched from the network");
    }

    @Test
    void aReferenceToNothingIsAnError() {
        files.write("S/v1.json", "{\"properties\": {\"a\": {\"$ref\": \"#/$defs/Nope\"}}}");
        assertLoadFails("ROOT/S/v1.json: #/properties/a/$ref: nothing at #/$defs/Nope in this file; expected a subschema there");

        files.write("S/v1.json", "{\"properties\": {\"a\": {\"$ref\": \"#nope\"}}}");
        assertLoadFails("ROOT/S/v1.json: #/properties/a/$ref: nothing at #nope in this file; expected a subschema there "
                + "(an $anchor of that name)");

        files.write("common/Money.json", "{\"$defs\": {\"Amount\": {}}}")
                .write("S/v1.json", "{\"properties\": {\"a\": {\"$ref\": \"../common/Money.json#/$defs/Amout\"}}}");
        assertLoadFails("ROOT/S/v1.json: #/properties/a/$ref: nothing at #/$defs/Amout in ROOT/common/Money.json; "
                + "expected a subschema there");
    }

    @Test
    void referencesThatResolveAreAcceptedWhereverTheyPoint() {
        files.write("common/Money.json", "{\"$id\": \"https://example.com/money\", \"$defs\": {\"Amount\": {\"$anchor\": \"amount\"}}}")
                .write("S/v1.json", """
                        {"$defs": {"Money Amount": {}, "nested": {"$id": "https://example.com/nested", "$defs": {"x": {}},
                                                   "properties": {"y": {"$ref": "#/$defs/x"}}}},
                         "properties": {"a": {"$ref": "#/$defs/Money%20Amount"},
                                        "b": {"$ref": "https://example.com/money#amount"},
                                        "c": {"$ref": "../common/Money.json#/$defs/Amount"},
                                        "d": {"$ref": "https://example.com/nested#/$defs/x"}},
                         "enum": [{"$ref": "data, not a reference"}],
                         "default": {"$ref": "#/nothing"}}
                        """);

        assertThat(EventContracts.load(root).subjects()).containsExactly("S");
    }

    @Test
    void anInvalidRegularExpressionIsAnError() {
        files.write("S/v1.json", "{\"properties\": {\"a\": {\"pattern\": \"(\"}}}");

        assertLoadFails("ROOT/S/v1.json: #/properties/a/pattern: not a regular expression: Unclosed group near index 1 of \"(\"");
    }

    @Test
    void aNumberTooLargeForADoubleIsAnError() {
        files.write("S/v1.json", "{\"maximum\": 1e400}");

        assertLoadFails("ROOT/S/v1.json: #/maximum: a number too large for a double (at most about 1.8e308)");
    }

    static Stream<Arguments> badJson() {
        return Stream.of(
                Arguments.of("", "empty file; expected JSON"),
                Arguments.of(" \n", "empty file; expected JSON"),
                Arguments.of("{", "line 1, column 2: not valid JSON: Unexpected end-of-input: expected close marker for Object"),
                Arguments.of("{} {}", "line 1, column 4: not valid JSON: more than one JSON value; expected one"),
                Arguments.of("{\"type\": \"string\", \"type\": \"object\"}",
                        "line 1, column 26: not valid JSON: duplicate key \"type\"; expected each key once"),
                Arguments.of("{\"a\": 1" + "1".repeat(1000) + "}",
                        "not valid JSON: Number value length (1001) exceeds the maximum allowed (1000)"));
    }

    @ParameterizedTest
    @MethodSource
    void badJson(String text, String message) {
        files.write("S/v1.json", text);

        assertLoadFails("ROOT/S/v1.json: " + message);
    }

    @Test
    void bytesThatAreNotUtf8AreAnErrorWithTheirPlaceAndAByteOrderMarkIsSkipped() throws IOException {
        Files.write(root.resolve("S/v1.json"), new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, '"', '}'});
        assertLoadFails("ROOT/S/v1.json: line 1, column 8: not valid JSON: Invalid UTF-8 start byte 0xff");

        Files.write(root.resolve("S/v1.json"), "\uFEFF{\"type\": \"object\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(EventContracts.load(root).schema("S", 1).toString()).isEqualTo("{\"type\":\"object\"}");
    }

    @Test
    void aFileLargerThanTheLimitIsNotRead() throws IOException {
        try (var out = Files.newOutputStream(root.resolve("S/v1.json"))) {
            out.write('"');
            out.write(new byte[(int) ContractLimits.MAX_FILE_BYTES]);
        }

        assertLoadFails("ROOT/S/v1.json: file too large: 16777217 bytes; the limit is 16777216 bytes (16 MiB)");
    }

    @Test
    void anExampleOutsideASubjectIsAnError() {
        files.write("orders/examples/v1-x.json", "{}");

        assertLoadFails("ROOT/orders/examples/v1-x.json: an example outside a subject: ROOT/orders has no v<N>.json; "
                + "put examples in <Subject>/examples/");
    }

    @Test
    void anUnreadableFileOrFolderIsAnError() throws IOException {
        assumeThat(System.getProperty("user.name")).as("root reads every file").isNotEqualTo("root");
        Path hidden = Files.createDirectories(root.resolve("T"));
        hidden.toFile().setReadable(false);
        try {
            assertLoadFails("ROOT/T: cannot list the folder: permission denied");
        } finally {
            hidden.toFile().setReadable(true);
        }
    }

    @Test
    void nullArgumentsToValidateAreNamed() {
        EventContracts contracts = EventContracts.load(root);

        assertThatThrownBy(() -> contracts.validate(null, dev.eventtestkit.event.EventCodec.jackson()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("validate(event, codec): the event is null; expected an event object");
        assertThatThrownBy(() -> contracts.validate("S", 1, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("validate(subject, version, payload): the payload is null; expected the event's JSON");
        assertThatThrownBy(() -> contracts.validate(null, 1, dev.eventtestkit.event.Json.parse("{}")))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("validate(subject, version, payload): the subject is null");
    }
}
