package dev.eventtestkit.contract;

import static dev.eventtestkit.contract.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import dev.eventtestkit.event.Json;

class CompatibilityTest {
    // v1 is open; v2 adds an optional "note" of at most 5 characters.
    private static final Json V1 = json("{type:'object',properties:{id:{type:'string'}}}");
    private static final Json V2 = json(
            "{type:'object',properties:{id:{type:'string'},note:{type:'string',maxLength:5}}}");
    // The candidate lets "note" grow to 10 characters and adds an optional "extra".
    private static final Json CANDIDATE = json("{type:'object',properties:{id:{type:'string'},"
            + "note:{type:'string',maxLength:10},extra:{type:'integer'}}}");

    private static final String V1_NOTE = "v1 BACKWARD OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL #/properties/note";
    private static final String V1_EXTRA = "v1 BACKWARD OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL #/properties/extra";
    private static final String V2_EXTRA = "v2 BACKWARD OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL #/properties/extra";
    private static final String V2_NOTE_SHORTER = "v2 FORWARD MAX_LENGTH_DECREASED #/properties/note/maxLength";

    static Stream<Arguments> levelsAndPolicies() {
        return Stream.of(
                row(CompatibilityLevel.NONE, CompatibilityPolicy.STRICT),
                row(CompatibilityLevel.NONE, CompatibilityPolicy.LENIENT),
                row(CompatibilityLevel.BACKWARD, CompatibilityPolicy.STRICT, V2_EXTRA),
                row(CompatibilityLevel.BACKWARD, CompatibilityPolicy.LENIENT),
                row(CompatibilityLevel.BACKWARD_TRANSITIVE, CompatibilityPolicy.STRICT, V1_NOTE, V1_EXTRA, V2_EXTRA),
                row(CompatibilityLevel.BACKWARD_TRANSITIVE, CompatibilityPolicy.LENIENT),
                row(CompatibilityLevel.FORWARD, CompatibilityPolicy.STRICT, V2_NOTE_SHORTER),
                row(CompatibilityLevel.FORWARD, CompatibilityPolicy.LENIENT, V2_NOTE_SHORTER),
                row(CompatibilityLevel.FORWARD_TRANSITIVE, CompatibilityPolicy.STRICT, V2_NOTE_SHORTER),
                row(CompatibilityLevel.FORWARD_TRANSITIVE, CompatibilityPolicy.LENIENT, V2_NOTE_SHORTER),
                row(CompatibilityLevel.FULL, CompatibilityPolicy.STRICT, V2_EXTRA, V2_NOTE_SHORTER),
                row(CompatibilityLevel.FULL, CompatibilityPolicy.LENIENT, V2_NOTE_SHORTER),
                row(CompatibilityLevel.FULL_TRANSITIVE, CompatibilityPolicy.STRICT, V1_NOTE, V1_EXTRA, V2_EXTRA,
                        V2_NOTE_SHORTER),
                row(CompatibilityLevel.FULL_TRANSITIVE, CompatibilityPolicy.LENIENT, V2_NOTE_SHORTER));
    }

    private static Arguments row(CompatibilityLevel level, CompatibilityPolicy policy, String... expected) {
        return Arguments.of(level, policy, List.of(expected));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("levelsAndPolicies")
    void reportsTheIncompatibilitiesOfEachLevelAndPolicy(CompatibilityLevel level, CompatibilityPolicy policy,
            List<String> expected) {
        CompatibilityResult result = Compatibility.check(level, policy, List.of(V1, V2), CANDIDATE);

        assertThat(render(result)).containsExactlyElementsOf(expected);
        assertThat(result.isCompatible()).isEqualTo(expected.isEmpty());
        assertThat(result.level()).isEqualTo(level);
        assertThat(result.policy()).isEqualTo(policy);
    }

    @Test
    void transitiveCheckNamesEveryVersionTheCandidateBreaks() {
        List<Json> history = List.of(
                json("{properties:{amount:{type:'number'}}}"),
                json("{properties:{amount:{type:'number'},currency:{type:'string'}},additionalProperties:false}"),
                json("{properties:{amount:{type:'number',minimum:0}},additionalProperties:false}"));
        Json candidate = json("{properties:{amount:{type:'string'}},additionalProperties:false}");

        CompatibilityResult result = Compatibility.check(CompatibilityLevel.BACKWARD_TRANSITIVE,
                CompatibilityPolicy.STRICT, history, candidate);

        assertThat(render(result)).containsExactly(
                "v1 BACKWARD TYPE_CHANGED #/properties/amount",
                "v1 BACKWARD ADDITIONAL_PROPERTIES_REMOVED #/additionalProperties",
                "v2 BACKWARD TYPE_CHANGED #/properties/amount",
                "v2 BACKWARD PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL #/properties/currency",
                "v3 BACKWARD TYPE_CHANGED #/properties/amount");
    }

    @Test
    void nonTransitiveCheckLooksOnlyAtTheLatestVersion() {
        List<Json> history = List.of(json("{type:'string'}"), json("{type:'number'}"));

        CompatibilityResult result = Compatibility.check(CompatibilityLevel.BACKWARD, CompatibilityPolicy.STRICT,
                history, json("{type:'number',maximum:10}"));

        assertThat(render(result)).containsExactly("v2 BACKWARD MAXIMUM_ADDED #/maximum");
    }

    @Test
    void aFirstVersionIsCompatibleAtEveryLevel() {
        for (CompatibilityLevel level : CompatibilityLevel.values()) {
            CompatibilityResult result = Compatibility.check(level, CompatibilityPolicy.STRICT, List.of(),
                    json("{type:'string'}"));

            assertThat(result.isCompatible()).as(level.name()).isTrue();
        }
    }

    @Test
    void incompatibilityCarriesTheWholeDifference() {
        CompatibilityResult result = Compatibility.check(CompatibilityLevel.BACKWARD, CompatibilityPolicy.STRICT,
                List.of(json("{properties:{amount:{type:'number'}}}")),
                json("{properties:{amount:{type:'string'}}}"));

        assertThat(result.differences()).containsExactly(new Incompatibility(1, Direction.BACKWARD,
                new Difference(DifferenceType.TYPE_CHANGED, "#/properties/amount", "number", "string")));
    }

    @Test
    void lenientPolicyStillMatchesAlternativesItAccepts() {
        // Under STRICT no new alternative accepts the old one (an optional property joins an open model).
        Json v1 = json("{oneOf:[{type:'object',properties:{a:{type:'string'}}},{type:'string'}]}");
        Json v2 = json("{oneOf:[{type:'object',properties:{a:{type:'string'},b:{type:'string'}}},"
                + "{type:'string'}]}");

        CompatibilityResult strict = Compatibility.check(CompatibilityLevel.BACKWARD, CompatibilityPolicy.STRICT,
                List.of(v1), v2);
        CompatibilityResult lenient = Compatibility.check(CompatibilityLevel.BACKWARD, CompatibilityPolicy.LENIENT,
                List.of(v1), v2);

        assertThat(render(strict)).containsExactly(
                "v1 BACKWARD OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL #/oneOf/0/properties/b",
                "v1 BACKWARD COMBINED_TYPE_SUBSCHEMAS_CHANGED #/");
        assertThat(lenient.isCompatible()).isTrue();
    }

    @Test
    void namesTheVersionWhoseReferenceCannotBeResolved() {
        List<Json> history = List.of(json("{items:{type:'string'}}"), json("{items:{$ref:'item.json'}}"));

        assertThatThrownBy(() -> Compatibility.check(CompatibilityLevel.FULL_TRANSITIVE, CompatibilityPolicy.STRICT,
                history, json("{items:{type:'string'}}")))
                .isInstanceOf(ContractException.class)
                .hasMessage("#/items of version 2: cannot resolve $ref \"item.json\": "
                        + "the resolver has no schema document item.json");
    }

    static List<String> render(CompatibilityResult result) {
        return result.differences().stream()
                .map(i -> "v" + i.version() + " " + i.direction() + " " + i.difference().type() + " "
                        + i.difference().path())
                .collect(Collectors.toList());
    }
}
