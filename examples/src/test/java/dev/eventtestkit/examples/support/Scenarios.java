package dev.eventtestkit.examples.support;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs test classes on the Jupiter engine with EngineTestKit, the way JUnit tests its own extensions: a failing
 * scenario becomes data for a passing test. Each run writes its contract coverage to the folder it is given,
 * never to the build's {@code target/eventtestkit}.
 */
public final class Scenarios {

    /** The configuration parameter that enables {@link OnlyInEngineTestKit} classes. */
    static final String ENABLED = "eventtestkit.examples.scenarios";

    private Scenarios() {}

    /**
     * Runs classes marked {@link OnlyInEngineTestKit}.
     *
     * @param coverageDir where the run's {@code contract-coverage.json} goes (a {@code @TempDir})
     * @param scenarios the classes to run
     * @return what happened
     */
    public static EngineExecutionResults run(Path coverageDir, Class<?>... scenarios) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(ENABLED, "true")
                .configurationParameter("eventtestkit.coverage.dir", coverageDir.toString())
                .configurationParameter("eventtestkit.failingSeeds.dir", coverageDir.resolve("failing-seeds").toString())
                .selectors(selectors(scenarios))
                .execute();
    }

    /**
     * Runs ordinary test classes again, in a run of their own, e.g. to read that run's contract coverage.
     *
     * @param coverageDir where the run's {@code contract-coverage.json} goes
     * @param testClassNames the fully qualified names of the classes to run (they may be package-private)
     * @return what happened
     */
    public static EngineExecutionResults rerun(Path coverageDir, List<String> testClassNames) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter("eventtestkit.coverage.dir", coverageDir.toString())
                .configurationParameter("eventtestkit.failingSeeds.dir", coverageDir.resolve("failing-seeds").toString())
                .selectors(testClassNames.stream().map(DiscoverySelectors::selectClass)
                        .toArray(DiscoverySelector[]::new))
                .execute();
    }

    /** @return the message of the one failed test */
    public static String failureMessage(EngineExecutionResults results) {
        Event failed = results.testEvents().failed().list().get(0);
        return failed.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                .orElseThrow().getMessage();
    }

    /** @return the display names of the tests that started, in order, comma-separated */
    public static String startedTests(EngineExecutionResults results) {
        return results.testEvents().started().list().stream()
                .map(event -> event.getTestDescriptor().getDisplayName()).collect(Collectors.joining(", "));
    }

    private static DiscoverySelector[] selectors(Class<?>... classes) {
        return Arrays.stream(classes).map(DiscoverySelectors::selectClass).toArray(DiscoverySelector[]::new);
    }
}
