package dev.eventtestkit.examples.features;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the business flows under src/test/resources/features with the EventTestkit steps, on the system that
 * {@link ExampleSystemConfiguration} wires (named in junit-platform.properties).
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
class ExampleFeaturesTest {
}
