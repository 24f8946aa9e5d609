package dev.eventtestkit.cucumber;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Runs one feature file on the Cucumber engine and collects each scenario's failure by scenario name. */
final class FeatureRun {

    private final Events tests;

    private FeatureRun(Events tests) {
        this.tests = tests;
    }

    static FeatureRun of(String resource) {
        return new FeatureRun(EngineTestKit.engine("cucumber")
                .configurationParameter("cucumber.glue", "dev.eventtestkit.cucumber")
                .configurationParameter("cucumber.publish.quiet", "true")
                .selectors(selectClasspathResource(resource))
                .execute()
                .testEvents());
    }

    Events tests() {
        return tests;
    }

    /** @return the failure of every failed scenario, by its name, in run order */
    Map<String, Throwable> failures() {
        Map<String, Throwable> failures = new LinkedHashMap<>();
        for (Event event : tests.failed().list()) {
            Throwable failure = event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
            failures.put(event.getTestDescriptor().getDisplayName(), failure);
        }
        return failures;
    }

    Throwable failure(String scenario) {
        Throwable failure = failures().get(scenario);
        if (failure == null) {
            throw new AssertionError("scenario \"" + scenario + "\" did not fail; failed: " + failures().keySet());
        }
        return failure;
    }
}
