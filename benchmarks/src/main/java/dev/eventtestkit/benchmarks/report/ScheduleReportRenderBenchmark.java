package dev.eventtestkit.benchmarks.report;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Trace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 19: the schedule report of a 10,000-entry trace (2,000 records, three partitions, two groups) opened in
 * Debian's headless Chromium: from navigation to the load event and two painted frames. Score: milliseconds per
 * page (goal: under 2 s). {@code writeHtml}: the time to render the page's text in Java.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ScheduleReportRenderBenchmark -f 1 -wi 2 -i 5 -w 5s -r 5s
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class ScheduleReportRenderBenchmark {

    /** The published event. */
    public record OrderPlaced(String orderId, long amount) {}

    private Path dir;
    private Trace trace;
    private Path page;
    private Chromium chromium;

    /** @return the trace of 2,000 records delivered to two groups: 10,000 entries */
    static Trace tenThousandEntries() {
        FakeBroker broker = FakeBroker.builder().seed(5).build();
        broker.createTopic("orders", 3);
        broker.subscribe("orders", "billing", m -> {});
        broker.subscribe("orders", "shipping", m -> {});
        for (int i = 0; i < 2_000; i++) {
            broker.publish("orders", "o-" + i, new OrderPlaced("o-" + i, i));
        }
        broker.runUntilIdle();
        return broker.trace();
    }

    @Setup(Level.Trial)
    public void start() throws Exception {
        dir = Files.createTempDirectory("report-render");
        trace = tenThousandEntries();
        page = trace.toHtml(dir.resolve("schedule.html"));
        Path binary = Chromium.binary().orElseThrow(() -> new IllegalStateException(
                "Chromium is not installed at " + Chromium.DEFAULT_BINARY + " (apt-get install -y chromium)"));
        chromium = Chromium.start(binary, dir.resolve("profile"), 1280, 900);
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        chromium.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    /** @return the number of arrows the painted page holds */
    @Benchmark
    public int openInChromium() throws Exception {
        chromium.open(page);
        return chromium.evaluate("document.querySelectorAll('svg g.a').length").asInt();
    }

    /** @return the file written */
    @Benchmark
    public Path writeHtml() {
        return trace.toHtml(dir.resolve("written.html"));
    }
}
