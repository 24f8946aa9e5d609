package dev.eventtestkit.junit5.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.eventtestkit.contract.DifferenceType;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.testkit.engine.Event;

class ContractsTestEngineTest {

    static final String CONTRACTS = "src/test/resources/contracts/";

    @Test
    void turnsAContractsRootIntoSubjectVersionAndCheckTests() {
        EngineExecutionResults results = EngineTestKit.engine(ContractsTestEngine.ENGINE_ID)
                .selectors(selectDirectory(CONTRACTS + "shop")).execute();

        results.testEvents().assertStatistics(stats -> stats.started(6).succeeded(6).failed(0));
        results.containerEvents().assertStatistics(stats -> stats.started(7).succeeded(7));
        assertThat(tree(results)).isEqualTo("""
                EventTestkit contracts
                  src/test/resources/contracts/shop
                    OrderPlaced
                      v1
                        valid schema
                        example v1-small.json
                      v2
                        valid schema
                        example v2-large.json
                        compatible at BACKWARD with v1
                    PaymentCharged
                      v1
                        valid schema""");
    }

    @Test
    void reportsABreakingVersionAsOneFailedTestWithTheCliLine() {
        EngineExecutionResults results = EngineTestKit.engine(ContractsTestEngine.ENGINE_ID)
                .selectors(selectDirectory(CONTRACTS + "breaking")).execute();

        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(2).failed(1));
        Event failed = results.testEvents().failed().list().get(0);
        assertThat(failed.getTestDescriptor().getDisplayName()).isEqualTo("compatible at BACKWARD with v1");
        assertThat(message(failed)).isEqualTo("src/test/resources/contracts/breaking/orders/OrderPlaced/v2.json: "
                + "#/properties/amount: TYPE_CHANGED: integer -> string (breaks BACKWARD with v1) witness: "
                + "{\"orderId\":\"a\",\"amount\":0} (v1 accepts it, v2 rejects it) hint: "
                + DifferenceType.TYPE_CHANGED.hint());
        assertThat(failed.getTestDescriptor().getSource()).contains(FileSource.from(
                Path.of(CONTRACTS + "breaking/orders/OrderPlaced/v2.json").toAbsolutePath().toFile(), FilePosition.from(5, 5)));
    }

    @Test
    void reportsASchemaThatDoesNotLoadAsAFailedValidSchemaTest() {
        EngineExecutionResults results = EngineTestKit.engine(ContractsTestEngine.ENGINE_ID)
                .selectors(selectDirectory(CONTRACTS + "broken")).execute();

        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        Event failed = results.testEvents().failed().list().get(0);
        assertThat(failed.getTestDescriptor().getDisplayName()).isEqualTo("valid schema");
        assertThat(message(failed)).isEqualTo("src/test/resources/contracts/broken/orders/OrderPlaced/v1.json: line 5, "
                + "column 3: not valid JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start "
                + "property name");
        assertThat(tree(results)).isEqualTo("""
                EventTestkit contracts
                  src/test/resources/contracts/broken
                    OrderPlaced
                      v1
                        valid schema""");
        assertThat(failed.getTestDescriptor().getSource()).contains(FileSource.from(
                Path.of(CONTRACTS + "broken/orders/OrderPlaced/v1.json").toAbsolutePath().toFile(), FilePosition.from(1)));
    }

    @Test
    void reportsAMissingRootAsAFailedContainerNotAnEngineCrash() {
        EngineExecutionResults results = EngineTestKit.engine(ContractsTestEngine.ENGINE_ID)
                .configurationParameter(ContractsTestEngine.ROOTS, CONTRACTS + "nowhere")
                .execute();

        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        assertThat(results.testEvents().started().list().get(0).getTestDescriptor().getDisplayName()).isEqualTo("src/test/resources/contracts/nowhere");
        assertThat(message(results.testEvents().failed().list().get(0))).isEqualTo("src/test/resources/contracts/"
                + "nowhere: contracts root not found; expected a directory of <Subject>/v<N>.json files");
    }

    @Test
    void takesRootsFromTheConfigurationParameter() {
        EngineExecutionResults results = EngineTestKit.engine(ContractsTestEngine.ENGINE_ID)
                .configurationParameter(ContractsTestEngine.ROOTS, CONTRACTS + "shop, " + CONTRACTS + "breaking")
                .execute();

        results.testEvents().assertStatistics(stats -> stats.started(9).succeeded(8).failed(1));
    }

    @Test
    void findsNoRootsWhenTheWorkingDirectoryHasNoSchemasFolder() {
        EngineExecutionResults results = EngineTestKit.engine(ContractsTestEngine.ENGINE_ID).execute();

        results.allEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void reRunsOneCheckSelectedByItsUniqueId() {
        EngineExecutionResults results = EngineTestKit.engine(ContractsTestEngine.ENGINE_ID)
                .selectors(selectUniqueId("[engine:eventtestkit-contracts]/[root:src%2Ftest%2Fresources%2Fcontracts"
                        + "%2Fbreaking]/[subject:OrderPlaced]/[version:v2]/[check:compatibility]"))
                .execute();

        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        assertThat(tree(results)).isEqualTo("""
                EventTestkit contracts
                  src/test/resources/contracts/breaking
                    OrderPlaced
                      v2
                        compatible at BACKWARD with v1""");
    }

    @Test
    void runsInsideASuite() {
        EngineExecutionResults results = EngineTestKit.engine("junit-platform-suite")
                .selectors(selectClass(ShopContracts.class)).execute();

        results.testEvents().assertStatistics(stats -> stats.started(6).succeeded(6));
        assertThat(results.testEvents().started().list().get(5).getTestDescriptor().getUniqueId().toString())
                .isEqualTo("[engine:junit-platform-suite]/[suite:" + ShopContracts.class.getName() + "]"
                        + "/[engine:eventtestkit-contracts]/[root:src%2Ftest%2Fresources%2Fcontracts%2Fshop]"
                        + "/[subject:PaymentCharged]/[version:v1]/[check:schema]");
    }

    @Suite
    @IncludeEngines("eventtestkit-contracts")
    @ConfigurationParameter(key = ContractsTestEngine.ROOTS, value = CONTRACTS + "shop")
    static class ShopContracts {}

    static String message(Event event) {
        return event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                .orElseThrow().getMessage();
    }

    /** Every started descriptor, indented by depth, tests with their source line. */
    static String tree(EngineExecutionResults results) {
        return results.allEvents().started().stream().map(e -> {
            int depth = e.getTestDescriptor().getUniqueId().getSegments().size() - 1;
            return "  ".repeat(depth) + e.getTestDescriptor().getDisplayName();
        }).collect(Collectors.joining("\n"));
    }
}
