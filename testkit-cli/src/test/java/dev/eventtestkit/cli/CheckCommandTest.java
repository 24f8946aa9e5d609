package dev.eventtestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckCommandTest {

    static final String V1 = """
            {
              "type": "object",
              "properties": {
                "orderId": {"type": "string"},
                "amount": {"type": "integer"}
              },
              "required": ["orderId", "amount"],
              "additionalProperties": false
            }
            """;
    static final String V2 = V1.replace("\"amount\": {\"type\": \"integer\"}\n",
            "\"amount\": {\"type\": \"integer\"},\n    \"currency\": {\"type\": \"string\", \"default\": \"EUR\"}\n");
    static final String V3 = V2.replace("\"amount\": {\"type\": \"integer\"}", "\"amount\": {\"type\": \"string\"}");

    Path dir;
    Path root;

    @BeforeEach
    void setUp() {
        dir = CliRun.freshDir();
        root = dir.resolve("schemas");
        CliRun.write(root, "orders/OrderCreated/v1.json", V1);
        CliRun.write(root, "orders/OrderCreated/v2.json", V2);
        CliRun.write(root, "orders/OrderShipped/v1.json", "{\"type\": \"object\"}");
    }

    void breakOrderCreated() {
        CliRun.write(root, "orders/OrderCreated/v3.json", V3);
        CliRun.write(root, "contracts.yaml", "subjects:\n  OrderCreated: {level: BACKWARD_TRANSITIVE}\n");
    }

    String problemLine() {
        return root + "/orders/OrderCreated/v3.json: #/properties/amount: TYPE_CHANGED: integer -> string (breaks "
                + "BACKWARD_TRANSITIVE with v1, v2) witness: {\"orderId\":\"a\",\"amount\":0} (v1 accepts it, v3 rejects "
                + "it) hint: add a new property for the new type, or accept both types with a type list or anyOf";
    }

    @Test
    void exitsZeroWithTheSummaryWhenEverythingIsCompatible() {
        CliRun run = CliRun.of("check", root.toString());

        assertThat(run.out()).isEqualTo("2 subjects, 3 versions checked: all compatible\n");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void exitsOneWithOneLinePerProblemWhenIncompatible() {
        breakOrderCreated();

        CliRun run = CliRun.of("check", root.toString());

        assertThat(run.out()).isEqualTo(problemLine() + "\n2 subjects, 4 versions checked: 1 incompatible\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void exitsTwoNamingFileLineAndColumnOfBadJson() {
        CliRun.write(root, "orders/OrderShipped/v1.json", "{\"type\": \"object\",}");

        CliRun run = CliRun.of("check", root.toString());

        assertThat(run.err()).isEqualTo("testkit: " + root + "/orders/OrderShipped/v1.json: line 1, column 19: not valid "
                + "JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start property name\n");
        assertThat(run.out()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void exitsTwoForAMissingFolder() {
        CliRun run = CliRun.of("check", dir.resolve("nope").toString());

        assertThat(run.err()).isEqualTo("testkit: " + dir.resolve("nope")
                + ": contracts root not found; expected a directory of <Subject>/v<N>.json files\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void exitsTwoWithOneLineForAWrongFlag() {
        CliRun run = CliRun.of("check", root.toString(), "--bogus");
        CliRun misspelt = CliRun.of("check", root.toString(), "--formt", "json");

        assertThat(run.err()).isEqualTo("testkit: Unknown option: '--bogus'; see 'testkit check --help'\n");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(misspelt.err()).isEqualTo("testkit: Unknown options: '--formt', 'json' (did you mean --format?); "
                + "see 'testkit check --help'\n");
        assertThat(misspelt.exitCode()).isEqualTo(2);
    }

    @Test
    void exitsTwoForAnUnknownFormat() {
        CliRun run = CliRun.of("check", root.toString(), "--format", "xml");

        assertThat(run.err()).isEqualTo("testkit: Invalid value for option '--format': unknown report format \"xml\"; "
                + "expected one of text, json, junit, sarif, html; see 'testkit check --help'\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void printsHelpAndVersion() {
        CliRun help = CliRun.of("check", "--help");
        CliRun version = CliRun.of("check", "--version");

        assertThat(help.out()).startsWith("Usage: testkit check").contains("Exit codes:\n  0   compatible\n");
        assertThat(help.exitCode()).isZero();
        assertThat(version.out()).matches("testkit \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
        assertThat(version.exitCode()).isZero();
    }

    @Test
    void writesTheReportToOutputAndOnlyTheSummaryToStdout() throws IOException {
        breakOrderCreated();
        Path report = dir.resolve("out/report.txt");

        CliRun run = CliRun.of("check", root.toString(), "--output", report.toString());

        assertThat(run.out()).isEqualTo("2 subjects, 4 versions checked: 1 incompatible\n");
        assertThat(Files.readString(report)).isEqualTo(problemLine() + "\n2 subjects, 4 versions checked: 1 incompatible\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void writesTheHtmlReport() throws IOException {
        breakOrderCreated();
        Path report = dir.resolve("out/eventtestkit-check.html");

        CliRun run = CliRun.of("check", root.toString(), "--format", "html", "--output", report.toString());

        assertThat(run.out()).isEqualTo("2 subjects, 4 versions checked: 1 incompatible\n");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>")
                .contains("<span class=\"type\">TYPE_CHANGED</span> <code>#/properties/amount</code> in v3")
                .contains("<p class=\"hint\"><b>hint</b> add a new property for the new type, or accept both types"
                        + " with a type list or anyOf</p>")
                .contains("<p class=\"witness\"><b>witness</b> v1 accepts it, v3 rejects it</p><pre>{\n"
                        + "  &quot;orderId&quot; : &quot;a&quot;,\n  &quot;amount&quot; : 0\n}</pre>");
    }

    @Test
    void failsWhenAReleasedVersionChangedOrVanished() {
        Path baseline = dir.resolve("baseline");
        CliRun.write(baseline, "orders/OrderCreated/v1.json", V1.replace("\"string\"", "\"string\", \"minLength\": 1"));
        CliRun.write(baseline, "orders/OrderCreated/v2.json", V2);
        CliRun.write(baseline, "PaymentFailed/v1.json", "{}");

        CliRun run = CliRun.of("check", root.toString(), "--against", baseline.toString());

        assertThat(run.out()).isEqualTo(root + "/orders/OrderCreated/v1.json: #/properties/orderId/minLength: "
                + "RELEASED_VERSION_CHANGED: 1 -> (none) (v1 is released in " + baseline + "/orders/OrderCreated/v1.json; "
                + "add a new version instead)\n"
                + root + "/PaymentFailed/v1.json: #/: RELEASED_VERSION_REMOVED (v1 is released in " + baseline
                + "/PaymentFailed/v1.json; restore it)\n"
                + "2 subjects, 3 versions checked: all compatible; 2 released versions changed or vanished\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void passesAgainstAnUnchangedBaseline() {
        CliRun run = CliRun.of("check", root.toString(), "--against", root.toString());

        assertThat(run.out()).isEqualTo("2 subjects, 3 versions checked: all compatible\n");
        assertThat(run.exitCode()).isZero();
    }
}
