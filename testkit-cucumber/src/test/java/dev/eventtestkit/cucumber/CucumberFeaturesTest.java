package dev.eventtestkit.cucumber;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the passing features under src/test/resources/features with the EventTestkit steps. Cucumber 7.34 asks
 * for a package selector for a folder of features ({@code @SelectClasspathResource("features")} runs them too,
 * with a discovery warning); the failing features in {@code failing/} are run one by one by
 * {@link AggregateFailuresTest}, {@link BrokerFailuresTest}, {@link QueueFailuresTest} and {@link InputErrorsTest}. Each scenario asserts through the Then steps; a failing step fails this suite.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
class CucumberFeaturesTest {
}
