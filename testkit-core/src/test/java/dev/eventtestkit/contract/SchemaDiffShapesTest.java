package dev.eventtestkit.contract;

import static dev.eventtestkit.contract.TestJson.diff;
import static dev.eventtestkit.contract.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDiffShapesTest {

    @Test
    void findsNothingBetweenEqualSchemas() {
        String schema = "{type:'object',properties:{a:{type:['string','null'],maxLength:3},"
                + "b:{oneOf:[{type:'integer'},{enum:['x']}]}},required:['a'],additionalProperties:false}";

        assertThat(diff(schema, schema)).isEmpty();
    }

    @Test
    void treatsTrueAndEmptySchemasAlike() {
        assertThat(diff("true", "{}")).isEmpty();
        assertThat(diff("{description:'anything'}", "true")).containsExactly("DESCRIPTION_CHANGED #/");
        assertThat(diff("{}", "{type:'string'}")).containsExactly("TYPE_CHANGED #/");
    }

    @Test
    void readsFalseAsAcceptingNothing() {
        assertThat(diff("false", "false")).isEmpty();
        assertThat(diff("{type:'string'}", "false")).containsExactly("TYPE_CHANGED #/");
        assertThat(diff("{properties:{street:false}}", "{properties:{street:{type:'string'}}}"))
                .containsExactly("TYPE_EXTENDED #/properties/street");
    }

    @Test
    void readsATypeListAsASum() {
        assertThat(diff("{type:['string','number']}", "{type:['number','string']}")).isEmpty();
        assertThat(diff("{type:['string','number']}", "{type:['string','number','null']}"))
                .containsExactly("SUM_TYPE_EXTENDED #/");
        assertThat(diff("{type:['string','number']}", "{type:'string'}")).containsExactly("TYPE_CHANGED #/");
        assertThat(diff("{type:['string','number'],maxLength:3}", "{type:['string','number'],maxLength:4}"))
                .containsExactly("MAX_LENGTH_INCREASED #/maxLength");
        // No new alternative reads the old string alternative any more; the closest one says why.
        assertThat(diff("{type:['string','null'],maxLength:3}", "{type:['string','null'],maxLength:2}"))
                .containsExactly("MAX_LENGTH_DECREASED #/maxLength", "COMBINED_TYPE_SUBSCHEMAS_CHANGED #/");
    }

    @Test
    void readsATypeWithAnEnumAsAProduct() {
        assertThat(diff("{type:'string',enum:['a']}", "{type:'string',enum:['a','b']}"))
                .containsExactly("ENUM_ARRAY_EXTENDED #/enum");
        assertThat(diff("{type:'string'}", "{type:'string',enum:['a']}")).containsExactly("TYPE_CHANGED #/");
    }

    @Test
    void reportsAChangedSubschemaOfASumAtItsIndex() {
        String original = "{properties:{p:{oneOf:[{type:'string'},{type:'string',maxLength:5}]}}}";
        String update = "{properties:{p:{oneOf:[{type:'string'},{type:'string',maxLength:10}]}}}";

        assertThat(diff(original, update)).containsExactly("MAX_LENGTH_INCREASED #/properties/p/oneOf/1/maxLength");
    }

    @Test
    void matchesSubschemasWhateverTheirOrder() {
        assertThat(diff("{anyOf:[{type:'string'},{type:'number'},{type:'null'}]}",
                "{anyOf:[{type:'null'},{type:'string'},{type:'number'}]}")).isEmpty();
    }

    @Test
    void reportsAPlainSchemaThatBecomesAMatchingSumAsExtended() {
        assertThat(diff("{type:'string'}", "{oneOf:[{type:'number'},{type:'string'}]}"))
                .containsExactly("SUM_TYPE_EXTENDED #/");
    }

    @Test
    void unwrapsASingleSubschemaCombination() {
        assertThat(diff("{allOf:[{type:'string',maxLength:3}]}", "{type:'string',maxLength:4}"))
                .containsExactly("MAX_LENGTH_INCREASED #/maxLength");
    }

    @Test
    void comparesTheNegatedSchemaTheOtherWayRound() {
        assertThat(diff("{not:{type:'string'}}", "{not:{type:'string'}}")).isEmpty();
        assertThat(diff("{not:{type:['string','null']}}", "{not:{type:'string'}}"))
                .containsExactly("NOT_TYPE_NARROWED #/not");
    }

    @Test
    void escapesPropertyNamesInPaths() {
        assertThat(diff("{properties:{'a/b~c':{type:'string'}}}", "{properties:{'a/b~c':{type:'number'}}}"))
                .containsExactly("TYPE_CHANGED #/properties/a~1b~0c");
    }

    @Test
    void comparesPatternPropertiesPatternByPattern() {
        String both = "{type:'object',patternProperties:{'^S_':{type:'string'},'^I_':{type:'number'}}}";
        String onlyStrings = "{type:'object',patternProperties:{'^S_':{type:'string'}}}";

        assertThat(diff(both, onlyStrings))
                .containsExactly("PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL #/patternProperties/^I_");
        assertThat(diff(onlyStrings, both))
                .containsExactly("OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL #/patternProperties/^I_");
        assertThat(diff(onlyStrings, "{type:'object',patternProperties:{'^S_':{type:'number'}}}"))
                .containsExactly("TYPE_CHANGED #/patternProperties/^S_");
    }

    @Test
    void comparesDraft2020TuplesLikeDraft07Tuples() {
        assertThat(diff("{prefixItems:[{type:'string'}],items:{type:'number'}}",
                "{prefixItems:[{type:'string'},{type:'number'}],items:{type:'number'}}"))
                .containsExactly("ITEM_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL #/prefixItems/1");
    }

    @Test
    void ignoresKeywordsTheRegistryDoesNotCompare() {
        assertThat(diff("{type:'object',propertyNames:{maxLength:10}}", "{type:'object',propertyNames:{maxLength:5}}"))
                .isEmpty();
        assertThat(diff("{type:'array'}", "{type:'array',contains:{type:'string'}}")).isEmpty();
        assertThat(diff("{type:'string',format:'date'}", "{type:'string',format:'email',contentEncoding:'base64'}"))
                .isEmpty();
        assertThat(diff("{if:{required:['a']},then:{required:['b']}}", "{if:{required:['a']},then:{required:['c']}}"))
                .isEmpty();
    }

    @Test
    void rendersTheOldAndNewValueOfEachDifference() {
        List<Difference> differences = SchemaDiff.compare(
                json("{properties:{amount:{type:'number'},code:{type:'string',maxLength:5}}}"),
                json("{properties:{amount:{type:'string'},code:{type:'string',maxLength:10}},"
                        + "required:['code']}"));

        assertThat(differences).extracting(Difference::toString).containsExactly(
                "#/required/code: REQUIRED_ATTRIBUTE_ADDED: optional -> required",
                "#/properties/amount: TYPE_CHANGED: number -> string",
                "#/properties/code/maxLength: MAX_LENGTH_INCREASED: 5 -> 10");
    }

    @Test
    void rendersCombinationsWithTheirAlternatives() {
        assertThat(SchemaDiff.compare(json("{properties:{p:{type:'string'}}}"),
                json("{properties:{p:{anyOf:[{type:'string'},{type:['integer','null']}]}}}")))
                .extracting(Difference::toString)
                .containsExactly("#/properties/p: SUM_TYPE_EXTENDED: string -> anyOf [string, integer | null]");
        assertThat(SchemaDiff.compare(json("{type:'string',enum:['a']}"), json("{type:'number'}")))
                .extracting(Difference::toString)
                .containsExactly("#/: TYPE_CHANGED: enum [\"a\"] & string -> number");
    }

    @Test
    void rendersAddedPropertiesWithTheirSchema() {
        assertThat(SchemaDiff.compare(json("{type:'object'}"), json("{properties:{b:{type:'number'}}}")))
                .extracting(Difference::toString)
                .containsExactly("#/properties/b: OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL: (none) -> {\"type\":\"number\"}");
    }

    @Test
    void readsOnlyTheSubschemasItCompares() {
        assertThat(diff("{type:'object',properties:{a:'not a schema'}}", "{type:'string'}"))
                .containsExactly("TYPE_CHANGED #/");
    }

    @Test
    void failsOnSomethingThatIsNotASchema() {
        assertThatThrownBy(() -> diff("{properties:{a:'text'}}", "{properties:{a:true}}"))
                .isInstanceOf(ContractException.class)
                .hasMessage("#/properties/a of the original schema: expected a schema (an object or a boolean), "
                        + "found \"text\"");
    }

    @Test
    void failsOnAnUnknownTypeName() {
        assertThatThrownBy(() -> diff("{items:{type:'string'}}", "{items:{type:'text'}}"))
                .isInstanceOf(ContractException.class)
                .hasMessage("#/items/type of the updated schema: expected one of string, number, integer, boolean, "
                        + "null, object, array; found \"text\"");
    }
}
