package dev.eventtestkit.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.broker.Trace;
import dev.eventtestkit.event.EventType;
import dev.eventtestkit.event.Json;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19 item 1: the schedule report page and the Mermaid text of a trace. */
class ScheduleHtmlTest {

    @EventType(name = "OrderPlaced", version = 2)
    record OrderPlaced(String orderId, long amount) {}

    @TempDir
    Path dir;

    @Test
    void drawsOneArrowPerEntryWithALifelinePerPartitionAndConsumerInstance() throws Exception {
        Trace trace = retriesAndDeadLetter().trace();

        String html = Files.readString(trace.toHtml(dir.resolve("deep/trace.html")));

        assertThat(count(html, "<g class=\"a ")).isEqualTo(trace.size());
        assertThat(lifelines(html)).containsExactly("test", "orders[0]", "orders[1]", "shipping #1", "billing #1",
                "dead letters");
        assertThat(html).contains("<g class=\"a k-dead-letter failing\" data-i=\"16\"")
                .contains("<a href=\"#fail-0\">failing step 6</a>")
                .contains("class=\"a k-deliver failing\" data-i=\"14\" id=\"fail-0\"")
                .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ");
        assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("@import")
                .doesNotContain("url(http");
    }

    @Test
    void theSameSeedGivesTheSameBytes() {
        String first = page(faulty(11).trace());
        String second = page(faulty(11).trace());

        assertThat(second.getBytes(StandardCharsets.UTF_8)).isEqualTo(first.getBytes(StandardCharsets.UTF_8));
        assertThat(first).contains("k-fault");
        assertThat(page(faulty(12).trace())).isNotEqualTo(first);
    }

    @Test
    void hostilePayloadsStayTextAndThePageStaysWellFormed() {
        FakeBroker broker = FakeBroker.builder().seed(1).build();
        broker.subscribe("orders", "billing\"><script>alert(2)</script>", m -> {});
        String hostile = "</script><script>alert(1)</script> \"quoted\" 'single' & <b>bold</b> \u0000\u0007\u001b"
                + " \u2028 é 😀 \ud800 lone";
        broker.publish("orders", "k</script>", new OrderPlaced(hostile + "x".repeat(1_000_000), 1),
                Map.of("evil</script>", hostile));
        broker.runUntilIdle();

        String html = page(broker.trace());

        assertThat(html.length()).isLessThan(60_000);
        assertThat(count(html, "<script")).isEqualTo(2);
        assertThat(count(html, "</script>")).isEqualTo(2);
        assertThat(html).doesNotContain("<b>bold").doesNotContain("alert(1)</script>").doesNotContain("\u0000")
                .doesNotContain("\u0007").doesNotContain("\ud800 ");
        String data = between(html, "<script type=\"application/json\" class=\"data\">", "</script>");
        Json parsed = Json.parse(data);
        Json record = parsed.get("m").get(0);
        assertThat(record.get(1).asText()).isEqualTo("k</script>");
        assertThat(record.get(2).asText()).startsWith("{\n  \"orderId\" : \"</script><script>alert(1)</script>")
                .endsWith(" more chars)");
        assertThat(record.get(3).get(0).get(0).asText()).isEqualTo("evil</script>");
        assertThat(record.get(3).get(0).get(1).asText()).contains("\u0000\u0007").contains("\ufffd lone");
        assertThat(parsed.get("e").get(1).get(3).asText()).isEqualTo("billing\"><script>alert(2)</script>");
    }

    @Test
    void escapesTextAttributesAndScriptData() {
        assertThat(Html.escape("<a href=\"x\">'&'</a>\u0007\ud800")).isEqualTo(
                "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;\\u0007\ufffd");
        assertThat(Html.json("</script>\"\\\n\u2028😀")).isEqualTo(
                "\"\\u003c/script\\u003e\\\"\\\\\\n\\u2028😀\"");
    }

    @Test
    void showsTheShrunkScheduleBesideTheOriginal() {
        String html = ScheduleHtml.render("OrdersTest.places", Map.of("seed", "11"), "boom <b>", List.of(
                new ScheduleHtml.Panel("Shrunk schedule", faulty(11).trace().last(3)),
                new ScheduleHtml.Panel("Original schedule", faulty(11).trace())));

        assertThat(html).contains("<main class=\"panels n2\">")
                .contains("<h2>Shrunk schedule <small>3 entries")
                .contains("<h2>Original schedule <small>")
                .contains("<pre class=\"failure\">boom &lt;b&gt;</pre>")
                .contains("<dt>seed</dt><dd>11</dd>");
    }

    @Test
    void aTenThousandEntryTraceStaysUnderFiveMegabytes() {
        FakeBroker broker = FakeBroker.builder().seed(5).build();
        broker.createTopic("orders", 3);
        broker.subscribe("orders", "billing", m -> {});
        broker.subscribe("orders", "shipping", m -> {});
        for (int i = 0; i < 2_000; i++) {
            broker.publish("orders", "o-" + i, new OrderPlaced("o-" + i, i));
        }
        broker.runUntilIdle();
        Trace trace = broker.trace();

        String html = page(trace);

        assertThat(trace.size()).isEqualTo(10_000);
        assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(5_000_000);
        assertThat(count(html, "<g class=\"a ")).isEqualTo(10_000);
    }

    @Test
    void drawsTheLastTwentyThousandEntriesOfALongerTrace() {
        FakeBroker broker = FakeBroker.builder().seed(5).build();
        broker.subscribe("orders", "billing", m -> {});
        for (int i = 0; i < 7_000; i++) {
            broker.publish("orders", "o-" + i, new OrderPlaced("o-" + i, i));
        }
        broker.runUntilIdle();

        String html = page(broker.trace());

        assertThat(broker.trace().size()).isEqualTo(21_000);
        assertThat(html).contains("<h2>Trace <small>the last 20000 of 21000 entries</small></h2>");
        assertThat(count(html, "<g class=\"a ")).isEqualTo(ScheduleHtml.MAX_ENTRIES);
    }

    @Test
    void writesTheMermaidText() {
        FakeBroker broker = FakeBroker.builder().seed(7).build();
        broker.subscribe("orders", "billing", m -> {
            if (m.attempt() == 1) {
                throw new IllegalStateException("payment service down; retry #1");
            }
        });
        broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
        broker.runUntilIdle();
        broker.clock().advance(Duration.ofSeconds(2));

        String mermaid = broker.trace().toMermaid();

        assertThat(mermaid).isEqualTo("""
                sequenceDiagram
                    participant L0 as test
                    participant L1 as orders[0]
                    participant L2 as billing #35;1
                    L0->>L1: orders[0]@0 publish OrderPlaced v2 key=o-1
                    rect rgb(255, 228, 228)
                        L1->>L2: 1: deliver to instance 1
                        L2-xL2: 1: handler failed: IllegalStateException: payment service down#59; retry #35;1
                        L2-->>L1: 1: retry in 1s, at 2026-01-01T00:00:01.000Z
                    end
                    L1->>L2: 2: deliver to instance 1
                    L2-->>L1: 2: ack
                """);
    }

    @Test
    void writesWhereTheDocsSay() throws Exception {
        FakeBroker broker = retriesAndDeadLetter();

        broker.trace().toHtml(Path.of("target/orders-trace.html"));

        assertThat(Files.readString(Path.of("target/orders-trace.html"))).startsWith("<!DOCTYPE html>")
                .endsWith("</html>\n");
    }

    @Test
    void saysWhichFileCouldNotBeWritten() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "a file, not a directory").resolve("trace.html");

        assertThatThrownBy(() -> FakeBroker.builder().build().trace().toHtml(file))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("toHtml: cannot write " + file.toAbsolutePath() + ": ");
    }

    private static String page(Trace trace) {
        return ScheduleHtml.render("t", Map.of(), null, List.of(new ScheduleHtml.Panel("Trace", trace)));
    }

    private static FakeBroker retriesAndDeadLetter() {
        FakeBroker broker = FakeBroker.builder().seed(7).build();
        broker.createTopic("orders", 2);
        broker.subscribe("orders", "billing", m -> {
            if ("o-1".equals(m.key())) {
                throw new IllegalStateException("payment service down");
            }
        });
        broker.subscribe("orders", "shipping", m -> {});
        broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
        broker.publish("orders", "o-2", new OrderPlaced("o-2", 250));
        broker.runUntilIdle();
        broker.clock().advance(Duration.ofSeconds(10));
        return broker;
    }

    private static FakeBroker faulty(long seed) {
        FakeBroker broker = FakeBroker.builder().seed(seed)
                .faults(Faults.builder().duplicates(0.5).crashBeforeAck(0.3).reorder(true)
                        .delay(Duration.ofMillis(500)).build())
                .build();
        broker.subscribe("orders", "billing", m -> {});
        for (int i = 0; i < 3; i++) {
            broker.publish("orders", "o-" + i, new OrderPlaced("o-" + i, i));
        }
        broker.clock().advance(Duration.ofSeconds(1));
        return broker;
    }

    private static List<String> lifelines(String html) {
        Matcher m = Pattern.compile("<g class=\"life\"><rect[^>]*/><text[^>]*>([^<]*)</text>").matcher(html);
        List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
