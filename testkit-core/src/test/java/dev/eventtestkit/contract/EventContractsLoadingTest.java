package dev.eventtestkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.event.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventContractsLoadingTest {

    @TempDir
    Path dir;

    Path root;
    ContractFiles files;

    @BeforeEach
    void setUp() {
        root = dir.resolve("schemas");
        files = new ContractFiles(root);
    }

    @Test
    void findsSubjectsInAnyFolderDepthAndDefaultsToBackwardStrict() {
        files.orderCreated().write("payments/card/PaymentFailed/v1.json", "{\"type\": \"object\"}");

        EventContracts contracts = EventContracts.load(root);

        assertThat(contracts.subjects()).containsExactly("OrderCreated", "PaymentFailed");
        assertThat(contracts.latestVersion("OrderCreated")).isEqualTo(2);
        assertThat(contracts.file("PaymentFailed", 1)).isEqualTo(root.resolve("payments/card/PaymentFailed/v1.json"));
        assertThat(contracts.levelOf("OrderCreated")).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThat(contracts.policyOf("OrderCreated")).isEqualTo(CompatibilityPolicy.STRICT);
        assertThat(contracts.schema("OrderCreated", 2).at("/properties/currency/default").asText()).isEqualTo("EUR");
    }

    @Test
    void readsLevelsAndPoliciesFromContractsYaml() {
        files.orderCreated().write("PaymentFailed/v1.json", "{}").write("contracts.yaml", """
                level: FULL_TRANSITIVE
                policy: LENIENT
                subjects:
                  OrderCreated: {level: FORWARD}
                """);

        EventContracts contracts = EventContracts.load(root);

        assertThat(contracts.levelOf("OrderCreated")).isEqualTo(CompatibilityLevel.FORWARD);
        assertThat(contracts.policyOf("OrderCreated")).isEqualTo(CompatibilityPolicy.LENIENT);
        assertThat(contracts.levelOf("PaymentFailed")).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
    }

    @Test
    void rejectsAMissingRoot() {
        assertThatThrownBy(() -> EventContracts.load(root))
                .isInstanceOf(ContractException.class)
                .hasMessage(root + ": contracts root not found; expected a directory of <Subject>/v<N>.json files");
    }

    @Test
    void rejectsARootThatIsAFile() {
        files.write("x", "");
        Path file = root.resolve("x");

        assertThatThrownBy(() -> EventContracts.load(file))
                .hasMessage(file + ": contracts root is not a directory; expected a directory of <Subject>/v<N>.json files");
    }

    @Test
    void rejectsARootWithoutContracts() {
        files.write("README.md", "nothing here");

        assertThatThrownBy(() -> EventContracts.load(root))
                .hasMessage(root + ": no contracts found; expected <Subject>/v1.json files under it");
    }

    @Test
    void namesTheMissingVersion() {
        files.write("OrderCreated/v1.json", "{}").write("OrderCreated/v3.json", "{}");

        assertThatThrownBy(() -> EventContracts.load(root))
                .hasMessage(root + "/OrderCreated: versions must run from v1 without gaps: v2.json is missing (found v1, v3)");
    }

    @Test
    void namesBothFoldersOfADuplicateSubject() {
        files.write("legacy/OrderCreated/v1.json", "{}").write("orders/OrderCreated/v1.json", "{}");

        assertThatThrownBy(() -> EventContracts.load(root))
                .hasMessage(root + "/legacy/OrderCreated: subject OrderCreated is defined twice: in " + root
                        + "/legacy/OrderCreated and in " + root + "/orders/OrderCreated; subject names must be unique under "
                        + root);
    }

    @Test
    void givesLineAndColumnOfAJsonSyntaxError() {
        files.write("OrderCreated/v1.json", "{\n  \"type\": \"object\",\n}\n");

        assertThatThrownBy(() -> EventContracts.load(root))
                .hasMessage(root + "/OrderCreated/v1.json: line 3, column 1: not valid JSON: "
                        + "Unexpected character ('}' (code 125)): was expecting double-quote to start property name");
    }

    @Test
    void givesThePointerOfAnInvalidSchemaKeyword() {
        files.write("OrderCreated/v1.json", "{\"properties\": {\"amount\": {\"minLength\": -1}}}");

        assertThatThrownBy(() -> EventContracts.load(root))
                .hasMessage(root + "/OrderCreated/v1.json: not a valid JSON Schema (https://json-schema.org/draft/2020-12/schema): "
                        + "#/properties/amount/minLength: minimum: must have a minimum value of 0");
    }

    @Test
    void givesThePointerOfAnInvalidPropertySchema() {
        files.write("OrderCreated/v1.json", "{\"properties\": {\"id\": {\"type\": \"string\"}, \"amount\": 5}}");

        assertThatThrownBy(() -> EventContracts.load(root))
                .hasMessage(root + "/OrderCreated/v1.json: not a valid JSON Schema (https://json-schema.org/draft/2020-12/schema): "
                        + "#/properties/amount: type: integer found, [object, boolean] expected");
    }

    @Test
    void findsAnInvalidKeywordDeepInNestedProperties() {
        files.write("OrderCreated/v1.json", "{\"properties\": {\"address\": {\"properties\": {\"zip\": {\"type\": \"strin\"}}}}}");

        assertThatThrownBy(() -> EventContracts.load(root))
                .hasMessage(root + "/OrderCreated/v1.json: not a valid JSON Schema (https://json-schema.org/draft/2020-12/schema): "
                        + "#/properties/address/properties/zip/type: enum: does not have a value in the enumeration [\"array\", "
                        + "\"boolean\", \"integer\", \"null\", \"number\", \"object\", \"string\"]");
    }

    @Test
    void rejectsAnUnknownSchemaDialect() {
        files.write("OrderCreated/v1.json", "{\"$schema\": \"https://example.com/my-dialect\"}");

        assertThatThrownBy(() -> EventContracts.load(root))
                .hasMessage(root + "/OrderCreated/v1.json: #/$schema: unknown dialect \"https://example.com/my-dialect\"; "
                        + "expected one of http://json-schema.org/draft-04/schema#, http://json-schema.org/draft-06/schema#, "
                        + "http://json-schema.org/draft-07/schema#, https://json-schema.org/draft/2019-09/schema, "
                        + "https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void honoursTheDialectTheSchemaDeclares() {
        files.write("OrderCreated/v1.json", """
                {"$schema": "http://json-schema.org/draft-07/schema#", "items": [{"type": "string"}], "additionalItems": false}
                """);
        EventContracts contracts = EventContracts.load(root);

        assertThat(contracts.validate("OrderCreated", 1, Json.parse("[\"a\", 1]")))
                .extracting(Violation::keyword).containsExactly("additionalItems");
    }

    @Test
    void resolvesRelativeRefsToFilesUnderTheRoot() {
        files.write("common/Money.json", "{\"type\": \"integer\", \"minimum\": 0}")
                .write("orders/OrderCreated/v1.json", "{\"properties\": {\"amount\": {\"$ref\": \"../../common/Money.json\"}}}");
        EventContracts contracts = EventContracts.load(root);

        assertThat(contracts.validate("OrderCreated", 1, Json.parse("{\"amount\": -5}")))
                .extracting(Violation::toString).containsExactly("#/amount: minimum: must have a minimum value of 0");
    }

    @Test
    void resolvesRefsByTheIdAFileUnderTheRootDeclares() {
        files.write("common/Money.json", "{\"$id\": \"https://schemas.example.com/money\", \"type\": \"integer\"}")
                .write("OrderCreated/v1.json", "{\"properties\": {\"amount\": {\"$ref\": \"https://schemas.example.com/money\"}}}");
        EventContracts contracts = EventContracts.load(root);

        assertThat(contracts.validate("OrderCreated", 1, Json.parse("{\"amount\": \"12\"}")))
                .extracting(Violation::toString).containsExactly("#/amount: type: string found, integer expected");
    }

    @Test
    void neverFetchesARemoteRef() {
        files.write("OrderCreated/v1.json", "{\"properties\": {\"amount\": {\"$ref\": \"https://example.com/money.json\"}}}");

        assertThatThrownBy(() -> EventContracts.load(root))
                .hasMessage(root + "/OrderCreated/v1.json: #/properties/amount/$ref: https://example.com/money.json is outside "
                        + "the contracts root " + root + "; only files under the root are read, nothing is fetched from the network");
    }

    @Test
    void refusesARemoteRefInASharedFileTheVersionsReach() {
        files.write("common/Money.json", "{\"$ref\": \"http://example.com/money.json\"}")
                .write("OrderCreated/v1.json", "{\"properties\": {\"amount\": {\"$ref\": \"../common/Money.json\"}}}");

        assertThatThrownBy(() -> EventContracts.load(root))
                .isInstanceOf(ContractException.class)
                .hasMessage(root + "/common/Money.json: #/$ref: http://example.com/money.json is outside the contracts root "
                        + root + "; only files under the root are read, nothing is fetched from the network");
    }

    @Test
    void aRefToAFileTheRootDoesNotHaveSaysNoSuchFileNotOutsideTheRoot() {
        files.write("OrderCreated/v1.json", "{\"properties\": {\"amount\": {\"$ref\": \"money.json\"}}}")
                .write("OrderCreated/notes.txt", "{}");
        files.write("OrderShipped/v1.json", "{\"properties\": {\"note\": {\"$ref\": \"../OrderCreated/notes.txt\"}}}");

        assertThatThrownBy(() -> EventContracts.load(root)).hasMessageContaining(
                "#/properties/amount/$ref: " + root.resolve("OrderCreated/money.json") + ": no such file; expected a JSON file there");
        files.write("OrderCreated/v1.json", "{}");
        assertThatThrownBy(() -> EventContracts.load(root)).hasMessage(root + "/OrderShipped/v1.json: #/properties/note/$ref: "
                + root.resolve("OrderCreated/notes.txt") + ": not a schema file of the contracts root; expected a *.json file");
    }

    @Test
    void refusesARefOutsideTheRoot() {
        new ContractFiles(dir).write("elsewhere/Money.json", "{\"type\": \"integer\"}");
        files.write("OrderCreated/v1.json", "{\"properties\": {\"amount\": {\"$ref\": \"../../elsewhere/Money.json\"}}}");

        assertThatThrownBy(() -> EventContracts.load(root))
                .hasMessage(root + "/OrderCreated/v1.json: #/properties/amount/$ref: " + dir.toUri() + "elsewhere/Money.json "
                        + "is outside the contracts root " + root + "; only files under the root are read, nothing is fetched from the network");
    }

    @Test
    void listsTheValidLevelsForAnUnknownOne() {
        files.orderCreated().write("contracts.yaml", "level: BACKWARDS\n");

        assertThatThrownBy(() -> EventContracts.load(root))
                .hasMessage(root + "/contracts.yaml: level: unknown level \"BACKWARDS\"; expected one of NONE, BACKWARD, "
                        + "BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE");
    }

    @Test
    void listsTheValidPoliciesForAnUnknownOne() {
        files.orderCreated().write("contracts.yaml", "subjects:\n  OrderCreated:\n    policy: LOOSE\n");

        assertThatThrownBy(() -> EventContracts.load(root))
                .hasMessage(root + "/contracts.yaml: subjects.OrderCreated.policy: unknown policy \"LOOSE\"; "
                        + "expected one of STRICT, LENIENT");
    }

    @Test
    void rejectsAnOverrideForAnUnknownSubject() {
        files.orderCreated().write("contracts.yaml", "subjects:\n  OrderCreate: {level: FULL}\n");

        assertThatThrownBy(() -> EventContracts.load(root))
                .hasMessage(root + "/contracts.yaml: subjects: unknown subject \"OrderCreate\"; known: OrderCreated "
                        + "(did you mean OrderCreated?)");
    }

    @Test
    void rejectsAnUnknownKeyInContractsYaml() {
        files.orderCreated().write("contracts.yaml", "levels: FULL\n");

        assertThatThrownBy(() -> EventContracts.load(root))
                .hasMessage(root + "/contracts.yaml: levels: unknown key; expected one of level, policy, subjects");
    }

    @Test
    void givesLineAndColumnOfAYamlSyntaxError() {
        files.orderCreated().write("contracts.yaml", "level: [FULL\n");

        assertThatThrownBy(() -> EventContracts.load(root))
                .hasMessage(root + "/contracts.yaml: line 1, column 13: not valid YAML: while parsing a flow sequence: "
                        + "expected ',' or ']', but got <stream end>");
    }
}
