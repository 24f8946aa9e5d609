package dev.eventtestkit.junit5;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/** Runs scenario classes on the Jupiter engine with EngineTestKit, the way JUnit tests its own extensions. */
final class Scenarios {

    static final String ENABLED = "eventtestkit.test.scenarios";

    private Scenarios() {}

    static EngineExecutionResults run(Path coverageDir, Class<?> scenario) {
        return run(coverageDir, scenario, Map.of());
    }

    static EngineExecutionResults run(Path coverageDir, Class<?> scenario, Map<String, String> parameters) {
        return run(coverageDir, parameters, scenario);
    }

    static EngineExecutionResults run(Path coverageDir, Map<String, String> parameters, Class<?>... scenarios) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(ENABLED, "true")
                .configurationParameter("eventtestkit.coverage.dir", coverageDir.toString())
                .configurationParameter("eventtestkit.failingSeeds.dir", coverageDir.resolve("failing-seeds").toString())
                .configurationParameters(parameters)
                .selectors(Arrays.stream(scenarios).map(DiscoverySelectors::selectClass).toArray(DiscoverySelector[]::new))
                .execute();
    }

    /** @return the message of the one failed test */
    static String failureMessage(EngineExecutionResults results) {
        return failure(results).getMessage();
    }

    /** @return what the one failed test threw */
    static Throwable failure(EngineExecutionResults results) {
        Event failed = results.testEvents().failed().list().get(0);
        return failed.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).orElseThrow();
    }

    /** @return display names of the tests that started, in order, comma-separated */
    static String startedTests(EngineExecutionResults results) {
        return results.testEvents().started().list().stream()
                .map(e -> e.getTestDescriptor().getDisplayName()).collect(Collectors.joining(", "));
    }

    static String reportEntries(EngineExecutionResults results) {
        return results.allEvents().filter(e -> e.getType() == EventType.REPORTING_ENTRY_PUBLISHED)
                .flatMap(e -> e.getPayload(ReportEntry.class).stream())
                .flatMap(entry -> entry.getKeyValuePairs().entrySet().stream())
                .map(pair -> pair.getKey() + " = " + pair.getValue()).collect(Collectors.joining("\n"));
    }
}
