package dev.eventtestkit.examples.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.contract.EventContracts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theEventTestsExerciseEveryContractVersionOfSchemas(@TempDir Path coverage) throws IOException {
        EventContracts contracts = ExampleContracts.load();
        int versions = contracts.subjects().stream().mapToInt(contracts::latestVersion).sum();

        EngineExecutionResults results = Scenarios.rerun(coverage, EVENT_TESTS);

        results.testEvents().assertStatistics(stats -> stats.failed(0).aborted(0));
        JsonNode report = JSON.readTree(Files.readString(coverage.resolve("contract-coverage.json")));
        assertThat(report.get("roots")).hasSize(1);
        JsonNode schemas = report.get("roots").get(0);
        assertThat(schemas.get("root").asString()).isEqualTo("../schemas");
        assertThat(versions).isEqualTo(16);
        assertThat(schemas.get("total").asInt()).isEqualTo(versions);
        assertThat(schemas.get("notExercised").toString()).as("contract versions no @EventTest exercised")
                .isEqualTo("[]");
        assertThat(schemas.get("exercised")).hasSize(versions);
    }
}
