package dev.eventtestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.contract.CompatibilityLevel;
import dev.eventtestkit.contract.CompatibilityPolicy;
import dev.eventtestkit.contract.EventContracts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example domain's contracts in the repository's schemas/ stay loadable, compatible and upcastable. */
class RepositorySchemasTest {

    static final Path SCHEMAS = Path.of("..", "schemas");

    @Test
    void checkPassesOnTheRepositorySchemas() {
        CliRun run = CliRun.of("check", SCHEMAS.toString());

        assertThat(run.out()).isEqualTo("12 subjects, 16 versions checked: all compatible\n");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void holdsTheExampleDomainsSubjectsAtTheirConfiguredLevels() {
        EventContracts contracts = EventContracts.load(SCHEMAS);

        assertThat(contracts.subjects()).containsExactly("OrderCancelled", "OrderCreated", "OrderShipped", "OutOfStock",
                "PaymentFailed", "PaymentProcessed", "PaymentRequested", "RefundIssued", "ShipmentDispatched",
                "ShipmentRequested", "StockReleased", "StockReserved");
        assertThat(contracts.levelOf("OrderCreated")).isEqualTo(CompatibilityLevel.BACKWARD_TRANSITIVE);
        assertThat(contracts.policyOf("PaymentProcessed")).isEqualTo(CompatibilityPolicy.LENIENT);
        assertThat(contracts.levelOf("OutOfStock")).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
        for (String subject : contracts.subjects()) {
            for (int version = 1; version <= contracts.latestVersion(subject); version++) {
                assertThat(contracts.examples(subject, version)).as(subject + " v" + version + " examples").isNotEmpty();
            }
        }
    }

    @Test
    void orderCreatedV1ExamplesUpcastToValidV2Payloads() {
        EventContracts contracts = EventContracts.load(SCHEMAS)
                .withUpcaster("OrderCreated", 1, json -> json.with("currency", "EUR"));

        contracts.assertUpcastersValid();
        assertThat(contracts.upcast("OrderCreated", 1, contracts.examples("OrderCreated", 1).get(0).payload()).toString())
                .isEqualTo("{\"orderId\":\"o-1\",\"amount\":1250,\"currency\":\"EUR\"}");
    }
}
