package dev.eventtestkit.examples.features;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the business flows under src/test/resources/features with the EventTestkit steps, on the system that
 * {@link ExampleSystemConfiguration} wires (named in junit-platform.properties). Each scenario asserts through its
 * Then steps; a failing step fails this suite.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
class ExampleFeaturesTest {
}
