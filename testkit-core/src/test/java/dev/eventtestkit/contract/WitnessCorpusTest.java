package dev.eventtestkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import dev.eventtestkit.internal.jackson.JacksonJson;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.json.JsonMapper;

/**
 * Witnesses over two corpora: Apicurio Registry's JSON Schema compatibility cases (both directions) and this
 * project's table of one pair per difference type (BACKWARD). Every witness found is validated here once more
 * against both schemas; every incompatible difference without one must be listed, with the reason no payload
 * can exist, in {@code witness/no-witness.txt}. The figures are pinned and quoted in docs/compatibility.md.
 */
class WitnessCorpusTest {
    private static final String DATA = "/conformance/apicurio-json-schema/compatibility-test-data.json";
    private static final String NO_WITNESS = "/witness/no-witness.txt";

    /** What a corpus run counted: incompatible differences, and those with a checked witness. */
    private static final class Tally {
        int checks;
        int checksWitnessed;
        int differences;
        int witnessed;
        final Set<String> missing = new LinkedHashSet<>();

        void run(String label, CompatibilityLevel level, JsonNode original, JsonNode updated) {
            CompatibilityResult result = Compatibility.checkNodes(level, CompatibilityPolicy.STRICT, List.of(original),
                    updated, SchemaResolver.none());
            if (result.isCompatible()) {
                return;
            }
            checks++;
            boolean all = true;
            JsonNode writer = level == CompatibilityLevel.BACKWARD ? original : updated;
            JsonNode reader = level == CompatibilityLevel.BACKWARD ? updated : original;
            for (Incompatibility incompatibility : result.differences()) {
                differences++;
                Difference d = incompatibility.difference();
                if (d.witness().isPresent()) {
                    witnessed++;
                    JsonNode witness = JacksonJson.node(d.witness().get());
                    assertThat(new PayloadCheck(writer, SchemaResolver.none()).test(witness))
                            .as("%s %s: the writing schema accepts %s", label, d, witness).isTrue();
                    assertThat(new PayloadCheck(reader, SchemaResolver.none()).test(witness))
                            .as("%s %s: the reading schema rejects %s", label, d, witness).isFalse();
                } else {
                    all = false;
                    missing.add(label + " | " + level + " | " + d.type() + " " + d.path());
                }
            }
            checksWitnessed += all ? 1 : 0;
        }

        List<Integer> figures() {
            return List.of(checks, checksWitnessed, differences, witnessed);
        }
    }

    @Test
    void apicurioCorpusHasACheckedWitnessWhereverOneExists() {
        JsonNode cases = JsonMapper.builder().build().readTree(resource(DATA)).get("tests");
        Tally tally = new Tally();
        for (int index = 0; index < cases.size(); index++) {
            JsonNode test = cases.get(index);
            for (CompatibilityLevel level : List.of(CompatibilityLevel.BACKWARD, CompatibilityLevel.FORWARD)) {
                tally.run("apicurio " + index + " " + test.get("id").stringValue(), level, test.get("original"),
                        test.get("updated"));
            }
        }

        // 120 incompatible (case, direction) checks with 162 incompatible differences; 141 have a witness. The
        // 21 others (17 checks) are listed in no-witness.txt: both schemas accept exactly the same payloads there.
        assertThat(tally.figures()).isEqualTo(List.of(120, 103, 162, 141));
        assertThat(tally.missing).containsExactlyElementsOf(recorded("apicurio "));
    }

    @Test
    void everyIncompatibleDifferenceTypeOfTheTableHasACheckedWitness() {
        Tally tally = new Tally();
        SchemaDiffDifferenceTypesTest.table().map(Arguments::get).forEach(row -> tally.run(
                "table " + row[0] + " " + row[1] + " -> " + row[2], CompatibilityLevel.BACKWARD,
                dialected((String) row[1]), dialected((String) row[2])));

        assertThat(tally.missing).containsExactlyElementsOf(recorded("table "));
        // 68 incompatible pairs with 72 incompatible differences; 65 have a witness, the 7 others are listed
        assertThat(tally.figures()).isEqualTo(List.of(68, 62, 72, 65));
    }

    /**
     * The table's rows declare no dialect, and the validator reads such schemas as 2020-12, where a tuple is
     * {@code prefixItems} and an array under {@code items} or an {@code additionalItems} means nothing. Rows
     * written with draft-07 tuples are validated as 2019-09, the last dialect that reads them (and already knows
     * {@code unevaluated*}, {@code minContains} and {@code dependentRequired}).
     */
    private static JsonNode dialected(String schema) {
        JsonNode node = JacksonJson.node(TestJson.json(schema)).deepCopy();
        if (node.isObject() && !schema.contains("prefixItems")) {
            ((dev.eventtestkit.internal.shaded.tools.jackson.databind.node.ObjectNode) node).put("$schema", "https://json-schema.org/draft/2019-09/schema");
        }
        return node;
    }

    /** The recorded differences without a witness whose label starts with {@code prefix}, reasons dropped. */
    private static List<String> recorded(String prefix) {
        List<String> lines = new ArrayList<>();
        for (String line : resource(NO_WITNESS).split("\n")) {
            if (line.startsWith(prefix)) {
                lines.add(line.substring(0, line.lastIndexOf(" | ")));
            }
        }
        return lines;
    }

    private static String resource(String name) {
        try (InputStream in = WitnessCorpusTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
