package dev.eventtestkit.report.check;

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
                    .append("\" type=\"incompatible\">").append(escape(String.join("\n", lines), false))
                    .append("</failure>\n    </testcase>\n");
        });
        xml.append("  </testsuite>\n");
    }

    private static long count(Map<String, Map<Integer, List<String>>> cases, boolean failuresOnly) {
        return cases.values().stream().flatMap(v -> v.values().stream())
                .filter(lines -> !failuresOnly || !lines.isEmpty()).count();
    }

    /**
     * Escapes text for an XML 1.0 attribute or element. Characters XML 1.0 forbids even as character references
     * (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF; unpaired surrogates) are replaced by a visible
     * {@code \\uXXXX} escape, so the report stays well-formed and still shows what the name held. Tab, LF and
     * CR are legal: element text keeps tab and LF as they are, attributes get character references (a parser
     * would turn them into spaces).
     */
    static String escape(String text) {
        return escape(text, true);
    }

    static String escape(String text, boolean attribute) {
        StringBuilder xml = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '"' -> xml.append("&quot;");
                case '\t', '\n' -> xml.append(attribute ? "&#" + (int) c + ";" : String.valueOf(c));
                case '\r' -> xml.append("&#13;"); // a raw CR would be read back as LF
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        xml.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c)) {
                        xml.append(String.format("\\u%04X", (int) c));
                    } else {
                        xml.append(c);
                    }
                }
            }
        }
        return xml.toString();
    }
}
