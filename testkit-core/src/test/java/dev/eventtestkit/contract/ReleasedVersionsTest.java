package dev.eventtestkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleasedVersionsTest {

    @TempDir
    Path dir;

    Path baseline;
    Path current;

    @BeforeEach
    void setUp() {
        baseline = dir.resolve("base");
        current = dir.resolve("schemas");
        new ContractFiles(baseline).orderCreated().write("OrderShipped/v1.json", "{}");
    }

    @Test
    void acceptsUnchangedReleasesReformattedAndANewVersion() {
        new ContractFiles(current).orderCreated()
                .write("orders/OrderCreated/v1.json", ContractFiles.ORDER_CREATED_V1.replace("\n", "").replace("  ", ""))
                .write("orders/OrderCreated/v3.json", ContractFiles.ORDER_CREATED_V2)
                .write("OrderShipped/v1.json", "{ }");

        assertThat(ReleasedVersions.check(EventContracts.load(baseline), EventContracts.load(current))).isEmpty();
    }

    @Test
    void reportsAChangedReleaseAtItsFirstDifferenceAndVanishedOnes() {
        new ContractFiles(current)
                .write("orders/OrderCreated/v1.json", ContractFiles.ORDER_CREATED_V1.replace(
                        "\"amount\": {\"type\": \"integer\"}", "\"amount\": {\"type\": \"string\"}"))
                .write("Other/v1.json", "{}");

        assertThat(ReleasedVersions.check(EventContracts.load(baseline), EventContracts.load(current)))
                .extracting(ReleasedVersionProblem::line).containsExactly(
                        current + "/orders/OrderCreated/v1.json: #/properties/amount/type: RELEASED_VERSION_CHANGED: "
                                + "\"integer\" -> \"string\" (v1 is released in " + baseline
                                + "/orders/OrderCreated/v1.json; add a new version instead)",
                        current + "/orders/OrderCreated/v2.json: #/: RELEASED_VERSION_REMOVED (v2 is released in "
                                + baseline + "/orders/OrderCreated/v2.json; restore it)",
                        current + "/OrderShipped/v1.json: #/: RELEASED_VERSION_REMOVED (v1 is released in "
                                + baseline + "/OrderShipped/v1.json; restore it)");
    }
}
