package dev.eventtestkit.cucumber;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The configuration named by a system property wins over junit-platform.properties, and loads lazily. */
class ConfigurationLookupTest {

    @Test
    void aSystemPropertyOverridesThePropertiesFileAndOnlyStepsOfTheKitNeedIt() {
        String previous = System.setProperty(Settings.CONFIGURATION, "com.acme.Missing");
        FeatureRun run;
        try {
            run = FeatureRun.of("failing/configuration.feature");
        } finally {
            if (previous == null) {
                System.clearProperty(Settings.CONFIGURATION);
            } else {
                System.setProperty(Settings.CONFIGURATION, previous);
            }
        }

        run.tests().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        assertThat(run.failure("the first EventTestkit step loads the configuration"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("eventtestkit.cucumber.configuration=com.acme.Missing: no such class on the classpath");
    }
}
