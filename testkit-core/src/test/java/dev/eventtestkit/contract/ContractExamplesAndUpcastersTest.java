package dev.eventtestkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.eventtestkit.event.Json;
import org.opentest4j.AssertionFailedError;

class ContractExamplesAndUpcastersTest {

    static final Upcaster ADD_EUR = json -> json.with("currency", "EUR");

    @TempDir
    Path dir;

    Path root;
    ContractFiles files;

    @BeforeEach
    void setUp() {
        root = dir.resolve("schemas");
        files = new ContractFiles(root).orderCreated()
                .write("orders/OrderCreated/examples/v1-minimal.json", "{\"orderId\": \"o-1\", \"amount\": 1250}")
                .write("orders/OrderCreated/examples/v2-dollars.json", "{\"orderId\": \"o-2\", \"amount\": 99, \"currency\": \"USD\"}");
    }

    static Json json(String text) {
        return Json.parse(text);
    }

    @Test
    void attributesExamplesToVersionsByFileName() {
        EventContracts contracts = EventContracts.load(root);

        assertThat(contracts.examples("OrderCreated", 1)).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo(root.resolve("orders/OrderCreated/examples/v1-minimal.json"));
            assertThat(e.payload()).isEqualTo(json("{\"orderId\": \"o-1\", \"amount\": 1250}"));
        });
        assertThat(contracts.examples("OrderCreated", 2)).extracting(ContractExample::version).containsExactly(2);
    }

    @Test
    void rejectsAnExampleItCannotAttribute() {
        files.write("orders/OrderCreated/examples/big-order.json", "{}");

        assertThatThrownBy(() -> EventContracts.load(root))
                .hasMessage(root + "/orders/OrderCreated/examples/big-order.json: cannot tell which version this example "
                        + "is for; name examples v<N>-<name>.json, e.g. v1-minimal.json");
    }

    @Test
    void rejectsAnExampleForAVersionThatDoesNotExist() {
        files.write("orders/OrderCreated/examples/v3-future.json", "{}");

        assertThatThrownBy(() -> EventContracts.load(root))
                .hasMessage(root + "/orders/OrderCreated/examples/v3-future.json: example for v3, but OrderCreated has "
                        + "versions v1 to v2");
    }

    @Test
    void rejectsAnExampleThatDoesNotMatchItsVersion() {
        files.write("orders/OrderCreated/examples/v1-broken.json", "{\"orderId\": 7, \"amount\": 1}");

        assertThatThrownBy(() -> EventContracts.load(root))
                .hasMessage(root + "/orders/OrderCreated/examples/v1-broken.json: example does not match " + root
                        + "/orders/OrderCreated/v1.json: #/orderId: type: integer found, string expected");
    }

    @Test
    void upcastsAlongTheChainToTheLatestVersion() {
        EventContracts contracts = EventContracts.load(root).withUpcaster("OrderCreated", 1, ADD_EUR);
        Json v1 = json("{\"orderId\": \"o-1\", \"amount\": 1250}");

        assertThat(contracts.upcast("OrderCreated", 1, v1))
                .isEqualTo(json("{\"orderId\": \"o-1\", \"amount\": 1250, \"currency\": \"EUR\"}"));
        assertThat(v1).isEqualTo(json("{\"orderId\": \"o-1\", \"amount\": 1250}"));
    }

    @Test
    void leavesTheOriginalContractsWithoutTheUpcaster() {
        EventContracts original = EventContracts.load(root);
        original.withUpcaster("OrderCreated", 1, ADD_EUR);

        assertThatThrownBy(() -> original.upcast("OrderCreated", 1, json("{}")))
                .hasMessage(root + "/orders/OrderCreated: no upcaster from v1 to v2 of OrderCreated; register one with "
                        + "withUpcaster(\"OrderCreated\", 1, json -> ...)");
    }

    @Test
    void rejectsAnUpcasterFromTheLatestVersion() {
        assertThatThrownBy(() -> EventContracts.load(root).withUpcaster("OrderCreated", 2, ADD_EUR))
                .hasMessage(root + "/orders/OrderCreated: cannot upcast OrderCreated from v2: it is the latest version");
    }

    @Test
    void acceptsUpcastersThatTurnEveryOldExampleIntoAValidLatestPayload() {
        EventContracts.load(root).withUpcaster("OrderCreated", 1, ADD_EUR).assertUpcastersValid();
    }

    @Test
    void namesTheExampleThatAnUpcasterBreaks() {
        Upcaster wrong = json -> json.with("currency", 978);
        EventContracts contracts = EventContracts.load(root).withUpcaster("OrderCreated", 1, wrong);

        assertThatThrownBy(contracts::assertUpcastersValid)
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("examples do not validate after upcasting:\n"
                        + "  " + root + "/orders/OrderCreated/examples/v1-minimal.json -> v2: #/currency: type: integer found, "
                        + "string expected (upcast: {\"orderId\":\"o-1\",\"amount\":1250,\"currency\":978})");
    }
}
