package dev.eventtestkit.report.check;

import dev.eventtestkit.contract.CompatibilityReport;
import dev.eventtestkit.contract.ReleasedVersionProblem;
import dev.eventtestkit.contract.SchemaLines;
import dev.eventtestkit.event.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/** SARIF 2.1.0: one result per problem, located at the schema file and the line of the changed keyword. */
final class SarifReport {

    private SarifReport() {}

    static String render(CheckOutcome outcome) {
        SortedSet<String> rules = new TreeSet<>();
        List<Map<String, Object>> results = new ArrayList<>();
        for (CompatibilityReport.Problem p : outcome.report().problems()) {
            String rule = p.difference().type().name();
            rules.add(rule);
            Map<String, Object> result = result(rule, p.line(), p.file(), p.difference().path());
            // the payload that shows the break, as data for tools (the message text carries it too)
            p.difference().witness().ifPresent(witness -> result.put("properties", Map.of("witness", witness)));
            results.add(result);
        }
        for (ReleasedVersionProblem p : outcome.released()) {
            rules.add(p.rule());
            results.add(result(p.rule(), p.line(), p.file(), p.pointer()));
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "testkit");
        driver.put("version", KitVersion.current());
        driver.put("rules", rules.stream().map(SarifReport::rule).toList());
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        Map<String, Object> sarif = new LinkedHashMap<>();
        sarif.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        sarif.put("version", "2.1.0");
        sarif.put("runs", List.of(run));
        return Json.valueOf(sarif).toPrettyString() + "\n";
    }

    private static Map<String, Object> rule(String id) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", id);
        rule.put("shortDescription", Map.of("text", id));
        return rule;
    }

    private static Map<String, Object> result(String rule, String line, Path file, String pointer) {
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", Map.of("uri", uri(file)));
        SchemaLines.positionOf(file, pointer).ifPresent(position -> {
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", position.line());
            region.put("startColumn", position.column());
            physical.put("region", region);
        });
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", rule);
        result.put("level", "error");
        result.put("message", Map.of("text", line));
        result.put("locations", List.of(Map.of("physicalLocation", physical)));
        return result;
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
