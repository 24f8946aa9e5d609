package dev.eventtestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.event.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each machine format's exact structure, over a root whose only problems are released versions changed or gone. */
class ReportFormatsTest {

    Path root;
    Path baseline;

    @BeforeEach
    void setUp() {
        Path dir = CliRun.freshDir();
        root = dir.resolve("schemas");
        baseline = dir.resolve("base");
        CliRun.write(root, "orders/OrderShipped/v1.json",
                "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"orderId\": {\"type\": \"string\"}\n  }\n}\n");
        CliRun.write(root, "Pay/v1.json", "{}");
        CliRun.write(baseline, "orders/OrderShipped/v1.json",
                "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"orderId\": {\"type\": \"string\", \"minLength\": 1}\n  }\n}\n");
        CliRun.write(baseline, "Gone/v1.json", "{}");
    }

    String paths(String template) {
        return template.replace("ROOT", root.toString()).replace("BASE", baseline.toString());
    }

    @Test
    void json() {
        CliRun run = CliRun.of("check", root.toString(), "--against", baseline.toString(), "--format", "json");

        assertThat(run.out()).isEqualTo(paths("""
                {
                  "format" : "testkit-check/1",
                  "root" : "ROOT",
                  "compatible" : false,
                  "summary" : "2 subjects, 2 versions checked: all compatible; 2 released versions changed or vanished",
                  "subjects" : [ {
                    "subject" : "OrderShipped",
                    "level" : "BACKWARD",
                    "policy" : "STRICT",
                    "versions" : [ {
                      "version" : 1,
                      "file" : "ROOT/orders/OrderShipped/v1.json",
                      "compatible" : true
                    } ]
                  }, {
                    "subject" : "Pay",
                    "level" : "BACKWARD",
                    "policy" : "STRICT",
                    "versions" : [ {
                      "version" : 1,
                      "file" : "ROOT/Pay/v1.json",
                      "compatible" : true
                    } ]
                  } ],
                  "problems" : [ ],
                  "released" : [ {
                    "file" : "ROOT/Gone/v1.json",
                    "subject" : "Gone",
                    "version" : 1,
                    "pointer" : "#/",
                    "type" : "RELEASED_VERSION_REMOVED",
                    "old" : null,
                    "new" : null,
                    "baselineFile" : "BASE/Gone/v1.json",
                    "line" : "ROOT/Gone/v1.json: #/: RELEASED_VERSION_REMOVED (v1 is released in BASE/Gone/v1.json; restore it)"
                  }, {
                    "file" : "ROOT/orders/OrderShipped/v1.json",
                    "subject" : "OrderShipped",
                    "version" : 1,
                    "pointer" : "#/properties/orderId/minLength",
                    "type" : "RELEASED_VERSION_CHANGED",
                    "old" : "1",
                    "new" : null,
                    "baselineFile" : "BASE/orders/OrderShipped/v1.json",
                    "line" : "ROOT/orders/OrderShipped/v1.json: #/properties/orderId/minLength: RELEASED_VERSION_CHANGED: 1 -> (none) (v1 is released in BASE/orders/OrderShipped/v1.json; add a new version instead)"
                  } ]
                }
                """));
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void junitXmlHasOneTestcasePerSubjectVersion() {
        CliRun run = CliRun.of("check", root.toString(), "--against", baseline.toString(), "--format", "junit");

        assertThat(run.out()).isEqualTo(paths("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="testkit check ROOT" tests="3" failures="2">
                  <testsuite name="Gone" tests="1" failures="1">
                    <testcase classname="Gone" name="v1">
                      <failure message="1 problem" type="incompatible">ROOT/Gone/v1.json: #/: RELEASED_VERSION_REMOVED (v1 is released in BASE/Gone/v1.json; restore it)</failure>
                    </testcase>
                  </testsuite>
                  <testsuite name="OrderShipped" tests="1" failures="1">
                    <testcase classname="OrderShipped" name="v1">
                      <failure message="1 problem" type="incompatible">ROOT/orders/OrderShipped/v1.json: #/properties/orderId/minLength: RELEASED_VERSION_CHANGED: 1 -&gt; (none) (v1 is released in BASE/orders/OrderShipped/v1.json; add a new version instead)</failure>
                    </testcase>
                  </testsuite>
                  <testsuite name="Pay" tests="1" failures="0">
                    <testcase classname="Pay" name="v1"/>
                  </testsuite>
                </testsuites>
                """));
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void sarifLocatesEachResultAtItsFileAndTheLineOfTheKeyword() {
        CliRun run = CliRun.of("check", root.toString(), "--against", baseline.toString(), "--format", "sarif");

        Json sarif = Json.parse(run.out());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.at("/runs/0/tool/driver/name").asText()).isEqualTo("testkit");
        assertThat(sarif.at("/runs/0/tool/driver/rules").elements()).extracting(rule -> rule.get("id").asText())
                .containsExactly("RELEASED_VERSION_CHANGED", "RELEASED_VERSION_REMOVED");
        Json changed = sarif.at("/runs/0/results/1");
        assertThat(changed.get("ruleId").asText()).isEqualTo("RELEASED_VERSION_CHANGED");
        assertThat(changed.get("level").asText()).isEqualTo("error");
        assertThat(changed.at("/message/text").asText()).startsWith(root + "/orders/OrderShipped/v1.json: #/properties/orderId");
        assertThat(changed.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo(root + "/orders/OrderShipped/v1.json");
        assertThat(changed.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(4);
        Json removed = sarif.at("/runs/0/results/0");
        assertThat(removed.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo(root + "/Gone/v1.json");
        assertThat(removed.at("/locations/0/physicalLocation/region").isMissing()).isTrue();
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void textListsReleasedProblemsBeforeTheSummary() {
        CliRun run = CliRun.of("check", root.toString(), "--against", baseline.toString(), "--format", "text");

        assertThat(run.out()).isEqualTo(paths("""
                ROOT/Gone/v1.json: #/: RELEASED_VERSION_REMOVED (v1 is released in BASE/Gone/v1.json; restore it)
                ROOT/orders/OrderShipped/v1.json: #/properties/orderId/minLength: RELEASED_VERSION_CHANGED: 1 -> (none) (v1 is released in BASE/orders/OrderShipped/v1.json; add a new version instead)
                2 subjects, 2 versions checked: all compatible; 2 released versions changed or vanished
                """));
    }

    @Test
    void incompatibleDifferencesAppearInJsonAndSarifAtTheChangedProperty() {
        CliRun.write(root, "orders/OrderCreated/v1.json", CheckCommandTest.V2);
        CliRun.write(root, "orders/OrderCreated/v2.json", CheckCommandTest.V3);

        Json json = Json.parse(CliRun.of("check", root.toString(), "--format", "json").out());
        CliRun sarifRun = CliRun.of("check", root.toString(), "--format", "sarif");
        Json sarif = Json.parse(sarifRun.out());

        assertThat(json.get("compatible").asBoolean()).isFalse();
        assertThat(json.get("problems").size()).isEqualTo(1);
        assertThat(json.at("/problems/0").toString()).isEqualTo(paths("{\"file\":\"ROOT/orders/OrderCreated/v2.json\","
                + "\"subject\":\"OrderCreated\",\"version\":2,\"pointer\":\"#/properties/amount\",\"type\":\"TYPE_CHANGED\","
                + "\"old\":\"integer\",\"new\":\"string\",\"level\":\"BACKWARD\",\"direction\":\"BACKWARD\",\"breaks\":[1],"
                + "\"hint\":\"add a new property for the new type, or accept both types with a type list or anyOf\","
                + "\"witness\":{\"orderId\":\"a\",\"amount\":0},\"witnessAcceptedBy\":1,\"witnessRejectedBy\":2,"
                + "\"line\":\"ROOT/orders/OrderCreated/v2.json: #/properties/amount: TYPE_CHANGED: integer -> string (breaks "
                + "BACKWARD with v1) witness: {\\\"orderId\\\":\\\"a\\\",\\\"amount\\\":0} (v1 accepts it, v2 rejects it) hint: add a new property for the new type, or accept both types with a type list or anyOf\"}"));
        assertThat(json.at("/subjects/0/versions/1/compatible").asBoolean()).isFalse();
        Json result = sarif.at("/runs/0/results/0");
        assertThat(result.get("ruleId").asText()).isEqualTo("TYPE_CHANGED");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo(root + "/orders/OrderCreated/v2.json");
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(5);
        assertThat(result.at("/properties/witness").toString()).isEqualTo("{\"orderId\":\"a\",\"amount\":0}");
        assertThat(result.at("/message/text").asText()).contains(" witness: {\"orderId\":\"a\",\"amount\":0} (v1 accepts it, v2 rejects it) ");
        assertThat(sarifRun.exitCode()).isEqualTo(1);
    }

    @Test
    void sarifPointsAtTheChangedKeywordEvenWhenTheSameNamesStandEarlierInDefs() {
        String defsFirst = """
                {
                  "$defs": {
                    "Money": {
                      "properties": {
                        "amount": {"type": "integer"}
                      }
                    }
                  },
                  "properties": {
                    "amount": {"type": "TYPE"}
                  }
                }
                """;
        CliRun.write(root, "Paid/v1.json", defsFirst.replace("TYPE", "integer"));
        CliRun.write(root, "Paid/v2.json", defsFirst.replace("TYPE", "string"));

        Json sarif = Json.parse(CliRun.of("check", root.toString(), "--format", "sarif").out());

        Json region = sarif.at("/runs/0/results/0/locations/0/physicalLocation/region");
        assertThat(region.toString()).isEqualTo("{\"startLine\":10,\"startColumn\":5}");
    }

    @Test
    void junitXmlStaysWellFormedWhenNamesHoldCharactersXmlForbids() throws Exception {
        String property = "a\\u0001b\\uFFFEc";   // in the schema files' JSON: JSON escapes of U+0001 and U+FFFE
        String subject = "Odd\u0002Name";
        CliRun.write(root, subject + "/v1.json", "{\"properties\": {\"" + property + "\": {\"type\": \"integer\"}}}");
        CliRun.write(root, subject + "/v2.json", "{\"properties\": {\"" + property + "\": {\"type\": \"string\"}}}");

        CliRun run = CliRun.of("check", root.toString(), "--format", "junit");

        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(run.out().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(run.out()).contains("""
                  <testsuite name="Odd\\u0002Name" tests="2" failures="1">
                    <testcase classname="Odd\\u0002Name" name="v1"/>
                    <testcase classname="Odd\\u0002Name" name="v2">
                      <failure message="1 problem" type="incompatible">ROOT/Odd\\u0002Name/v2.json: #/properties/a\\u0001b\\uFFFEc: TYPE_CHANGED: integer -&gt; string (breaks BACKWARD with v1) witness: {&quot;a\\u0001b\\uFFFEc&quot;:0} (v1 accepts it, v2 rejects it) hint: add a new property for the new type, or accept both types with a type list or anyOf</failure>
                    </testcase>
                  </testsuite>
                """.replace("ROOT", root.toString()));
        assertThat(run.exitCode()).isEqualTo(1);
    }
}
