package dev.eventtestkit.report.check;

import dev.eventtestkit.contract.CompatibilityReport;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.contract.ReleasedVersionProblem;
import dev.eventtestkit.event.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON report, format {@code testkit-check/1} (documented in docs/cli.md; fields are only ever added). */
final class JsonReport {

    static final String FORMAT = "testkit-check/1";

    private JsonReport() {}

    static String render(CheckOutcome outcome) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("root", outcome.contracts().root().toString());
        root.put("compatible", outcome.isCompatible());
        root.put("summary", outcome.summary());
        root.put("subjects", subjects(outcome));
        root.put("problems", outcome.report().problems().stream().map(JsonReport::problem).toList());
        root.put("released", outcome.released().stream().map(JsonReport::released).toList());
        return Json.valueOf(root).toPrettyString() + "\n";
    }

    private static List<Map<String, Object>> subjects(CheckOutcome outcome) {
        EventContracts contracts = outcome.contracts();
        List<Map<String, Object>> subjects = new ArrayList<>();
        Map<String, Object> current = null;
        List<Map<String, Object>> versions = null;
        for (CompatibilityReport.VersionResult result : outcome.report().results()) {
            if (current == null || !current.get("subject").equals(result.subject())) {
                current = new LinkedHashMap<>();
                versions = new ArrayList<>();
                current.put("subject", result.subject());
                current.put("level", contracts.levelOf(result.subject()).name());
                current.put("policy", contracts.policyOf(result.subject()).name());
                current.put("versions", versions);
                subjects.add(current);
            }
            Map<String, Object> version = new LinkedHashMap<>();
            version.put("version", result.version());
            version.put("file", result.file().toString());
            version.put("compatible", result.result().isCompatible());
            versions.add(version);
        }
        return subjects;
    }

    private static Map<String, Object> problem(CompatibilityReport.Problem p) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("file", p.file().toString());
        node.put("subject", p.subject());
        node.put("version", p.version());
        node.put("pointer", p.difference().path());
        node.put("type", p.difference().type().name());
        node.put("old", p.difference().original());
        node.put("new", p.difference().updated());
        node.put("level", p.level().name());
        node.put("direction", p.direction().name());
        node.put("breaks", p.brokenVersions());
        node.put("hint", p.hint());
        p.difference().witness().ifPresent(witness -> {
            node.put("witness", witness);
            node.put("witnessAcceptedBy", p.witnessAcceptedBy().getAsInt());
            node.put("witnessRejectedBy", p.witnessRejectedBy().getAsInt());
        });
        node.put("line", p.line());
        return node;
    }

    private static Map<String, Object> released(ReleasedVersionProblem p) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("file", p.file().toString());
        node.put("subject", p.subject());
        node.put("version", p.version());
        node.put("pointer", p.pointer());
        node.put("type", p.rule());
        node.put("old", p.original());
        node.put("new", p.updated());
        node.put("baselineFile", p.baselineFile().toString());
        node.put("line", p.line());
        return node;
    }
}
