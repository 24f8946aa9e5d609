package dev.eventtestkit.report.html;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.eventtestkit.contract.ContractCoverage;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.event.EventDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The contract coverage as one self-contained HTML page, beside {@code contract-coverage.json}: per contracts
 * root its summary and a bar, then per subject its versions in a row, the ones the tests validated (published or
 * consumed through the contracts) marked exercised, the others not.
 */
@API(status = INTERNAL)
public final class CoverageHtml {

    private CoverageHtml() {}

    /**
     * @param loaded the contracts the run loaded, each with the coverage its tests recorded
     * @return the page
     */
    public static String render(Collection<EventContracts> loaded) {
        StringBuilder page = new StringBuilder(4096);
        page.append(Html.head("EventTestkit contract coverage", CompatibilityHtml.CSS + EXTRA_CSS));
        page.append("<header><h1>Contract coverage</h1><p>Which subject versions the tests validated: published "
                + "or consumed through the contracts.</p></header>\n<main>\n");
        for (EventContracts contracts : loaded) {
            root(page, contracts);
        }
        return page.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void root(StringBuilder page, EventContracts contracts) {
        ContractCoverage coverage = contracts.coverage();
        int all = coverage.all().size();
        Set<EventDescriptor> exercised = coverage.exercised();
        int percent = all == 0 ? 100 : (int) Math.floor(100.0 * exercised.size() / all);
        page.append("<section class=\"subject\"><h2><code>")
                .append(Html.escape(contracts.root().toString().replace('\\', '/'))).append("</code></h2>\n<p>")
                .append(Html.escape(coverage.summary())).append("</p>\n<div class=\"bar\" title=\"").append(percent)
                .append("%\"><span style=\"width:").append(percent).append("%\"></span></div>\n<table>\n");
        Map<String, List<EventDescriptor>> bySubject = new LinkedHashMap<>();
        for (EventDescriptor version : coverage.all()) {
            bySubject.computeIfAbsent(version.name(), s -> new ArrayList<>()).add(version);
        }
        bySubject.forEach((subject, versions) -> {
            long done = versions.stream().filter(exercised::contains).count();
            page.append("<tr><th>").append(Html.escape(subject)).append("</th><td><ol class=\"versions\">");
            for (EventDescriptor version : versions) {
                boolean hit = exercised.contains(version);
                page.append("<li class=\"").append(hit ? "ok" : "miss").append("\" title=\"")
                        .append(hit ? "exercised" : "not exercised").append("\">v").append(version.version())
                        .append(hit ? " &#10003;" : " &#8211;").append("</li>");
            }
            page.append("</ol></td><td class=\"count\">").append(done).append(" of ").append(versions.size())
                    .append("</td></tr>\n");
        });
        page.append("</table>\n</section>\n");
    }

    private static final String EXTRA_CSS = """
            .versions li.miss{background:#f1f3f6;color:#8a94a6;border:1px dashed #b7bfcc}
            .versions{margin:0}table{border-collapse:collapse}th{text-align:left;padding:4px 14px 4px 0;font-weight:600}
            td{padding:4px 10px 4px 0}td.count{color:#5b6475;font-size:12px}
            .bar{height:8px;background:#fde7e7;border-radius:4px;max-width:420px;margin:0 0 10px}
            .bar span{display:block;height:8px;background:#2e7d32;border-radius:4px}
            """;
}
