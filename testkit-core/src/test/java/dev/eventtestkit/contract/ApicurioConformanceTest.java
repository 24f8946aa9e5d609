package dev.eventtestkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import dev.eventtestkit.event.Json;
import dev.eventtestkit.internal.jackson.JacksonJson;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.json.JsonMapper;

/**
 * Runs Apicurio Registry's JSON Schema compatibility cases with policy STRICT and holds the cases where the
 * verdict differs (each with its reason) to the checked-in list {@code conformance/apicurio-disagreements.txt}.
 */
class ApicurioConformanceTest {
    /** A verbatim copy of shared/conformance/apicurio-json-schema (its README beside it), so a clone runs alone. */
    private static final String DATA = "/conformance/apicurio-json-schema/compatibility-test-data.json";
    private static final String EXPECTED = "/conformance/apicurio-disagreements.txt";

    @Test
    void disagreesWithApicurioOnlyWhereRecorded() {
        JsonNode cases = JsonMapper.builder().build().readTree(resource(DATA)).get("tests");
        Map<String, String> actual = new LinkedHashMap<>();
        for (int index = 0; index < cases.size(); index++) {
            JsonNode test = cases.get(index);
            String expected = test.get("compatibility").stringValue();
            String ours = verdict(test.get("original"), test.get("updated"));
            if (!expected.equals(ours)) {
                actual.put(index + " | " + test.get("id").stringValue(), expected + " | " + ours);
            }
        }
        Map<String, String> recorded = recorded();

        if (!actual.equals(recorded)) {
            throw new AssertionFailedError("disagreements with Apicurio changed (index | id | expected | ours)\n"
                    + "new or changed:\n" + render(minus(actual, recorded)) + "\n"
                    + "recorded but gone:\n" + render(minus(recorded, actual)), render(recorded), render(actual));
        }
        assertThat(cases.size()).isEqualTo(145);
        assertThat(RepositoryFiles.read("docs/compatibility.md"))
                .contains("**STRICT agrees with Apicurio on " + (cases.size() - actual.size()) + " of 145 cases.**")
                .contains("The " + actual.size() + " others are listed");
    }

    static String verdict(JsonNode original, JsonNode updated) {
        return verdict(JacksonJson.wrap(original), JacksonJson.wrap(updated));
    }

    static String verdict(Json original, Json updated) {
        boolean backward = Compatibility.check(CompatibilityLevel.BACKWARD, CompatibilityPolicy.STRICT,
                List.of(original), updated).isCompatible();
        boolean forward = Compatibility.check(CompatibilityLevel.FORWARD, CompatibilityPolicy.STRICT,
                List.of(original), updated).isCompatible();
        if (backward) {
            return forward ? "both" : "backward";
        }
        return forward ? "forward" : "none";
    }

    private static String resource(String name) {
        try (InputStream in = ApicurioConformanceTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionFailedError("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> recorded() {
        Map<String, String> recorded = new LinkedHashMap<>();
        for (String line : resource(EXPECTED).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(" \\| ");
            if (fields.length != 5 || fields[4].isBlank()) {
                throw new AssertionFailedError(EXPECTED + ": expected 'index | id | expected | ours | reason', "
                        + "found: " + line);
            }
            recorded.put(fields[0] + " | " + fields[1], fields[2] + " | " + fields[3]);
        }
        return recorded;
    }

    private static Map<String, String> minus(Map<String, String> left, Map<String, String> right) {
        Map<String, String> rest = new LinkedHashMap<>(left);
        rest.entrySet().removeIf(entry -> entry.getValue().equals(right.get(entry.getKey())));
        return rest;
    }

    private static String render(Map<String, String> disagreements) {
        List<String> lines = new ArrayList<>();
        disagreements.forEach((key, verdicts) -> lines.add(key + " | " + verdicts));
        return String.join("\n", lines);
    }
}
