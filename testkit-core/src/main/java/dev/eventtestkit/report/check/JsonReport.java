package dev.eventtestkit.report.check;

import dev.eventtestkit.contract.CompatibilityReport;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.contract.ReleasedVersionProblem;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON report, format {@code testkit-check/1} (documented in docs/cli.md; fields are only ever added). */
final class JsonReport {

    static final String FORMAT = "testkit-check/1";
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonReport() {}

    static String render(CheckOutcome outcome) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("root", outcome.contracts().root().toString());
        root.put("compatible", outcome.isCompatible());
        root.put("summary", outcome.summary());
        subjects(outcome, root.putArray("subjects"));
        ArrayNode problems = root.putArray("problems");
        outcome.report().problems().forEach(p -> problem(p, problems.addObject()));
        ArrayNode released = root.putArray("released");
        outcome.released().forEach(p -> released(p, released.addObject()));
        return MAPPER.writeValueAsString(root) + "\n";
    }

    private static void subjects(CheckOutcome outcome, ArrayNode subjects) {
        EventContracts contracts = outcome.contracts();
        ObjectNode current = null;
        for (CompatibilityReport.VersionResult result : outcome.report().results()) {
            if (current == null || !current.get("subject").asString().equals(result.subject())) {
                current = subjects.addObject();
                current.put("subject", result.subject());
                current.put("level", contracts.levelOf(result.subject()).name());
                current.put("policy", contracts.policyOf(result.subject()).name());
                current.putArray("versions");
            }
            ObjectNode version = ((ArrayNode) current.get("versions")).addObject();
            version.put("version", result.version());
            version.put("file", result.file().toString());
            version.put("compatible", result.result().isCompatible());
        }
    }

    private static void problem(CompatibilityReport.Problem p, ObjectNode node) {
        node.put("file", p.file().toString());
        node.put("subject", p.subject());
        node.put("version", p.version());
        node.put("pointer", p.difference().path());
        node.put("type", p.difference().type().name());
        putNullable(node, "old", p.difference().original());
        putNullable(node, "new", p.difference().updated());
        node.put("level", p.level().name());
        node.put("direction", p.direction().name());
        ArrayNode breaks = node.putArray("breaks");
        p.brokenVersions().forEach(breaks::add);
        putNullable(node, "hint", p.hint());
        if (p.difference().witness().isPresent()) {
            node.set("witness", p.difference().witness().get());
            node.put("witnessAcceptedBy", p.witnessAcceptedBy().getAsInt());
            node.put("witnessRejectedBy", p.witnessRejectedBy().getAsInt());
        }
        node.put("line", p.line());
    }

    private static void released(ReleasedVersionProblem p, ObjectNode node) {
        node.put("file", p.file().toString());
        node.put("subject", p.subject());
        node.put("version", p.version());
        node.put("pointer", p.pointer());
        node.put("type", p.rule());
        putNullable(node, "old", p.original());
        putNullable(node, "new", p.updated());
        node.put("baselineFile", p.baselineFile().toString());
        node.put("line", p.line());
    }

    private static void putNullable(ObjectNode node, String name, @Nullable String value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }
}
