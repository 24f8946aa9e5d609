package dev.eventtestkit.report.html;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.eventtestkit.broker.Message;
import dev.eventtestkit.broker.Trace;
import dev.eventtestkit.broker.TraceEntry;
import dev.eventtestkit.internal.ShortText;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The schedule report: one self-contained HTML page (inline style and script, no fetch allowed) with a sequence
 * diagram per trace, side by side (the shrunk schedule beside the original), faults and failures marked, the
 * failing step highlighted; hovering or clicking an arrow shows its entry, payload and headers. The same input
 * gives the same bytes.
 */
@API(status = INTERNAL)
public final class ScheduleHtml {

    /** The most characters of a pretty-printed payload the page keeps (a 1 MB string stays out of it). */
    public static final int PAYLOAD_CHARS = 4_000;
    /** The most characters of a header value the page keeps. */
    public static final int HEADER_CHARS = 1_000;
    /** The most characters of the failure text the page keeps. */
    public static final int FAILURE_CHARS = 20_000;
    /** The most entries a diagram draws: a longer trace (a runaway run) shows its last ones, and says so. */
    public static final int MAX_ENTRIES = 20_000;
    /** The most characters of an arrow's label; the whole text is in the details. */
    private static final int LABEL_CHARS = 44;

    private static final int GUTTER = 130;
    private static final int COLUMN = 180;
    private static final int TOP = 64;
    private static final int ROW = 24;
    /** Room right of the last lifeline for the label of a self arrow on it. */
    private static final int SELF_LABEL = 300;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    /**
     * One diagram of the page.
     *
     * @param name its heading, e.g. {@code Shrunk schedule}
     * @param trace the trace it draws
     */
    public record Panel(String name, Trace trace) {
        public Panel {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(trace, "trace");
        }
    }

    private ScheduleHtml() {}

    /**
     * @param title the page's title, e.g. the test's name
     * @param facts what the page says first, in order, e.g. {@code seed -> 7}
     * @param failure what the test threw, or null
     * @param panels the diagrams, left to right
     * @return the page
     */
    public static String render(String title, Map<String, String> facts, @Nullable String failure,
            List<Panel> panels) {
        StringBuilder page = new StringBuilder(4096);
        page.append(Html.head(title, CSS));
        page.append("<header>\n<h1>").append(Html.escape(title)).append("</h1>\n<dl>\n");
        facts.forEach((name, value) -> page.append("<dt>").append(Html.escape(name)).append("</dt><dd>")
                .append(Html.escape(value)).append("</dd>\n"));
        page.append("</dl>\n");
        if (failure != null) {
            page.append("<pre class=\"failure\">").append(Html.escape(ShortText.shorten(failure, FAILURE_CHARS)))
                    .append("</pre>\n");
        }
        page.append("<p class=\"legend\"><span class=\"k-publish\">publish</span> <span class=\"k-deliver\">"
                + "deliver</span> <span class=\"k-ack\">ack</span> <span class=\"k-retry\">retry</span> "
                + "<span class=\"k-fail\">failure, dead letter</span> <span class=\"k-fault\">fault</span> "
                + "<span class=\"hl\">failing step</span> &middot; hover or click an arrow for its payload and"
                + " headers</p>\n</header>\n");
        page.append("<main class=\"panels n").append(panels.size()).append("\">\n");
        for (int p = 0; p < panels.size(); p++) {
            panel(page, p, panels.get(p));
        }
        page.append("</main>\n<aside id=\"details\" hidden><button id=\"close\" title=\"close\">&times;</button>"
                + "<h2 id=\"d-title\"></h2><dl id=\"d-entry\"></dl><h3>payload</h3><pre id=\"d-payload\"></pre>"
                + "<h3>headers</h3><pre id=\"d-headers\"></pre></aside>\n");
        page.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return page.toString();
    }

    private static void panel(StringBuilder page, int p, Panel whole) {
        int all = whole.trace().size();
        Panel panel = all <= MAX_ENTRIES ? whole : new Panel(whole.name(), whole.trace().last(MAX_ENTRIES));
        SequenceDiagram diagram = SequenceDiagram.of(panel.trace());
        List<String> lifelines = diagram.lifelines();
        List<SequenceDiagram.Arrow> arrows = diagram.arrows();
        int width = GUTTER + lifelines.size() * COLUMN + SELF_LABEL;
        int height = TOP + arrows.size() * ROW + 16;
        page.append("<section class=\"panel\" data-panel=\"").append(p).append("\">\n<h2>")
                .append(Html.escape(panel.name())).append(" <small>");
        if (all > MAX_ENTRIES) {
            page.append("the last ").append(arrows.size()).append(" of ").append(all).append(" entries");
        } else {
            page.append(arrows.size()).append(arrows.size() == 1 ? " entry" : " entries");
        }
        if (diagram.failingStep() > 0) {
            page.append(", <a href=\"#fail-").append(p).append("\">failing step ").append(diagram.failingStep())
                    .append("</a>");
        }
        page.append("</small></h2>\n<div class=\"scroll\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\">\n");
        page.append("<defs><marker id=\"h").append(p).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" "
                + "markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0 0L10 5L0 10z\"/></marker>"
                + "</defs>\n");
        for (int i = 0; i < lifelines.size(); i++) {
            int x = x(i);
            page.append("<g class=\"life\"><rect x=\"").append(x - COLUMN / 2 + 6).append("\" y=\"8\" width=\"")
                    .append(COLUMN - 12).append("\" height=\"30\" rx=\"4\"/><text x=\"").append(x)
                    .append("\" y=\"28\">").append(Html.escape(ShortText.shorten(lifelines.get(i), 22)))
                    .append("</text><line x1=\"").append(x).append("\" y1=\"38\" x2=\"").append(x)
                    .append("\" y2=\"").append(height).append("\"/></g>\n");
        }
        boolean anchored = false;
        String lastClock = "";
        for (SequenceDiagram.Arrow arrow : arrows) {
            TraceEntry entry = arrow.entry();
            int y = TOP + arrow.index() * ROW;
            if (arrow.failing()) {
                page.append("<rect class=\"hl\" x=\"0\" y=\"").append(y - ROW + 6).append("\" width=\"")
                        .append(width).append("\" height=\"").append(ROW).append("\"/>");
            }
            String clock = clock(entry.time());
            if (!clock.equals(lastClock)) {
                page.append("<text class=\"t\" x=\"4\" y=\"").append(y).append("\">").append(clock).append("</text>");
                lastClock = clock;
            }
            page.append("<g class=\"a k-").append(arrow.kind()).append(arrow.failing() ? " failing" : "")
                    .append("\" data-i=\"").append(arrow.index()).append('"');
            if (arrow.failing() && !anchored) {
                page.append(" id=\"fail-").append(p).append('"');
                anchored = true;
            }
            page.append('>');
            int from = x(arrow.from());
            int to = x(arrow.to());
            String label = Html.escape(ShortText.shorten(SequenceDiagram.label(entry), LABEL_CHARS));
            if (from == to) {
                page.append("<path d=\"M").append(from).append(' ').append(y - 8).append("h34v12h-32\" marker-end=\"url(#h")
                        .append(p).append(")\"/><text class=\"self\" x=\"").append(from + 40).append("\" y=\"")
                        .append(y).append("\">").append(label).append("</text>");
            } else {
                int tip = to > from ? to - 2 : to + 2;
                page.append("<path d=\"M").append(from).append(' ').append(y).append('H').append(tip)
                        .append("\" marker-end=\"url(#h").append(p).append(")\"/><text x=\"")
                        .append((from + to) / 2).append("\" y=\"").append(y - 5).append("\">").append(label)
                        .append("</text>");
            }
            page.append("</g>\n");
        }
        page.append("</svg></div>\n<script type=\"application/json\" class=\"data\">");
        data(page, panel.trace());
        page.append("</script>\n<details><summary>Mermaid text (paste into a pull request or docs)</summary><pre>")
                .append(Html.escape(diagram.mermaid())).append("</pre></details>\n</section>\n");
    }

    /**
     * The entries and the records, for the details the script shows: {@code {"e":[[time, step, position, group,
     * attempt, event, record]...], "m":[[type, key, payload, headers]...]}}, each record once.
     */
    private static void data(StringBuilder page, Trace trace) {
        Map<Message, Integer> records = new IdentityHashMap<>();
        StringBuilder messages = new StringBuilder();
        page.append("{\"e\":[");
        List<TraceEntry> entries = trace.entries();
        for (int i = 0; i < entries.size(); i++) {
            TraceEntry entry = entries.get(i);
            Optional<Message> message = trace.message(i);
            int record = -1;
            if (message.isPresent()) {
                Integer known = records.get(message.get());
                if (known == null) {
                    known = records.size();
                    records.put(message.get(), known);
                    record(messages, message.get());
                }
                record = known;
            }
            page.append(i == 0 ? "\n[" : ",\n[");
            Html.json(time(entry.time()), page);
            page.append(',').append(entry.step()).append(',');
            Html.json(entry.position(), page);
            page.append(',');
            if (entry.group() == null) {
                page.append("null");
            } else {
                Html.json(entry.group(), page);
            }
            page.append(',').append(entry.attempt()).append(',');
            Html.json(entry.detail(), page);
            page.append(',').append(record).append(']');
        }
        page.append("],\n\"m\":[").append(messages).append("]}");
    }

    private static void record(StringBuilder messages, Message message) {
        messages.append(messages.length() == 0 ? "\n[" : ",\n[");
        Html.json(message.type() + " v" + message.version(), messages);
        messages.append(',');
        Html.json(String.valueOf(message.key()), messages);
        messages.append(',');
        Html.json(ShortText.shorten(message.payload().toPrettyString(), PAYLOAD_CHARS), messages);
        messages.append(",[");
        boolean first = true;
        for (Map.Entry<String, String> header : new TreeMap<>(message.headers()).entrySet()) {
            messages.append(first ? "[" : ",[");
            Html.json(header.getKey(), messages);
            messages.append(',');
            Html.json(ShortText.shorten(header.getValue(), HEADER_CHARS), messages);
            messages.append(']');
            first = false;
        }
        messages.append("]]");
    }

    private static int x(int lifeline) {
        return GUTTER + lifeline * COLUMN + COLUMN / 2;
    }

    private static String time(Instant time) {
        try {
            return TIME.format(time);
        } catch (java.time.DateTimeException beyondTheCalendar) {
            return time.toString();
        }
    }

    private static String clock(Instant time) {
        try {
            return CLOCK.format(time);
        } catch (java.time.DateTimeException beyondTheCalendar) {
            return "max";
        }
    }

    private static final String CSS = """
            body{font:14px/1.4 system-ui,sans-serif;margin:0;color:#1d2330;background:#fff}
            header{padding:12px 20px;border-bottom:1px solid #d8dde6;background:#f6f8fb}
            h1{font-size:18px;margin:0 0 6px}h2{font-size:15px;margin:8px 0}small{font-weight:normal;color:#5b6475}
            dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0}dt{color:#5b6475}dd{margin:0;font-family:ui-monospace,monospace;white-space:pre-wrap;word-break:break-all}
            pre{font:12px/1.35 ui-monospace,monospace;white-space:pre-wrap;word-break:break-all;margin:4px 0}
            pre.failure{background:#fff0f0;border-left:4px solid #c62828;padding:6px 10px;max-height:14em;overflow:auto}
            .legend span{padding:0 6px;border-radius:3px}.legend .hl{background:#ffe4e4}
            .panels{display:grid;gap:12px;padding:8px 20px}.panels.n2{grid-template-columns:1fr 1fr}
            .panel{min-width:0}.scroll{overflow:auto;border:1px solid #d8dde6;border-radius:4px;max-height:80vh}
            svg{display:block;font:12px ui-monospace,monospace}
            .life rect{fill:#eef2f8;stroke:#8a94a6}.life text{text-anchor:middle;font-weight:600}.life line{stroke:#b7bfcc;stroke-dasharray:4 4}
            .t{fill:#5b6475}.hl{fill:#ffe4e4}.failing text{stroke:#ffe4e4}
            .a path{stroke:#3a4a64;stroke-width:1.4;fill:none}.a text{text-anchor:middle;fill:#1d2330;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}.a text.self{text-anchor:start}
            .a{cursor:pointer}.a:hover path,.a.sel path{stroke-width:3}.a:hover text,.a.sel text{font-weight:700}
            marker path{fill:context-stroke}
            .k-publish path{stroke:#1565c0}.legend .k-publish{color:#1565c0}
            .k-deliver path,.k-dispatch path{stroke:#2e7d32}.legend .k-deliver{color:#2e7d32}
            .k-ack path,.k-requeue path{stroke:#6b7280;stroke-dasharray:5 3}.legend .k-ack{color:#6b7280}
            .k-retry path{stroke:#ef6c00;stroke-dasharray:5 3}.legend .k-retry{color:#ef6c00}
            .k-fail path,.k-dead-letter path,.k-stop path,.k-drop path{stroke:#c62828}.k-fail text,.k-dead-letter text,.k-stop text,.k-drop text{fill:#c62828}.legend .k-fail{color:#c62828}
            .k-fault path{stroke:#7b1fa2;stroke-dasharray:2 2}.k-fault text{fill:#7b1fa2;font-style:italic}.legend .k-fault{color:#7b1fa2}
            .k-return path{stroke:#6b7280}
            aside{position:fixed;right:16px;bottom:16px;width:min(520px,90vw);max-height:60vh;overflow:auto;background:#fff;border:1px solid #8a94a6;border-radius:6px;box-shadow:0 4px 16px #0003;padding:8px 14px}
            aside h3{font-size:13px;margin:8px 0 0;color:#5b6475}#close{float:right;border:0;background:none;font-size:20px;cursor:pointer}
            details{margin:6px 0}
            """;

    private static final String SCRIPT = """
            (function () {
              'use strict';
              var data = [];
              document.querySelectorAll('.panel').forEach(function (panel) {
                data.push(JSON.parse(panel.querySelector('script.data').textContent));
              });
              var aside = document.getElementById('details');
              var pinned = null;
              function field(list, name, value) {
                var dt = document.createElement('dt');
                dt.textContent = name;
                var dd = document.createElement('dd');
                dd.textContent = value;
                list.appendChild(dt);
                list.appendChild(dd);
              }
              function show(arrow) {
                var panel = Number(arrow.closest('.panel').getAttribute('data-panel'));
                var entry = data[panel].e[Number(arrow.getAttribute('data-i'))];
                var record = entry[6] < 0 ? null : data[panel].m[entry[6]];
                document.getElementById('d-title').textContent = entry[5];
                var list = document.getElementById('d-entry');
                list.textContent = '';
                field(list, 'time', entry[0]);
                field(list, 'step', entry[1] === 0 ? '-' : String(entry[1]));
                field(list, 'position', entry[2]);
                field(list, 'group', entry[3] === null ? '-' : entry[3]);
                field(list, 'attempt', entry[4] === 0 ? '-' : String(entry[4]));
                if (record) {
                  field(list, 'record', record[0] + ' key=' + record[1]);
                }
                document.getElementById('d-payload').textContent = record ? record[2] : '(no record kept)';
                document.getElementById('d-headers').textContent = !record ? '' : record[3].length === 0
                    ? '(none)' : record[3].map(function (h) { return h[0] + ': ' + h[1]; }).join('\\n');
                aside.hidden = false;
              }
              document.querySelectorAll('g.a').forEach(function (arrow) {
                arrow.addEventListener('mouseenter', function () { if (!pinned) { show(arrow); } });
                arrow.addEventListener('click', function () {
                  if (pinned) { pinned.classList.remove('sel'); }
                  pinned = arrow;
                  arrow.classList.add('sel');
                  show(arrow);
                });
              });
              document.getElementById('close').addEventListener('click', function () {
                if (pinned) { pinned.classList.remove('sel'); }
                pinned = null;
                aside.hidden = true;
              });
            })();
            """;
}
