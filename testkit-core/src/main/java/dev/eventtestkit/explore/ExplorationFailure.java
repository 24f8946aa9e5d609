package dev.eventtestkit.explore;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.INTERNAL;

import dev.eventtestkit.broker.Trace;
import dev.eventtestkit.report.html.ReportFiles;
import dev.eventtestkit.report.html.ScheduleHtml;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The schedule that failed, the shrunk schedule that still fails, and the report that prints both with the
 * way to replay them.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ExplorationFailure {

    private final int scheduleNumber;
    private final Outcome original;
    private final Outcome shrunk;
    private final String report;
    private final Map<String, String> facts;
    private final String fileName;

    /**
     * @param facts what the HTML report says first, e.g. {@code schedule -> schedule 3 of 200 (random, seed = 7)}
     * @param fileName the report's file name without extension: {@code seed-<seed>}, or {@code schedule-<n>} for
     *     an exhaustive walk, which has no seed of its own
     */
    ExplorationFailure(int scheduleNumber, Outcome original, Outcome shrunk, String report, Map<String, String> facts,
            String fileName) {
        this.scheduleNumber = scheduleNumber;
        this.original = original;
        this.shrunk = shrunk;
        this.report = report;
        this.facts = new LinkedHashMap<>(facts);
        this.fileName = fileName;
    }

    /** @return which schedule failed, counting from 1 */
    public int scheduleNumber() {
        return scheduleNumber;
    }

    /** @return the broker seed of the failing schedule: {@code Explorer.replay(seed)} runs it again */
    public long seed() {
        return original.seed();
    }

    /** @return the failing schedule as exact choices */
    public Schedule schedule() {
        return original.schedule();
    }

    /** @return the shrunk schedule; the same as {@link #schedule()} when nothing simpler fails */
    public Schedule shrunkSchedule() {
        return shrunk.schedule();
    }

    /** @return what the failing schedule threw */
    public Throwable cause() {
        return Objects.requireNonNull(original.failure());
    }

    /** @return what the shrunk schedule threw */
    public Throwable shrunkCause() {
        return Objects.requireNonNull(shrunk.failure());
    }

    /** @return the broker's trace under the failing schedule */
    public Trace trace() {
        return original.trace();
    }

    /** @return the broker's trace under the shrunk schedule */
    public Trace shrunkTrace() {
        return shrunk.trace();
    }

    /** @return how many faults struck under the failing and the shrunk schedule, e.g. {@code 3 -> 1} */
    public String faultCounts() {
        return original.faults() + " -> " + shrunk.faults();
    }

    /**
     * @return the report: which schedule failed and why, how to replay it, the shrunk trace, then the
     *     original trace
     */
    public String report() {
        return report;
    }

    /**
     * Writes the schedule report: a self-contained HTML page with the shrunk schedule's sequence diagram beside
     * the original's, faults and failures marked, the failing step highlighted, payloads and headers on hover.
     *
     * @param file where the page goes; missing directories are created
     * @return the file
     * @throws UncheckedIOException when the file cannot be written
     */
    @API(status = EXPERIMENTAL)
    public Path toHtml(Path file) {
        return ReportFiles.writeOrThrow(file, html("EventTestkit exploration"));
    }

    /**
     * Writes the schedule report where failure reports go, {@code target/eventtestkit-reports/<test>/<seed-N or
     * schedule-N>.html}, for the failure message; never throws.
     *
     * @param test the test's name, e.g. {@code com.acme.OrdersTest.placesOrder}
     * @return the line the failure message prints, e.g. {@code Schedule report: /.../seed-7.html}
     */
    @API(status = INTERNAL)
    public String writeReport(String test) {
        Path file = ReportFiles.file(test, fileName);
        return ReportFiles.write("Schedule report", file, html(test));
    }

    private String html(String title) {
        List<ScheduleHtml.Panel> panels = new ArrayList<>(2);
        if (shrunk != original) {
            panels.add(new ScheduleHtml.Panel("Shrunk schedule: " + shrunk.faults() + " fault(s), "
                    + shrunk.departures() + " departure(s)", shrunk.trace()));
        }
        panels.add(new ScheduleHtml.Panel("Original schedule: " + original.faults() + " fault(s), "
                + original.departures() + " departure(s)", original.trace()));
        String failure = shrunk == original ? String.valueOf(original.failure())
                : "shrunk: " + shrunk.failure() + "\noriginal: " + original.failure();
        return ScheduleHtml.render(title, facts, failure, panels);
    }

    @Override
    public String toString() {
        return report;
    }
}
