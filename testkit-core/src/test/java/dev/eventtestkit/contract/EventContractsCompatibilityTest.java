package dev.eventtestkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real {@link Compatibility} over a contracts root at each subject's configured level. */
class EventContractsCompatibilityTest {

    static final String AMOUNT_AS_STRING = ContractFiles.ORDER_CREATED_V2.replace(
            "\"amount\": {\"type\": \"integer\"}", "\"amount\": {\"type\": \"string\"}");

    @TempDir
    Path dir;

    Path root;
    ContractFiles files;

    @BeforeEach
    void setUp() {
        root = dir.resolve("schemas");
        files = new ContractFiles(root).orderCreated();
    }

    @Test
    void acceptsAnOptionalPropertyAddedToAClosedSchema() {
        CompatibilityReport report = EventContracts.load(root).checkCompatibility();

        assertThat(report.isCompatible()).isTrue();
        assertThat(report.render()).isEqualTo("1 subject, 2 versions checked: all compatible\n");
    }

    @Test
    void reportsEveryVersionATypeChangeBreaksAtATransitiveLevel() {
        files.write("orders/OrderCreated/v3.json", AMOUNT_AS_STRING)
                .write("contracts.yaml", "subjects:\n  OrderCreated: {level: BACKWARD_TRANSITIVE}\n");

        CompatibilityReport report = EventContracts.load(root).checkCompatibility();

        assertThat(report.isCompatible()).isFalse();
        assertThat(report.render()).isEqualTo(root + "/orders/OrderCreated/v3.json: #/properties/amount: TYPE_CHANGED: "
                + "integer -> string (breaks BACKWARD_TRANSITIVE with v1, v2) witness: {\"orderId\":\"a\",\"amount\":0} "
                + "(v1 accepts it, v3 rejects it) hint: add a new property for the new type, "
                + "or accept both types with a type list or anyOf\n"
                + "1 subject, 3 versions checked: 1 incompatible\n");
    }

    @Test
    void checksNothingAtLevelNone() {
        files.write("orders/OrderCreated/v3.json", AMOUNT_AS_STRING).write("contracts.yaml", "level: NONE\n");

        assertThat(EventContracts.load(root).checkCompatibility().isCompatible()).isTrue();
    }

    @Test
    void rejectsAnOptionalPropertyAddedToAnOpenSchemaUnderStrictButNotLenient() {
        files.write("Open/v1.json", "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\"}}}")
                .write("Open/v2.json", "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\"}, "
                        + "\"b\": {\"type\": \"string\"}}}");

        CompatibilityReport strict = EventContracts.load(root).checkCompatibility();
        files.write("contracts.yaml", "subjects:\n  Open: {policy: LENIENT}\n");
        CompatibilityReport lenient = EventContracts.load(root).checkCompatibility();

        assertThat(strict.problems()).extracting(p -> p.difference().type())
                .containsExactly(DifferenceType.OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL);
        assertThat(lenient.isCompatible()).isTrue();
    }

    @Test
    void followsRefsToSharedFilesWhenComparingVersions() {
        files.write("common/Money.json", "{\"type\": \"integer\"}")
                .write("common/MoneyAsText.json", "{\"type\": \"string\"}")
                .write("Paid/v1.json", "{\"type\": \"object\", \"properties\": {\"amount\": {\"$ref\": \"../common/Money.json\"}}, "
                        + "\"additionalProperties\": false}")
                .write("Paid/v2.json", "{\"type\": \"object\", \"properties\": {\"amount\": {\"$ref\": \"../common/MoneyAsText.json\"}}, "
                        + "\"additionalProperties\": false}");

        CompatibilityReport report = EventContracts.load(root).checkCompatibility();

        assertThat(report.problems()).extracting(p -> p.difference().type() + " at " + p.difference().path())
                .containsExactly("TYPE_CHANGED at #/properties/amount");
    }
}
