package dev.eventtestkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.event.Json;
import dev.eventtestkit.property.Draw;
import dev.eventtestkit.property.JsonText;
import dev.eventtestkit.property.Properties;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's property of validation: random payloads against random schemas ({@link SchemaGenerator}) never make
 * {@code validate} throw, and give the same violations every time. A schema that is not valid is refused when the
 * contracts root loads, with a {@link ContractException}; validation itself may stop only at a documented limit.
 */
class PayloadValidationPropertiesTest {

    @TempDir
    Path dir;

    /** A schema and payloads to validate against it. */
    record Case(Map<String, Object> schema, List<Object> payloads) {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("\n    schema:  ").append(JsonText.write(schema));
            payloads.forEach(payload -> text.append("\n    payload: ").append(JsonText.write(payload)));
            return text.toString();
        }
    }

    static Case validationCase(Draw draw) {
        Map<String, Object> schema = SchemaGenerator.schema(draw);
        return new Case(schema, draw.list(draw.between(1, 8), i -> payload(draw, 1 + Math.min(draw.size() / 2, 6))));
    }

    /** Any JSON value, its object keys mostly the names the schemas use, now and then a long chain of "next". */
    static Object payload(Draw draw, int depth) {
        if (draw.chance(0.03)) {
            Object chain = draw.oneOf(SCALARS);
            for (int i = draw.between(20, 300); i > 0; i--) {
                Map<String, Object> link = new LinkedHashMap<>();
                link.put("next", chain);
                chain = draw.chance(0.5) ? link : List.of(chain);
            }
            return chain;
        }
        if (depth <= 0 || draw.chance(0.4)) {
            return draw.oneOf(SCALARS);
        }
        if (draw.chance(0.5)) {
            List<Object> array = new ArrayList<>();
            for (int i = draw.between(0, 4); i > 0; i--) {
                array.add(payload(draw, depth - 1));
            }
            return array;
        }
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = draw.between(0, 4); i > 0; i--) {
            object.put(draw.chance(0.85) ? draw.oneOf(SchemaGenerator.NAMES) : draw.oneOf("x", "", "é", "$ref", "a/b~c"),
                    payload(draw, depth - 1));
        }
        return object;
    }

    private static final List<Object> SCALARS = List.of("a", "", "o-12", "2026-01-01T00:00:00Z", "ü\u0001", "yx", "123",
            0, 1, -1, 3, 255, 2.5, -273.15, 1e300, 9007199254740993L, new java.math.BigInteger("123456789012345678901234567890"),
            true, false, List.of(), Map.of());

    @Test
    void validatingRandomPayloadsAgainstRandomSchemasNeverThrows() {
        AtomicInteger loaded = new AtomicInteger();
        AtomicInteger attempt = new AtomicInteger();

        int tries = Properties.forAll("validating random payloads against random schemas never throws", 150, 12,
                PayloadValidationPropertiesTest::validationCase, validation -> {
                    Path root = dir.resolve("try" + attempt.incrementAndGet());
                    new ContractFiles(root).write("S/v1.json", JsonText.write(validation.schema()));
                    EventContracts contracts;
                    try {
                        contracts = EventContracts.load(root);
                    } catch (ContractException notASchema) {
                        assertThat(notASchema.getMessage()).as("the refusal names the file").contains("S/v1.json");
                        return;
                    }
                    loaded.incrementAndGet();
                    for (Object payload : validation.payloads()) {
                        Json json = Json.parse(JsonText.write(payload));
                        try {
                            List<Violation> first = contracts.validate("S", 1, json);
                            assertThat(contracts.validate("S", 1, json)).as("validated again").isEqualTo(first);
                        } catch (ContractException limit) {
                            assertThat(limit.getMessage()).as("only a limit stops validation").contains("that is the limit");
                        }
                    }
                });

        assertThat(loaded.get()).as("schemas loaded, not refused, of %d", tries).isGreaterThan(tries / 2);
    }
}
