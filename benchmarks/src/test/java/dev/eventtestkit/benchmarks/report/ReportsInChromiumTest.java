package dev.eventtestkit.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.broker.Trace;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.event.EventType;
import dev.eventtestkit.event.Json;
import dev.eventtestkit.explore.ExplorationFailure;
import dev.eventtestkit.explore.Explorer;
import dev.eventtestkit.report.check.CheckOutcome;
import dev.eventtestkit.report.check.ReportFormat;
import dev.eventtestkit.report.html.CoverageHtml;
import java.util.HashMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * Issue 19 item 5: each kind of report opened in a real browser, Debian's headless Chromium: it renders without
 * console errors, makes no request but its own file, draws what it promises, and a screenshot is kept under
 * {@code target/report-screenshots/}. Skipped when Chromium is absent, except under {@code CI=true}, where it fails
 * ({@code .ci/run} installs it). With {@code -Deventtestkit.screenshots=<dir>} the screenshots also go to that folder
 * (the docs' images: see docs/reports.md).
 */
class ReportsInChromiumTest {

    @EventType(name = "OrderPlaced", version = 2)
    record OrderPlaced(String orderId, long amount) {}

    private static final Path SHOTS = Path.of("target/report-screenshots");
    private static final Path PAGES = Path.of("target/report-pages");

    @TempDir
    static Path dir;

    private static Chromium chromium;

    @BeforeAll
    static void startChromium() throws Exception {
        Optional<Path> binary = Chromium.binary();
        if (binary.isEmpty()) {
            String reason = "Chromium is not installed at " + Chromium.DEFAULT_BINARY + " (apt-get install -y chromium,"
                    + " or set EVENTTESTKIT_CHROMIUM to its path): the reports' browser test cannot run";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionFailedError(reason + "; under CI=true it must");
            }
            Assumptions.abort(reason);
        }
        chromium = Chromium.start(binary.get(), Files.createDirectories(dir.resolve("profile")), 1280, 900);
        deleteRecursively(PAGES);
    }

    @AfterAll
    static void stopChromium() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theScheduleReportDrawsOneArrowPerEntryAndShowsAPayloadOnClick() throws Exception {
        Trace trace = retriesAndDeadLetter().trace();
        Path page = trace.toHtml(dir.resolve("schedule.html"));

        chromium.open(page);

        assertThat(chromium.errors()).isEmpty();
        assertThat(chromium.requests()).containsExactly(page.toUri().toString());
        assertThat(chromium.evaluate("document.querySelectorAll('svg g.a').length").asInt()).isEqualTo(trace.size());
        assertThat(chromium.evaluate("document.querySelectorAll('svg g.a path').length").asInt())
                .isEqualTo(trace.size());
        assertThat(chromium.evaluate("document.querySelectorAll('g.a.failing').length").asInt()).isEqualTo(3);
        assertThat(chromium.evaluate("document.getElementById('details').hidden").asBoolean()).isTrue();
        chromium.evaluate("document.querySelector('g.a.k-deliver').dispatchEvent(new MouseEvent('click',"
                + " {bubbles: true})), true");
        assertThat(chromium.evaluate("document.getElementById('details').hidden").asBoolean()).isFalse();
        assertThat(chromium.evaluate("document.getElementById('d-title').textContent").asText())
                .isEqualTo("deliver to instance 1");
        assertThat(chromium.evaluate("document.getElementById('d-payload').textContent").asText())
                .isEqualTo("{\n  \"orderId\" : \"o-1\",\n  \"amount\" : 100\n}");
        assertThat(chromium.evaluate("document.getElementById('d-headers').textContent").asText())
                .isEqualTo("tenant: acme");
        assertThat(chromium.errors()).isEmpty();
        keep("schedule-report", 900);
    }

    @Test
    void theExplorationReportShowsTheShrunkScheduleBesideTheOriginal() throws Exception {
        ExplorationFailure failure = Explorer.random(200).seed(42L)
                .faults(Faults.builder().duplicates(0.3).build())
                .run(broker -> {
                    Map<String, Integer> charges = new HashMap<>();
                    broker.subscribe("orders", "billing", m -> charges.merge(m.key(), 1, Integer::sum));
                    broker.publish("orders", "o-1", new OrderPlaced("o-1", 100), Map.of("tenant", "acme"));
                    broker.publish("orders", "o-2", new OrderPlaced("o-2", 250), Map.of("tenant", "acme"));
                    broker.runUntilIdle();
                    assertThat(charges).as("charges").containsOnly(Map.entry("o-1", 1), Map.entry("o-2", 1));
                })
                .failure().orElseThrow();
        Path page = failure.toHtml(dir.resolve("exploration.html"));

        chromium.open(page);

        assertThat(chromium.errors()).isEmpty();
        assertThat(chromium.requests()).containsExactly(page.toUri().toString());
        assertThat(chromium.evaluate("[...document.querySelectorAll('.panel h2')].map(h => h.firstChild.textContent)"
                + ".join(' | ')").asText()).startsWith("Shrunk schedule: 1 fault(s)").contains(" | Original schedule: ");
        assertThat(chromium.evaluate("document.querySelectorAll('.panel:nth-of-type(1) g.a').length").asInt())
                .isEqualTo(failure.shrunkTrace().size());
        assertThat(chromium.evaluate("document.querySelectorAll('.panel:nth-of-type(2) g.a').length").asInt())
                .isEqualTo(failure.trace().size());
        assertThat(chromium.evaluate("document.querySelectorAll('g.a.k-fault').length").asInt())
                .isEqualTo(failure.shrunkTrace().faults().size() + failure.trace().faults().size());
        // the two diagrams stand side by side
        assertThat(chromium.evaluate("(() => { const p = document.querySelectorAll('.panel');"
                + " return p[0].getBoundingClientRect().top === p[1].getBoundingClientRect().top"
                + " && p[0].getBoundingClientRect().right <= p[1].getBoundingClientRect().left; })()").asBoolean())
                .isTrue();
        keep("exploration-report", 760);
        chromium.evaluate("document.querySelectorAll('.panel:nth-of-type(1) g.a.k-deliver')[1]"
                + ".dispatchEvent(new MouseEvent('click', {bubbles: true})), true");
        assertThat(chromium.evaluate("document.getElementById('d-headers').textContent").asText())
                .isEqualTo("tenant: acme");
        keep("exploration-report-details", 760);
    }

    @Test
    void theCompatibilityReportShowsEachBreakingChangeSideBySide() throws Exception {
        Path root = PAGES.resolve("schemas"); // relative, as a build names it: the page shows it
        write(root, "orders/OrderPlaced/v1.json", """
                {"type": "object", "required": ["orderId"],
                 "properties": {"orderId": {"type": "string"}, "amount": {"type": "integer", "minimum": 0}}}
                """);
        write(root, "orders/OrderPlaced/v2.json", """
                {"type": "object", "required": ["orderId"],
                 "properties": {"orderId": {"type": "string"}, "amount": {"type": "string"}}}
                """);
        write(root, "orders/OrderPlaced/v3.json", """
                {"type": "object", "required": ["orderId", "currency"],
                 "properties": {"orderId": {"type": "string"}, "amount": {"type": "string"},
                                "currency": {"type": "string"}}}
                """);
        write(root, "payments/PaymentCharged/v1.json", "{\"type\": \"object\"}");
        CheckOutcome outcome = CheckOutcome.check(root, null);
        Path page = Files.writeString(PAGES.resolve(ReportFormat.HTML.fileName()), ReportFormat.HTML.render(outcome));

        chromium.open(page);

        assertThat(chromium.errors()).isEmpty();
        assertThat(chromium.requests()).containsExactly(page.toUri().toString());
        assertThat(chromium.evaluate("document.querySelectorAll('.change').length").asInt())
                .isEqualTo(outcome.report().problems().size()).isPositive();
        assertThat(chromium.evaluate("document.querySelectorAll('.change .sides figure').length").asInt())
                .isEqualTo(2 * outcome.report().problems().size());
        assertThat(chromium.evaluate("[...document.querySelectorAll('.versions li')].map(v => v.textContent)"
                + ".join(' ')").asText()).isEqualTo("v1 ✓ v2 ✗ v3 ✗ v1 ✓");
        keep("compatibility-report", 1400);
    }

    @Test
    void theCoverageReportMarksWhatNoTestExercised() throws Exception {
        Path root = PAGES.resolve("contracts");
        for (String file : List.of("orders/OrderPlaced/v1.json", "orders/OrderPlaced/v2.json",
                "orders/OrderShipped/v1.json", "payments/PaymentCharged/v1.json", "payments/PaymentCharged/v2.json")) {
            write(root, file, "{\"type\": \"object\"}");
        }
        EventContracts contracts = EventContracts.load(root);
        contracts.validate("OrderPlaced", 2, Json.emptyObject());
        contracts.validate("PaymentCharged", 1, Json.emptyObject());
        contracts.validate("PaymentCharged", 2, Json.emptyObject());
        Path page = Files.writeString(PAGES.resolve("contract-coverage.html"), CoverageHtml.render(List.of(contracts)));

        chromium.open(page);

        assertThat(chromium.errors()).isEmpty();
        assertThat(chromium.requests()).containsExactly(page.toUri().toString());
        assertThat(chromium.evaluate("document.querySelectorAll('.versions li.miss').length").asInt()).isEqualTo(2);
        assertThat(chromium.evaluate("document.querySelectorAll('.versions li.ok').length").asInt()).isEqualTo(3);
        keep("coverage-report", 600);
    }

    @Test
    void hostilePayloadsRunNoScript() throws Exception {
        FakeBroker broker = FakeBroker.builder().seed(1).build();
        broker.subscribe("orders", "billing\"><img src=x onerror=\"window.pwned=3\">", m -> {});
        String hostile = "</script><script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"> ' \" "
                + "\u0000\u0007\u2028 😀 \ud800";
        broker.publish("orders", hostile, new OrderPlaced(hostile + "x".repeat(1_000_000), 1),
                Map.of("h</script>", hostile));
        broker.runUntilIdle();
        Path page = broker.trace().toHtml(dir.resolve("hostile.html"));

        chromium.open(page);
        chromium.evaluate("document.querySelectorAll('g.a').forEach(a => a.dispatchEvent(new MouseEvent('click',"
                + " {bubbles: true}))), true");

        assertThat(chromium.errors()).isEmpty();
        assertThat(chromium.requests()).containsExactly(page.toUri().toString());
        assertThat(chromium.evaluate("typeof window.pwned").asText()).isEqualTo("undefined");
        assertThat(chromium.evaluate("document.scripts.length").asInt()).isEqualTo(2);
        assertThat(chromium.evaluate("document.querySelectorAll('img').length").asInt()).isZero();
        assertThat(chromium.evaluate("document.getElementById('d-headers').textContent").asText())
                .startsWith("h</script>: </script><script>window.pwned=1</script>");
    }

    @Test
    void aTenThousandEntryScheduleRenders() throws Exception {
        Path page = ScheduleReportRenderBenchmark.tenThousandEntries().toHtml(dir.resolve("big.html"));

        chromium.open(page);

        assertThat(Files.size(page)).isLessThan(5_000_000);
        assertThat(chromium.errors()).isEmpty();
        assertThat(chromium.evaluate("document.querySelectorAll('svg g.a').length").asInt()).isEqualTo(10_000);
    }

    private static void keep(String name, int maxHeight) throws Exception {
        chromium.screenshot(SHOTS.resolve(name + ".png"), maxHeight);
        String docs = System.getProperty("eventtestkit.screenshots");
        if (docs != null && !docs.isBlank()) {
            chromium.screenshot(Path.of(docs).resolve(name + ".png"), maxHeight);
        }
    }

    private static void deleteRecursively(Path folder) throws Exception {
        if (Files.exists(folder)) {
            try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void write(Path root, String file, String text) throws Exception {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
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
        broker.publish("orders", "o-1", new OrderPlaced("o-1", 100), Map.of("tenant", "acme"));
        broker.publish("orders", "o-2", new OrderPlaced("o-2", 250), Map.of("tenant", "acme"));
        broker.runUntilIdle();
        broker.clock().advance(Duration.ofSeconds(10));
        return broker;
    }
}
