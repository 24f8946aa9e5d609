package dev.eventtestkit.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.examples.support.Scenarios;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** The failing {@code Interleavings} example of docs/junit5.md fails the way the doc prints it. */
class Junit5DocExamplesTest {

    @TempDir
    Path coverage;

    @Test
    void billingWithoutIdempotencyFailsAtTheFirstScheduleWithItsReplay() {
        EngineExecutionResults results = Scenarios.run(coverage, BillingTest.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        assertThat(Scenarios.failureMessage(results)).startsWith(
                "schedule 1 of 20 (random, seed = 0) failed: org.opentest4j.AssertionFailedError: "
                        + "expected: <{o-1=1, o-2=1, o-3=1}> but was: <{o-1=1, o-2=3, o-3=1}>\n\n"
                        + "Replay it:\n  @Interleavings(value = 1, seed = 0L)\n");
    }
}
