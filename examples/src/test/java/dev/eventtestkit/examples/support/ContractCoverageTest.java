package dev.eventtestkit.examples.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.event.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * The promise, "coverage shows none unexercised", as a test: the {@code @EventTest} classes, run on their
 * own, validate a payload against every contract version in {@code schemas/}. A version no test publishes (a new
 * {@code v3.json}, a subject nobody uses any more) fails it, naming the version.
 */
class ContractCoverageTest {

    /** The example tests that load {@code schemas/} through {@code @EventTest(schemas = "schemas")}. */
    static final List<String> EVENT_TESTS = List.of(
            "dev.eventtestkit.examples.payments.PaymentServiceEventTest",
            "dev.eventtestkit.examples.orders.process.OrderProcessEventTest",
            "dev.eventtestkit.examples.inventory.projection.StockLevelsEventTest",
            "dev.eventtestkit.examples.shipping.ShippingServiceEventTest");

    @Test
    void theEventTestsExerciseEveryContractVersionOfSchemas(@TempDir Path coverage) throws IOException {
        EventContracts contracts = ExampleContracts.load();
        int versions = contracts.subjects().stream().mapToInt(contracts::latestVersion).sum();

        EngineExecutionResults results = Scenarios.rerun(coverage, EVENT_TESTS);

        results.testEvents().assertStatistics(stats -> stats.failed(0).aborted(0));
        Json report = Json.parse(Files.readString(coverage.resolve("contract-coverage.json")));
        assertThat(report.get("roots").size()).isEqualTo(1);
        Json schemas = report.get("roots").get(0);
        assertThat(schemas.get("root").asText()).isEqualTo("../schemas");
        assertThat(versions).isEqualTo(16);
        assertThat(schemas.get("total").asInt()).isEqualTo(versions);
        assertThat(schemas.get("notExercised").toString()).as("contract versions no @EventTest exercised")
                .isEqualTo("[]");
        assertThat(schemas.get("exercised").size()).isEqualTo(versions);
    }
}
