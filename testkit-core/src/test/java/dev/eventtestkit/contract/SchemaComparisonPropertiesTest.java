package dev.eventtestkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.event.Json;
import dev.eventtestkit.property.Draw;
import dev.eventtestkit.property.JsonText;
import dev.eventtestkit.property.Properties;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's properties of the comparison, on generated schemas ({@link SchemaGenerator}): it never throws anything
 * but a {@link ContractException} and never overflows, a schema compared with itself or with a key-reordered copy
 * has no differences, and the verdict is the same on every run. {@code mvn verify} tries a few hundred pairs; the
 * {@code fuzz} profile many more (docs/troubleshooting.md).
 */
class SchemaComparisonPropertiesTest {

    /** Two schemas: a version and the next one (most often a mutation of it, sometimes unrelated). */
    record Pair(Map<String, Object> original, Map<String, Object> update) {
        @Override
        public String toString() {
            return "\n    original: " + JsonText.write(original) + "\n    update:   " + JsonText.write(update);
        }
    }

    static Pair pair(Draw draw) {
        Map<String, Object> original = SchemaGenerator.schema(draw);
        return new Pair(original, draw.chance(0.8) ? SchemaGenerator.mutate(original, draw) : SchemaGenerator.schema(draw));
    }

    static Json json(Object schema) {
        return Json.parse(JsonText.write(schema));
    }

    @Test
    void comparingTwoSchemasThrowsNothingButAContractException() {
        AtomicInteger compared = new AtomicInteger();

        int tries = Properties.forAll("comparing two schemas throws nothing but a ContractException", 200, 12,
                SchemaComparisonPropertiesTest::pair, pair -> {
                    try {
                        SchemaDiff.compare(json(pair.original()), json(pair.update()));
                        Compatibility.check(CompatibilityLevel.FULL_TRANSITIVE, CompatibilityPolicy.LENIENT,
                                List.of(json(pair.original())), json(pair.update()));
                        compared.incrementAndGet();
                    } catch (ContractException badInput) {
                        assertThat(badInput.getMessage()).as("the bad input's message").isNotBlank().doesNotContain("\n");
                    }
                });

        assertThat(compared.get()).as("pairs compared, not refused as bad input, of %d", tries).isGreaterThan(tries / 2);
    }

    @Test
    void aSchemaComparedWithItselfOrAKeyReorderedCopyHasNoDifferences() {
        AtomicInteger compared = new AtomicInteger();

        int tries = Properties.forAll("a schema compared with itself or a key-reordered copy has no differences", 300, 12,
                SchemaGenerator::schema, schema -> {
                    try {
                        assertThat(SchemaDiff.compare(json(schema), json(schema))).as("compared with itself").isEmpty();
                        assertThat(SchemaDiff.compare(json(schema), json(JsonText.reordered(schema))))
                                .as("compared with a key-reordered copy").isEmpty();
                        assertThat(Compatibility.check(CompatibilityLevel.FULL_TRANSITIVE, CompatibilityPolicy.STRICT,
                                List.of(json(schema), json(JsonText.reordered(schema))), json(schema)).isCompatible())
                                .as("compatible with itself at FULL_TRANSITIVE").isTrue();
                        compared.incrementAndGet();
                    } catch (ContractException badInput) {
                        assertThat(badInput.getMessage()).isNotBlank().doesNotContain("\n");
                    }
                });

        assertThat(compared.get()).as("schemas compared, of %d", tries).isGreaterThan(tries / 2);
    }

    @Test
    void theVerdictIsTheSameOnEveryRun() {
        Properties.forAll("the verdict is the same on every run", 50, 12, SchemaComparisonPropertiesTest::pair, pair -> {
            assertThat(verdict(pair)).isEqualTo(verdict(pair));
        });
    }

    /** Everything a user sees of a comparison: each difference with its witness, or the bad-input message. */
    private static String verdict(Pair pair) {
        try {
            StringBuilder text = new StringBuilder();
            for (CompatibilityLevel level : List.of(CompatibilityLevel.BACKWARD, CompatibilityLevel.FORWARD)) {
                for (CompatibilityPolicy policy : CompatibilityPolicy.values()) {
                    CompatibilityResult result = Compatibility.check(level, policy, List.of(json(pair.original())),
                            json(pair.update()));
                    text.append(level).append(' ').append(policy).append(": ").append(result.isCompatible()).append('\n');
                    for (Incompatibility incompatibility : result.differences()) {
                        text.append("  ").append(incompatibility).append(' ')
                                .append(incompatibility.difference().witness().map(Json::toString).orElse("-")).append('\n');
                    }
                }
            }
            return text.append(SchemaDiff.compare(json(pair.original()), json(pair.update()))).toString();
        } catch (ContractException badInput) {
            return badInput.getMessage();
        }
    }
}
