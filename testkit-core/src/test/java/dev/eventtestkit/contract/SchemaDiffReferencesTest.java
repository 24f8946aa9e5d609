package dev.eventtestkit.contract;

import static dev.eventtestkit.contract.TestJson.diff;
import static dev.eventtestkit.contract.TestJson.json;
import static dev.eventtestkit.contract.TestJson.typesAndPaths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import dev.eventtestkit.event.Json;

class SchemaDiffReferencesTest {

    @Test
    void followsDefinitionsAndReportsAtThePathOfTheReference() {
        String original = "{properties:{home:{$ref:'#/definitions/Address'}},"
                + "definitions:{Address:{type:'object',properties:{street:{type:'string'}}}}}";
        String update = "{properties:{home:{$ref:'#/$defs/Address'}},"
                + "$defs:{Address:{type:'object',properties:{street:{type:'integer'}}}}}";

        assertThat(diff(original, update)).containsExactly("TYPE_CHANGED #/properties/home/properties/street");
    }

    @Test
    void comparesAReferenceWithTheSchemaWrittenInline() {
        String original = "{properties:{home:{$ref:'#/definitions/Address'}},"
                + "definitions:{Address:{type:'object',properties:{street:{type:'string'}}}}}";
        String update = "{properties:{home:{type:'object',properties:{street:{type:'string',maxLength:40}}}}}";

        assertThat(diff(original, update)).containsExactly("MAX_LENGTH_ADDED #/properties/home/properties/street/maxLength");
    }

    @Test
    void followsAnchorsWrittenAsIdOrAnchor() {
        String original = "{properties:{home:{$ref:'#Address'}},definitions:{A:{$id:'#Address',type:'string'}}}";
        String update = "{properties:{home:{$ref:'#Address'}},$defs:{A:{$anchor:'Address',type:'number'}}}";

        assertThat(diff(original, update)).containsExactly("TYPE_CHANGED #/properties/home");
    }

    @Test
    void followsReferencesToSiblingDocumentsThroughTheResolver() {
        Json original = json("{properties:{price:{$ref:'money.json#/$defs/Amount'}}}");
        Json update = json("{properties:{price:{$ref:'money-v2.json'}}}");
        List<URI> asked = new ArrayList<>();
        Map<URI, Json> documents = Map.of(
                URI.create("money.json"), json("{$defs:{Amount:{type:'number',minimum:0}}}"),
                URI.create("money-v2.json"), json("{type:'number',minimum:1}"));
        SchemaResolver resolver = uri -> {
            asked.add(uri);
            return documents.get(uri);
        };

        List<Difference> differences = SchemaDiff.compare(original, update, resolver);

        assertThat(typesAndPaths(differences)).containsExactly("MINIMUM_INCREASED #/properties/price/minimum");
        assertThat(asked).containsExactly(URI.create("money.json"), URI.create("money-v2.json"));
    }

    @Test
    void resolvesReferencesOfAResolvedDocumentAgainstItsUri() {
        Json original = json("{properties:{price:{$ref:'common/money.json'}}}");
        Json update = json("{properties:{price:{type:'object',properties:{currency:{type:'string',maxLength:3}}}}}");
        Map<URI, Json> documents = Map.of(
                URI.create("common/money.json"), json("{type:'object',properties:{currency:{$ref:'currency.json'}}}"),
                URI.create("common/currency.json"), json("{type:'string'}"));

        List<Difference> differences = SchemaDiff.compare(original, update, SchemaResolver.of(documents));

        assertThat(typesAndPaths(differences))
                .containsExactly("MAX_LENGTH_ADDED #/properties/price/properties/currency/maxLength");
    }

    @Test
    void decodesEscapedPointersInReferences() {
        assertThat(diff("{properties:{a:{$ref:'#/definitions/Money%20Amount'}},definitions:{'Money Amount':{type:'number'}}}",
                "{properties:{a:{type:'string'}}}")).containsExactly("TYPE_CHANGED #/properties/a");
    }

    @Test
    void resolvesRelativeReferencesAgainstTheDocumentId() {
        Json original = json("{$id:'https://example.com/orders/v1.json',properties:{p:{$ref:'money.json'}}}");
        Json update = json("{$id:'https://example.com/orders/v1.json',properties:{p:{type:'string'}}}");
        SchemaResolver resolver = SchemaResolver.of(
                Map.of(URI.create("https://example.com/orders/money.json"), json("{type:'number'}")));

        List<Difference> differences = SchemaDiff.compare(original, update, resolver);

        assertThat(typesAndPaths(differences)).containsExactly("TYPE_CHANGED #/properties/p");
    }

    @Test
    void comparesRecursiveSchemasWithoutLooping() {
        String person = "{type:'object',properties:{name:{type:'%s'},children:{type:'array',items:{$ref:'#'}}}}";

        assertThat(diff(String.format(person, "string"), String.format(person, "string"))).isEmpty();
        assertThat(diff(String.format(person, "string"), String.format(person, "number")))
                .containsExactly("TYPE_CHANGED #/properties/name");
    }

    @Test
    void comparesMutuallyRecursiveDefinitionsInsideCombinations() {
        String schema = "{$ref:'#/definitions/Node',definitions:{"
                + "Node:{type:'object',properties:{value:{type:'%s'},next:{oneOf:[{type:'null'},{$ref:'#/definitions/Edge'}]}}},"
                + "Edge:{type:'object',properties:{to:{$ref:'#/definitions/Node'},weight:{type:'number'%s}}}}}";

        assertThat(diff(String.format(schema, "string", ""), String.format(schema, "string", ""))).isEmpty();
        assertThat(diff(String.format(schema, "string", ""), String.format(schema, "string", ",maximum:9")))
                .contains("COMBINED_TYPE_SUBSCHEMAS_CHANGED #/properties/next");
    }

    @Test
    void reportsAChangeReachedThroughManyPathsAtAFewOfThem() {
        // Twelve nested diamonds: 4096 paths lead to the one changed leaf.
        StringBuilder definitions = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            String next = "{$ref:'#/definitions/D" + (i + 1) + "'}";
            definitions.append("D").append(i).append(":{properties:{a:").append(next).append(",b:").append(next)
                    .append("}},");
        }
        String schema = "{$ref:'#/definitions/D0',definitions:{" + definitions + "D12:{type:'%s'}}}";

        List<String> found = diff(String.format(schema, "string"), String.format(schema, "number"));

        assertThat(found).hasSize(DiffContext.PATHS_PER_CHANGE)
                .allMatch(line -> line.startsWith("TYPE_CHANGED #/properties/a/properties/"))
                .contains("TYPE_CHANGED #/properties/a/properties/a/properties/a/properties/a/properties/a/properties/a"
                        + "/properties/a/properties/a/properties/a/properties/a/properties/a/properties/a");
    }

    @Test
    void aReferenceChainThatLeadsBackToItselfConstrainsNothing() {
        assertThat(diff("{$ref:'#/definitions/A',definitions:{A:{$ref:'#/definitions/B'},B:{$ref:'#/definitions/A'}}}",
                "true")).isEmpty();
    }

    @Test
    void failsOnAPointerThatLeadsNowhere() {
        assertThatThrownBy(() -> diff("{properties:{a:{$ref:'#/definitions/Missing'}}}", "{properties:{a:true}}"))
                .isInstanceOf(ContractException.class)
                .hasMessage("#/properties/a of the original schema: cannot resolve $ref \"#/definitions/Missing\": "
                        + "nothing at #/definitions/Missing in the original schema");
    }

    @Test
    void failsOnADocumentTheResolverDoesNotKnow() {
        assertThatThrownBy(() -> diff("{items:true}", "{items:{$ref:'item.json'}}"))
                .isInstanceOf(ContractException.class)
                .hasMessage("#/items of the updated schema: cannot resolve $ref \"item.json\": "
                        + "the resolver has no schema document item.json");
    }
}
