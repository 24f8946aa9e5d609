package dev.eventtestkit.cli;

import dev.eventtestkit.contract.CompatibilityReport;
import dev.eventtestkit.contract.ReleasedVersionProblem;
import dev.eventtestkit.contract.SchemaLines;
import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** SARIF 2.1.0: one result per problem, located at the schema file and the line of the changed keyword. */
final class SarifReport {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private SarifReport() {}

    static String render(CheckOutcome outcome) {
        ObjectNode sarif = MAPPER.createObjectNode();
        sarif.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        sarif.put("version", "2.1.0");
        ObjectNode run = sarif.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "testkit");
        driver.put("version", TestkitCommand.Version.version());
        SortedSet<String> rules = new TreeSet<>();
        ArrayNode results = run.putArray("results");
        for (CompatibilityReport.Problem p : outcome.report().problems()) {
            String rule = p.difference().type().name();
            rules.add(rule);
            result(results.addObject(), rule, p.line(), p.file(), p.difference().path());
        }
        for (ReleasedVersionProblem p : outcome.released()) {
            rules.add(p.rule());
            result(results.addObject(), p.rule(), p.line(), p.file(), p.pointer());
        }
        ArrayNode ruleNodes = driver.putArray("rules");
        for (String rule : rules) {
            ObjectNode node = ruleNodes.addObject();
            node.put("id", rule);
            node.putObject("shortDescription").put("text", rule);
        }
        return MAPPER.writeValueAsString(sarif) + "\n";
    }

    private static void result(ObjectNode result, String rule, String line, Path file, String pointer) {
        result.put("ruleId", rule);
        result.put("level", "error");
        result.putObject("message").put("text", line);
        ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(file));
        SchemaLines.positionOf(file, pointer).ifPresent(position -> {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", position.line());
            region.put("startColumn", position.column());
        });
    }

    /** Relative paths stay relative (SARIF resolves them against the checkout); absolute ones become file URIs. */
    private static String uri(Path file) {
        if (file.isAbsolute()) {
            return file.toUri().toString();
        }
        StringBuilder uri = new StringBuilder();
        for (Path part : file.normalize()) {
            if (uri.length() > 0) {
                uri.append('/');
            }
            uri.append(java.net.URLEncoder.encode(part.toString(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return uri.toString();
    }
}
