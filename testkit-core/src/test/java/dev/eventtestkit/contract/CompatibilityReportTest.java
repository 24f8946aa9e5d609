package dev.eventtestkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompatibilityReportTest {

    static final Path V1 = Path.of("schemas/orders/OrderCreated/v1.json");
    static final Path V3 = Path.of("schemas/orders/OrderCreated/v3.json");
    static final Difference AMOUNT_TYPE = new Difference(DifferenceType.TYPE_CHANGED, "#/properties/amount", "number", "string");

    static CompatibilityReport.VersionResult result(int version, Path file, CompatibilityLevel level, Incompatibility... found) {
        return new CompatibilityReport.VersionResult("OrderCreated", version, file,
                new CompatibilityResult(level, CompatibilityPolicy.STRICT, List.of(found)));
    }

    @Test
    void rendersOneLinePerDifferenceWithEveryVersionItBreaks() {
        CompatibilityReport report = new CompatibilityReport(List.of(
                result(1, V1, CompatibilityLevel.BACKWARD_TRANSITIVE),
                result(3, V3, CompatibilityLevel.BACKWARD_TRANSITIVE,
                        new Incompatibility(1, Direction.BACKWARD, AMOUNT_TYPE),
                        new Incompatibility(2, Direction.BACKWARD, AMOUNT_TYPE))));

        assertThat(report.isCompatible()).isFalse();
        assertThat(report.render()).isEqualTo("""
                schemas/orders/OrderCreated/v3.json: #/properties/amount: TYPE_CHANGED: number -> string (breaks \
                BACKWARD_TRANSITIVE with v1, v2) hint: add a new property for the new type, or accept both types with a type list or anyOf
                1 subject, 2 versions checked: 1 incompatible
                """);
    }

    @Test
    void saysWhenOldVersionsCannotReadTheCandidatesData() {
        Difference added = new Difference(DifferenceType.OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL,
                "#/properties/currency", null, "{\"type\":\"string\"}");
        CompatibilityReport report = new CompatibilityReport(List.of(result(3, V3, CompatibilityLevel.FULL,
                new Incompatibility(2, Direction.FORWARD, added))));

        assertThat(report.problems()).extracting(CompatibilityReport.Problem::line).containsExactly(
                "schemas/orders/OrderCreated/v3.json: #/properties/currency: OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL: "
                        + "(none) -> {\"type\":\"string\"} (breaks FULL with v2 reading v3 data) hint: close the "
                        + "earlier version with additionalProperties: false, or use policy LENIENT");
    }

    @Test
    void namesTheSingleVersionANonTransitiveLevelBreaks() {
        Difference pattern = new Difference(DifferenceType.PATTERN_ADDED, "#/properties/orderId/pattern", null, "^o-");
        CompatibilityReport report = new CompatibilityReport(List.of(result(3, V3, CompatibilityLevel.BACKWARD,
                new Incompatibility(2, Direction.BACKWARD, pattern))));

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.brokenVersions()).containsExactly(2);
            assertThat(p.line()).isEqualTo("schemas/orders/OrderCreated/v3.json: #/properties/orderId/pattern: "
                    + "PATTERN_ADDED: (none) -> ^o- (breaks BACKWARD with v2) hint: old values may not match the new "
                    + "pattern: keep the old pattern, or check it in the consumer");
        });
    }

    @Test
    void summarisesACompatibleRoot() {
        CompatibilityReport report = new CompatibilityReport(List.of(
                result(1, V1, CompatibilityLevel.BACKWARD),
                new CompatibilityReport.VersionResult("OrderShipped", 1, Path.of("schemas/OrderShipped/v1.json"),
                        new CompatibilityResult(CompatibilityLevel.BACKWARD, CompatibilityPolicy.STRICT, List.of()))));

        assertThat(report.isCompatible()).isTrue();
        assertThat(report.render()).isEqualTo("2 subjects, 2 versions checked: all compatible\n");
    }
}
