package dev.eventtestkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.EventDescriptor;
import dev.eventtestkit.event.EventType;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import dev.eventtestkit.event.Json;

class EventContractsValidationTest {

    @EventType(name = "OrderCreated", version = 2)
    record OrderCreated(String orderId, long amount, String currency) {}

    @EventType(name = "OrderCreated", version = 1)
    record BadOrderCreated(String orderId, String amount) {}

    record OrderShipped(String orderId) {}

    @TempDir
    Path dir;

    Path root;
    EventContracts contracts;

    @BeforeEach
    void setUp() {
        root = dir.resolve("schemas");
        new ContractFiles(root).orderCreated();
        contracts = EventContracts.load(root);
    }

    static Json json(String text) {
        return Json.parse(text);
    }

    @Test
    void acceptsAValidPayload() {
        assertThat(contracts.validate("OrderCreated", 2, json("{\"orderId\": \"o-1\", \"amount\": 1250, \"currency\": \"EUR\"}")))
                .isEmpty();
    }

    @Test
    void wholeNumbersBeyondALongAreComparedWithIntegerBoundsNotReportedAsABadSchema() {
        // found by PayloadValidationPropertiesTest: the validator read 1e20 as a long and threw
        new ContractFiles(root).write("Count/v1.json", "{\"type\": \"integer\", \"minimum\": 3, \"exclusiveMaximum\": 1e30}");
        EventContracts loaded = EventContracts.load(root);

        assertThat(loaded.validate("Count", 1, json("1e20"))).isEmpty();
        assertThat(loaded.validate("Count", 1, json("[1.5e19]").get(0))).isEmpty();
        assertThat(loaded.validate("Count", 1, json("-1e20"))).extracting(Violation::toString)
                .containsExactly("#/: minimum: must have a minimum value of 3");
        assertThat(loaded.validate("Count", 1, json("1e300"))).extracting(Violation::toString)
                .containsExactly("#/: exclusiveMaximum: must have an exclusive maximum value of 1.0E30");
    }

    @Test
    void reportsEachViolationWithPointerKeywordMessageAndFile() {
        var violations = contracts.validate("OrderCreated", 1, json("{\"amount\": \"12\", \"colour\": \"red\"}"));

        assertThat(violations).extracting(Violation::toString).containsExactlyInAnyOrder(
                "#/amount: type: string found, integer expected",
                "#/orderId: required: required property 'orderId' not found",
                "#/colour: additionalProperties: property 'colour' is not defined in the schema and the schema does not "
                        + "allow additional properties");
        assertThat(violations).allSatisfy(v -> {
            assertThat(v.subject()).isEqualTo("OrderCreated");
            assertThat(v.version()).isEqualTo(1);
            assertThat(v.schemaFile()).isEqualTo(root.resolve("orders/OrderCreated/v1.json"));
        });
    }

    @Test
    void pointsAtTheRootForAPayloadOfTheWrongType() {
        assertThat(contracts.validate("OrderCreated", 1, json("[]")))
                .extracting(Violation::toString).containsExactly("#/: type: array found, object expected");
    }

    @Test
    void namesKnownSubjectsAndTheClosestForAnUnknownOne() {
        assertThatThrownBy(() -> contracts.validate("OrderCreate", 1, json("{}")))
                .isInstanceOf(ContractException.class)
                .hasMessage("unknown subject \"OrderCreate\" in contracts root " + root
                        + "; known: OrderCreated (did you mean OrderCreated?)");
    }

    @Test
    void namesTheVersionsForAnUnknownVersion() {
        assertThatThrownBy(() -> contracts.validate("OrderCreated", 3, json("{}")))
                .isInstanceOf(ContractException.class)
                .hasMessage(root + "/orders/OrderCreated: OrderCreated has no version 3; versions: v1, v2");
    }

    @Test
    void validatesAnEventObjectAtTheVersionItsClassNames() {
        assertThat(contracts.validate(new OrderCreated("o-1", 1250, "EUR"), EventCodec.jackson())).isEmpty();
        assertThat(contracts.validate(new BadOrderCreated("o-1", "12"), EventCodec.jackson()))
                .extracting(Violation::toString).containsExactly("#/amount: type: string found, integer expected");
    }

    @Test
    void rejectsAnEventWhoseTypeHasNoContract() {
        assertThatThrownBy(() -> contracts.validate(new OrderShipped("o-1"), EventCodec.jackson()))
                .isInstanceOf(ContractException.class)
                .hasMessage("unknown subject \"OrderShipped\" in contracts root " + root + "; known: OrderCreated");
    }

    @Test
    void assertValidNamesSubjectVersionFilePointerAndKeyword() {
        assertThatThrownBy(() -> contracts.assertValid(new BadOrderCreated("o-1", "12"), EventCodec.jackson()))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("OrderCreated v1 does not match its contract " + root + "/orders/OrderCreated/v1.json:\n"
                        + "  #/amount: type: string found, integer expected\n"
                        + "payload: {\"orderId\":\"o-1\",\"amount\":\"12\"}");
    }

    @Test
    void assertValidPassesAValidEvent() {
        contracts.assertValid(new OrderCreated("o-1", 1250, "EUR"), EventCodec.jackson());

        assertThat(contracts.coverage().exercised()).containsExactly(new EventDescriptor("OrderCreated", 2));
    }

    @Test
    void recordsWhichContractVersionsWereExercised() {
        assertThat(contracts.coverage().summary())
                .isEqualTo("0 of 2 contract versions exercised; missing: OrderCreated v1, OrderCreated v2");

        contracts.validate("OrderCreated", 1, json("{}"));

        assertThat(contracts.coverage().exercised()).containsExactly(new EventDescriptor("OrderCreated", 1));
        assertThat(contracts.coverage().missing()).containsExactly(new EventDescriptor("OrderCreated", 2));
        assertThat(contracts.coverage().summary())
                .isEqualTo("1 of 2 contract versions exercised; missing: OrderCreated v2");
    }

    @Test
    void sharesCoverageWithContractsDerivedByWithUpcaster() {
        EventContracts derived = contracts.withUpcaster("OrderCreated", 1, json -> json);

        derived.validate("OrderCreated", 2, json("{}"));

        assertThat(contracts.coverage().exercised()).containsExactly(new EventDescriptor("OrderCreated", 2));
    }
}
