package dev.eventtestkit.report.html;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.eventtestkit.contract.CompatibilityReport;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.contract.ReleasedVersionProblem;
import dev.eventtestkit.event.Json;
import dev.eventtestkit.internal.ShortText;
import dev.eventtestkit.report.check.CheckOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The contracts check as one self-contained HTML page ({@code testkit check --format html}, the Maven plugin's
 * {@code html} format): per subject its versions in a row, compatible or not, and under them each breaking change
 * with its type and path, the two schema fragments side by side, the hint and the witness event; then the
 * released versions that changed or vanished.
 */
@API(status = INTERNAL)
public final class CompatibilityHtml {

    /** The most characters of a schema fragment the page shows. */
    static final int FRAGMENT_CHARS = 4_000;

    private CompatibilityHtml() {}

    /**
     * @param outcome what the check found
     * @return the page
     */
    public static String render(CheckOutcome outcome) {
        EventContracts contracts = outcome.contracts();
        StringBuilder page = new StringBuilder(8192);
        String root = contracts.root().toString();
        page.append(Html.head("Contracts check: " + root, CSS));
        page.append("<header><h1>Contracts check: <code>").append(Html.escape(root)).append("</code></h1>\n<p class=\"")
                .append(outcome.isCompatible() ? "ok" : "bad").append("\">")
                .append(outcome.isCompatible() ? "compatible" : "incompatible").append(": ")
                .append(Html.escape(outcome.summary())).append("</p></header>\n<main>\n");
        Map<String, List<CompatibilityReport.VersionResult>> bySubject = new LinkedHashMap<>();
        for (CompatibilityReport.VersionResult result : outcome.report().results()) {
            bySubject.computeIfAbsent(result.subject(), s -> new ArrayList<>()).add(result);
        }
        bySubject.forEach((subject, versions) -> subject(page, contracts, subject, versions));
        if (!outcome.released().isEmpty()) {
            page.append("<section class=\"subject\"><h2>Released versions that changed or vanished</h2>\n");
            for (ReleasedVersionProblem problem : outcome.released()) {
                released(page, problem);
            }
            page.append("</section>\n");
        }
        return page.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void subject(StringBuilder page, EventContracts contracts, String subject,
            List<CompatibilityReport.VersionResult> versions) {
        page.append("<section class=\"subject\" id=\"").append(Html.escape(anchor(subject))).append("\"><h2>")
                .append(Html.escape(subject)).append(" <small>").append(contracts.levelOf(subject)).append(", ")
                .append(contracts.policyOf(subject)).append("</small></h2>\n<ol class=\"versions\">");
        for (CompatibilityReport.VersionResult version : versions) {
            boolean ok = version.result().isCompatible();
            page.append("<li class=\"").append(ok ? "ok" : "bad").append("\" title=\"")
                    .append(Html.escape(version.file().toString())).append("\">v").append(version.version())
                    .append(ok ? " &#10003;" : " &#10007;").append("</li>");
        }
        page.append("</ol>\n");
        for (CompatibilityReport.VersionResult version : versions) {
            for (CompatibilityReport.Problem problem : version.problems()) {
                problem(page, contracts, problem);
            }
        }
        page.append("</section>\n");
    }

    private static void problem(StringBuilder page, EventContracts contracts, CompatibilityReport.Problem problem) {
        int earlier = problem.witnessVersion().orElse(problem.brokenVersions().get(0));
        String pointer = problem.difference().path();
        page.append("<article class=\"change\"><h3><span class=\"type\">")
                .append(Html.escape(problem.difference().type().name())).append("</span> <code>")
                .append(Html.escape(pointer)).append("</code> in v").append(problem.version()).append("</h3>\n<p>")
                .append(Html.escape(problem.difference().change())).append(" &middot; breaks ")
                .append(problem.level()).append(" with ")
                .append(Html.escape(String.join(", ", problem.brokenVersions().stream().map(v -> "v" + v).toList())))
                .append(" &middot; <code>").append(Html.escape(problem.file().toString())).append("</code></p>\n");
        page.append("<div class=\"sides\">");
        side(page, "v" + earlier, contracts.schema(problem.subject(), earlier), pointer);
        side(page, "v" + problem.version(), contracts.schema(problem.subject(), problem.version()), pointer);
        page.append("</div>\n");
        if (problem.hint() != null) {
            page.append("<p class=\"hint\"><b>hint</b> ").append(Html.escape(problem.hint())).append("</p>\n");
        }
        problem.difference().witness().ifPresent(witness -> page.append("<p class=\"witness\"><b>witness</b> v")
                .append(problem.witnessAcceptedBy().getAsInt()).append(" accepts it, v")
                .append(problem.witnessRejectedBy().getAsInt()).append(" rejects it</p><pre>")
                .append(Html.escape(ShortText.shorten(witness.toPrettyString(), FRAGMENT_CHARS))).append("</pre>\n"));
        page.append("</article>\n");
    }

    /** One side: the schema at the pointer, or at its nearest ancestor when the pointer is absent there. */
    private static void side(StringBuilder page, String label, Json schema, String pointer) {
        String at = pointer.startsWith("#") ? pointer.substring(1) : pointer;
        Json fragment = schema.at(at);
        while (fragment.isMissing() && !at.isEmpty()) {
            at = at.substring(0, Math.max(0, at.lastIndexOf('/')));
            fragment = schema.at(at);
        }
        String shown = "#" + at;
        page.append("<figure><figcaption>").append(label).append(" <code>").append(Html.escape(shown))
                .append("</code>").append(shown.equals(pointer) || (pointer.equals("#") && at.isEmpty()) ? ""
                        : " (" + Html.escape(pointer) + " is absent)")
                .append("</figcaption><pre>")
                .append(Html.escape(ShortText.shorten(fragment.toPrettyString(), FRAGMENT_CHARS)))
                .append("</pre></figure>");
    }

    private static void released(StringBuilder page, ReleasedVersionProblem problem) {
        page.append("<article class=\"change\"><h3><span class=\"type\">").append(problem.rule())
                .append("</span> <code>").append(Html.escape(problem.pointer())).append("</code> in ")
                .append(Html.escape(problem.subject())).append(" v").append(problem.version()).append("</h3>\n");
        if (problem.kind() == ReleasedVersionProblem.Kind.REMOVED) {
            page.append("<p>released in <code>").append(Html.escape(problem.baselineFile().toString()))
                    .append("</code>; restore it</p>\n");
        } else {
            page.append("<div class=\"sides\"><figure><figcaption>released <code>")
                    .append(Html.escape(problem.baselineFile().toString())).append("</code></figcaption><pre>")
                    .append(Html.escape(String.valueOf(problem.original()))).append("</pre></figure>")
                    .append("<figure><figcaption>now <code>").append(Html.escape(problem.file().toString()))
                    .append("</code></figcaption><pre>").append(Html.escape(String.valueOf(problem.updated())))
                    .append("</pre></figure></div>\n<p class=\"hint\"><b>hint</b> add a new version instead</p>\n");
        }
        page.append("</article>\n");
    }

    private static String anchor(String subject) {
        return "s-" + subject.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    static final String CSS = """
            body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1d2330;background:#fff}
            header{padding:12px 20px;border-bottom:1px solid #d8dde6;background:#f6f8fb}
            h1{font-size:18px;margin:0 0 6px}h2{font-size:16px;margin:0 0 8px}h3{font-size:14px;margin:0 0 4px}
            small{font-weight:normal;color:#5b6475}code{font:12px ui-monospace,monospace}
            p.ok{color:#2e7d32;font-weight:600}p.bad{color:#c62828;font-weight:600}
            main{padding:8px 20px}.subject{margin:14px 0;padding:10px 14px;border:1px solid #d8dde6;border-radius:6px}
            .versions{list-style:none;display:flex;flex-wrap:wrap;gap:6px;padding:0;margin:0 0 10px}
            .versions li{padding:2px 10px;border-radius:12px;font:12px ui-monospace,monospace}
            .versions li.ok{background:#e6f4ea;color:#1b5e20}.versions li.bad{background:#fde7e7;color:#b71c1c;font-weight:700}
            .change{border-left:4px solid #c62828;padding:6px 12px;margin:10px 0;background:#fffafa}
            .type{background:#c62828;color:#fff;border-radius:3px;padding:1px 6px;font:12px ui-monospace,monospace}
            .sides{display:grid;grid-template-columns:1fr 1fr;gap:10px}figure{margin:0;min-width:0}
            figcaption{color:#5b6475;font-size:12px}
            pre{font:12px/1.35 ui-monospace,monospace;white-space:pre-wrap;word-break:break-all;margin:4px 0;padding:6px 8px;background:#f6f8fb;border:1px solid #e1e5ec;border-radius:4px;max-height:24em;overflow:auto}
            .hint,.witness{margin:6px 0}
            """;
}
