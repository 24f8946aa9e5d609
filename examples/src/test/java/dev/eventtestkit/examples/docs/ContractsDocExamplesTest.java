package dev.eventtestkit.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.contract.CompatibilityLevel;
import dev.eventtestkit.contract.CompatibilityPolicy;
import dev.eventtestkit.contract.CompatibilityReport;
import dev.eventtestkit.contract.ContractCoverage;
import dev.eventtestkit.contract.ContractExample;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.contract.Violation;
import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.EventDescriptor;
import dev.eventtestkit.event.EventType;
import dev.eventtestkit.event.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code blocks of docs/contracts.md, run against the example domain's schemas/. */
class ContractsDocExamplesTest {


    @EventType(name = "OrderCreated", version = 2)
    record OrderCreated(String orderId, long amount, String currency) {}

    private final Path schemas = RepositoryRoot.schemas();

    @Test
    void loadsValidatesAndChecksTheExampleContracts() {
        Json payload = Json.parse("{\"orderId\":\"o-1\",\"amount\":1250,\"currency\":\"EUR\"}");

        EventContracts contracts = EventContracts.load(schemas);
        SortedSet<String> subjects = contracts.subjects();
        List<Violation> v = contracts.validate("OrderCreated", 2, payload);
        CompatibilityReport report = contracts.checkCompatibility();

        assertThat(subjects).contains("OrderCancelled", "OrderCreated");
        assertThat(v).isEmpty();
        assertThat(report.isCompatible()).isTrue();
    }

    @Test
    void readsLevelAndPolicyFromContractsYaml(@TempDir Path dir) throws IOException {
        Path subject = Files.createDirectories(dir.resolve("OrderCreated"));
        Files.copy(schemas.resolve("orders/OrderCreated/v1.json"), subject.resolve("v1.json"));
        Files.writeString(dir.resolve("contracts.yaml"),
                "level: BACKWARD\npolicy: STRICT\nsubjects:\n  OrderCreated:\n    level: FULL\n    policy: LENIENT\n");
        EventContracts contracts = EventContracts.load(dir);

        CompatibilityLevel level = contracts.levelOf("OrderCreated");
        CompatibilityPolicy policy = contracts.policyOf("OrderCreated");

        assertThat(level).isEqualTo(CompatibilityLevel.FULL);
        assertThat(policy).isEqualTo(CompatibilityPolicy.LENIENT);
    }

    @Test
    void validatesPayloadsAndEvents() {
        EventContracts contracts = EventContracts.load(schemas);
        Json payload = Json.parse("{\"orderId\":\"o-1\",\"amount\":\"12\"}");

        List<Violation> violations = contracts.validate("OrderCreated", 1, payload);
        List<Violation> none = contracts.validate(new OrderCreated("o-1", 1250, "EUR"), EventCodec.jackson());
        contracts.assertValid(new OrderCreated("o-1", 1250, "EUR"), EventCodec.jackson());

        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).toString()).contains("#/amount");
        assertThat(none).isEmpty();
    }

    @Test
    void exposesTheLoadedContracts() {
        EventContracts contracts = EventContracts.load(schemas);

        int latest = contracts.latestVersion("OrderCreated");
        Json schema = contracts.schema("OrderCreated", 2);
        Path file = contracts.file("OrderCreated", 2);
        List<ContractExample> examples = contracts.examples("OrderCreated", 1);
        Path root = contracts.root();

        assertThat(latest).isEqualTo(2);
        assertThat(schema.get("title").asText()).isEqualTo("OrderCreated");
        assertThat(file).isEqualTo(schemas.resolve("orders/OrderCreated/v2.json"));
        assertThat(examples).hasSize(1);
        assertThat(root).isEqualTo(schemas);
    }

    @Test
    void reportsCompatibility() {
        EventContracts contracts = EventContracts.load(schemas);

        CompatibilityReport report = contracts.checkCompatibility();
        boolean compatible = report.isCompatible();
        List<CompatibilityReport.Problem> problems = report.problems();
        String text = report.render();

        assertThat(compatible).isTrue();
        assertThat(problems).isEmpty();
        assertThat(text).contains(report.summary());
    }

    @Test
    void upcastsOldPayloads() {
        Json v1Payload = Json.parse("{\"orderId\":\"o-1\",\"amount\":1250}");

        EventContracts contracts = EventContracts.load(schemas)
                .withUpcaster("OrderCreated", 1, json -> json.with("currency", "EUR"));

        Json upcast = contracts.upcast("OrderCreated", 1, v1Payload);
        contracts.assertUpcastersValid();

        assertThat(upcast.toString()).isEqualTo("{\"orderId\":\"o-1\",\"amount\":1250,\"currency\":\"EUR\"}");
    }

    @Test
    void recordsCoverage(@TempDir Path dir) throws IOException {
        Path subject = Files.createDirectories(dir.resolve("OrderCreated"));
        Files.copy(schemas.resolve("orders/OrderCreated/v1.json"), subject.resolve("v1.json"));
        Files.copy(schemas.resolve("orders/OrderCreated/v2.json"), subject.resolve("v2.json"));
        EventContracts contracts = EventContracts.load(dir);
        contracts.validate("OrderCreated", 1, Json.parse("{\"orderId\":\"o-1\",\"amount\":1250}"));

        ContractCoverage coverage = contracts.coverage();
        SortedSet<EventDescriptor> exercised = coverage.exercised();
        SortedSet<EventDescriptor> missing = coverage.missing();
        SortedSet<EventDescriptor> all = coverage.all();
        String summary = coverage.summary();

        assertThat(exercised).hasToString("[OrderCreated v1]");
        assertThat(missing).hasToString("[OrderCreated v2]");
        assertThat(all).hasSize(2);
        assertThat(summary).isEqualTo("1 of 2 contract versions exercised; missing: OrderCreated v2");
    }
}
