package dev.eventtestkit.contract;

import static dev.eventtestkit.contract.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.eventtestkit.event.Json;
import dev.eventtestkit.internal.jackson.JacksonJson;

/** Witness payloads: what they look like for common changes, and that they never stand unchecked. */
class WitnessTest {

    private static final String ORDER = "{type:'object',properties:{orderId:{type:'string',pattern:'^o-[0-9]+$'},"
            + "amount:{type:'integer',minimum:1}},required:['orderId','amount']}";

    private static Optional<Json> witness(CompatibilityLevel level, String original, String updated) {
        CompatibilityResult result = Compatibility.check(level, CompatibilityPolicy.STRICT, List.of(json(original)),
                json(updated));
        assertThat(result.differences()).hasSize(1);
        return result.differences().get(0).difference().witness();
    }

    private static String report(CompatibilityLevel level, String original, String updated) {
        return Compatibility.check(level, CompatibilityPolicy.STRICT, List.of(json(original)), json(updated)).differences()
                .stream().map(found -> found + " witness " + found.difference().witness().map(Json::toString).orElse("-"))
                .toList().toString();
    }

    @Test
    void aCombinationThatContainsItselfGetsItsWitnessWithoutRecursingForever() {
        // found by SchemaComparisonPropertiesTest: the candidates of {"oneOf": [{"$ref": "#"}, ...]} recursed into
        // themselves until the stack overflowed
        assertThat(report(CompatibilityLevel.FULL, "{type:'object',properties:{id:{type:'null'}},required:['id']}",
                "{oneOf:[{$ref:'#'},{type:'number',exclusiveMinimum:3}]}")).isEqualTo("[Incompatibility[version=1, "
                + "direction=FORWARD, difference=#/: TYPE_CHANGED: oneOf [(recursive), number] -> object] witness -]");
    }

    @Test
    void aRecursiveArrayGetsItsWitnessOnceNotOncePerNestedCandidate() {
        // found by SchemaComparisonPropertiesTest: every nested array recomputed its items' candidates, so the search
        // grew exponentially with the depth (75 s for this pair)
        assertThat(report(CompatibilityLevel.FULL, "{type:'array',items:{$ref:'#'},maxItems:5}",
                "{type:'array',items:{$ref:'#',multipleOf:10},maxItems:5}")).isEqualTo("[Incompatibility[version=1, "
                + "direction=BACKWARD, difference=#/items: TYPE_CHANGED: array -> number & array] witness -]");
    }

    @Test
    void aChangedTypeIsShownWithAnOldPayloadThatHasTheOldType() {
        assertThat(witness(CompatibilityLevel.BACKWARD, ORDER, ORDER.replace("amount:{type:'integer'",
                "amount:{type:'string'"))).hasValue(json("{orderId:'o-0',amount:1}"));
    }

    @Test
    void aNewRequiredPropertyIsShownWithAnOldPayloadWithoutIt() {
        String v2 = ORDER.replace("}},required:['orderId','amount']",
                "},currency:{type:'string'}},required:['orderId','amount','currency']");

        assertThat(witness(CompatibilityLevel.BACKWARD, ORDER, v2)).hasValue(json("{orderId:'o-0',amount:1}"));
    }

    @Test
    void aTighterBoundIsShownAtTheOldBound() {
        assertThat(witness(CompatibilityLevel.BACKWARD, ORDER, ORDER.replace("minimum:1", "minimum:10")))
                .hasValue(json("{orderId:'o-0',amount:1}"));
        assertThat(witness(CompatibilityLevel.BACKWARD, "{type:'string',maxLength:8}", "{type:'string',maxLength:3}"))
                .hasValue(json("'aaaaaaaa'"));
    }

    @Test
    void forwardWitnessesAreTheCandidatesDataThatTheOldVersionRejects() {
        String closed = "{type:'object',properties:{a:{type:'string'}},additionalProperties:false}";
        String wider = "{type:'object',properties:{a:{type:'string'},b:{type:'integer'}},additionalProperties:false}";

        assertThat(witness(CompatibilityLevel.FORWARD, closed, wider)).hasValue(json("{b:0}"));
    }

    @Test
    void aRemovedAlternativeIsShownWithAPayloadOfThatAlternative() {
        assertThat(witness(CompatibilityLevel.BACKWARD,
                "{properties:{id:{oneOf:[{type:'string'},{type:'integer'}]}}}",
                "{properties:{id:{oneOf:[{type:'string'}]}}}")).hasValue(json("{id:0}"));
    }

    @Test
    void aPatternIsMetWhereTheOldSchemaRequiresIt() {
        assertThat(witness(CompatibilityLevel.BACKWARD, "{type:'string',pattern:'^[A-Z]{3}-\\\\d{2,4}$'}",
                "{type:'string',pattern:'^[A-Z]{3}$'}")).hasValue(json("'AAA-00'"));
    }

    @Test
    void noWitnessWhereBothSchemasAcceptTheSamePayloads() {
        // STRICT compares keyword by keyword: a one-value enum is not a const, though they accept the same data
        assertThat(witness(CompatibilityLevel.BACKWARD, "{const:'a'}", "{enum:['a']}")).isEmpty();
    }

    @Test
    void witnessesAreNotPartOfADifferencesIdentity() {
        Difference plain = new Difference(DifferenceType.TYPE_CHANGED, "#/", "string", "number");

        assertThat(plain.withWitness(JacksonJson.node(json("'a'")))).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(plain.withWitness(JacksonJson.node(json("'a'"))).witness()).hasValue(json("'a'"));
        assertThat(plain.witness()).isEmpty();
    }

    @Test
    void theReportLineShowsTheWitnessAndWhichVersionsAcceptAndRejectIt(@TempDir Path dir) {
        Path root = dir.resolve("schemas");
        new ContractFiles(root).orderCreated()
                .write("orders/OrderCreated/v3.json", EventContractsCompatibilityTest.AMOUNT_AS_STRING)
                .write("contracts.yaml", "level: FULL_TRANSITIVE\n");

        CompatibilityReport report = EventContracts.load(root).checkCompatibility();

        Path v2 = root.resolve("orders/OrderCreated/v2.json");
        Path v3 = root.resolve("orders/OrderCreated/v3.json");
        assertThat(report.problems()).extracting(CompatibilityReport.Problem::line).containsExactly(
                v2 + ": #/properties/currency: PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL: {\"type\":\"string\","
                        + "\"default\":\"EUR\"} -> (none) (breaks FULL_TRANSITIVE with v1 reading v2 data) witness: "
                        + "{\"orderId\":\"a\",\"amount\":0,\"currency\":\"EUR\"} (v2 accepts it, v1 rejects it) hint: "
                        + "keep the property (deprecate it), or use policy LENIENT",
                v3 + ": #/properties/amount: TYPE_CHANGED: integer -> string (breaks FULL_TRANSITIVE with v1, v2) "
                        + "witness: {\"orderId\":\"a\",\"amount\":0} (v1 accepts it, v3 rejects it) hint: add a new "
                        + "property for the new type, or accept both types with a type list or anyOf",
                v3 + ": #/properties/amount: TYPE_CHANGED: string -> integer (breaks FULL_TRANSITIVE with v1, v2 "
                        + "reading v3 data) witness: {\"orderId\":\"a\",\"amount\":\"a\"} (v3 accepts it, v1 rejects "
                        + "it) hint: add a new property for the new type, or accept both types with a type list or anyOf",
                // v3's own data has a string amount, so v1 rejects it there too: the witness still holds a currency
                v3 + ": #/properties/currency: PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL: {\"type\":\"string\","
                        + "\"default\":\"EUR\"} -> (none) (breaks FULL_TRANSITIVE with v1 reading v3 data) witness: "
                        + "{\"orderId\":\"a\",\"amount\":\"a\",\"currency\":\"EUR\"} (v3 accepts it, v1 rejects it) "
                        + "hint: keep the property (deprecate it), or use policy LENIENT");
    }
}
