package dev.eventtestkit.cli;

import dev.eventtestkit.contract.CompatibilityReport;
import dev.eventtestkit.contract.ReleasedVersionProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML: one {@code <testsuite>} per subject, one {@code <testcase>} per subject version, named {@code v<N>};
 * a failing version's {@code <failure>} carries its text lines.
 */
final class JunitReport {

    private JunitReport() {}

    static String render(CheckOutcome outcome) {
        Map<String, Map<Integer, List<String>>> cases = new TreeMap<>();
        for (CompatibilityReport.VersionResult result : outcome.report().results()) {
            List<String> lines = new ArrayList<>();
            result.problems().forEach(p -> lines.add(p.line()));
            cases.computeIfAbsent(result.subject(), s -> new TreeMap<>()).put(result.version(), lines);
        }
        for (ReleasedVersionProblem problem : outcome.released()) {
            cases.computeIfAbsent(problem.subject(), s -> new TreeMap<>())
                    .computeIfAbsent(problem.version(), v -> new ArrayList<>()).add(problem.line());
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuites name=\"testkit check ").append(escape(outcome.contracts().root().toString()))
                .append("\" tests=\"").append(count(cases, false)).append("\" failures=\"").append(count(cases, true))
                .append("\">\n");
        cases.forEach((subject, versions) -> suite(xml, subject, versions));
        return xml.append("</testsuites>\n").toString();
    }

    private static void suite(StringBuilder xml, String subject, Map<Integer, List<String>> versions) {
        Map<String, Map<Integer, List<String>>> one = new LinkedHashMap<>();
        one.put(subject, versions);
        xml.append("  <testsuite name=\"").append(escape(subject)).append("\" tests=\"").append(count(one, false))
                .append("\" failures=\"").append(count(one, true)).append("\">\n");
        versions.forEach((version, lines) -> {
            xml.append("    <testcase classname=\"").append(escape(subject)).append("\" name=\"v").append(version).append('"');
            if (lines.isEmpty()) {
                xml.append("/>\n");
                return;
            }
            xml.append(">\n      <failure message=\"").append(lines.size()).append(lines.size() == 1 ? " problem" : " problems")
                    .append("\" type=\"incompatible\">").append(escape(String.join("\n", lines)))
                    .append("</failure>\n    </testcase>\n");
        });
        xml.append("  </testsuite>\n");
    }

    private static long count(Map<String, Map<Integer, List<String>>> cases, boolean failuresOnly) {
        return cases.values().stream().flatMap(v -> v.values().stream())
                .filter(lines -> !failuresOnly || !lines.isEmpty()).count();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
