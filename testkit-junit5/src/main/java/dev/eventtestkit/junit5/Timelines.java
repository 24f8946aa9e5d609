package dev.eventtestkit.junit5;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Trace;
import dev.eventtestkit.report.html.ReportFiles;
import dev.eventtestkit.report.html.ScheduleHtml;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.ValueWrapper;

/**
 * Puts a broker's timeline under a failure's message, keeping expected, actual and the original as cause. Used by
 * {@link EventTest} and by other faces of the kit (testkit-spring) so that every failing test prints the same.
 */
@API(status = API.Status.INTERNAL)
public final class Timelines {

    private Timelines() {}

    /** The JUnit configuration parameter that shows payloads and headers in the failure timeline. */
    public static final String PAYLOADS = "eventtestkit.timeline.payloads";

    /**
     * @param failure what the test threw
     * @param broker the test's broker
     * @return the failure with the broker's seed, faults and timeline under its message
     */
    public static AssertionFailedError append(Throwable failure, FakeBroker broker) {
        return append(failure, broker, broker.trace(), "");
    }

    /**
     * Also writes the schedule report (HTML) to {@code target/eventtestkit-reports/<class>.<method>/seed-<seed>.html}
     * and names it under the timeline; the timeline shows payloads and headers when the configuration parameter
     * {@value #PAYLOADS} is {@code true}.
     *
     * @param failure what the test threw
     * @param broker the test's broker
     * @param context the failing test's context
     * @return the failure with the broker's seed, faults, timeline and report's path under its message
     */
    public static AssertionFailedError append(Throwable failure, FakeBroker broker, ExtensionContext context) {
        Trace trace = broker.trace();
        String test = testName(context);
        String html = ScheduleHtml.render(test, facts(broker), String.valueOf(failure),
                List.of(new ScheduleHtml.Panel("Schedule", trace)));
        String written = ReportFiles.write("Schedule report", ReportFiles.file(test, "seed-" + broker.seed()), html);
        boolean payloads = context.getConfigurationParameter(PAYLOADS, Boolean::parseBoolean).orElse(false);
        return append(failure, broker, payloads ? trace.withPayloads() : trace, written + "\n");
    }

    /** @return {@code com.acme.OrdersTest.placesOrder}: the class and the method, the names reports go under */
    public static String testName(ExtensionContext context) {
        return context.getRequiredTestClass().getName() + context.getTestMethod().map(m -> "." + m.getName())
                .orElse("");
    }

    private static Map<String, String> facts(FakeBroker broker) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("seed", Long.toString(broker.seed()));
        facts.put("faults", broker.faults().toString());
        return facts;
    }

    private static AssertionFailedError append(Throwable failure, FakeBroker broker, Trace trace, String footer) {
        String heading = "\n\nFakeBroker timeline (seed " + broker.seed() + ", " + broker.faults() + ")";
        String timeline = (trace.size() == 0 ? heading + ": empty, nothing was published\n"
                : heading + ":\n" + trace.render()) + footer;
        if (failure instanceof AssertionFailedError) {
            AssertionFailedError assertion = (AssertionFailedError) failure;
            String message = assertion.getMessage() == null ? "" : assertion.getMessage();
            AssertionFailedError appended = assertion.isExpectedDefined() || assertion.isActualDefined()
                    ? new AssertionFailedError(message + timeline, valueOf(assertion.getExpected()),
                            valueOf(assertion.getActual()), assertion)
                    : new AssertionFailedError(message + timeline, assertion);
            appended.setStackTrace(assertion.getStackTrace());
            return appended;
        }
        AssertionFailedError wrapped = new AssertionFailedError(failure + timeline, failure);
        wrapped.setStackTrace(failure.getStackTrace());
        return wrapped;
    }

    private static @Nullable Object valueOf(@Nullable ValueWrapper wrapper) {
        return wrapper == null ? null : wrapper.getValue();
    }
}
