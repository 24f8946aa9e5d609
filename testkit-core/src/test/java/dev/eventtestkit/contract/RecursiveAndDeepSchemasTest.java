package dev.eventtestkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.event.Json;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recursive schemas work everywhere (loader, meta-schema check, validator, diff), deep ones up to the documented
 * limits, and nothing ever overflows the stack: issue 12's inputs, each with its message pinned.
 */
class RecursiveAndDeepSchemasTest {

    @TempDir
    Path dir;

    Path root;
    ContractFiles files;

    @BeforeEach
    void setUp() {
        root = dir.resolve("schemas");
        files = new ContractFiles(root);
    }

    static Json json(String text) {
        return Json.parse(text);
    }

    /** A chain of {@code $defs}: d0 refers to d1, ... to d{length}, which is {@code last}. */
    static String chain(int length, boolean typed, String last) {
        StringBuilder defs = new StringBuilder("{\"$ref\": \"#/$defs/d0\", \"$defs\": {");
        for (int i = 0; i < length; i++) {
            String next = "{\"$ref\": \"#/$defs/d" + (i + 1) + "\"}";
            defs.append("\"d").append(i).append("\": ")
                    .append(typed ? "{\"type\": \"object\", \"properties\": {\"x\": " + next + "}}" : next).append(", ");
        }
        return defs.append("\"d").append(length).append("\": ").append(last).append("}}").toString();
    }

    static String nestedItems(int depth) {
        return "{\"type\": \"array\", \"items\": ".repeat(depth) + "{\"type\": \"string\"}" + "}".repeat(depth);
    }

    @Test
    void aLinkedListLoadsValidatesAndComparesWithItself() {
        String list = "{\"type\": \"object\", \"properties\": {\"value\": {\"type\": \"integer\"}, \"next\": {\"$ref\": \"#\"}}}";
        files.write("Node/v1.json", list).write("Node/v2.json", list)
                .write("Node/examples/v1-three.json", "{\"value\": 1, \"next\": {\"value\": 2, \"next\": {\"value\": 3}}}");

        EventContracts contracts = EventContracts.load(root);

        assertThat(contracts.validate("Node", 1, json("{\"next\": {\"next\": {\"value\": \"x\"}}}")))
                .extracting(Violation::toString).containsExactly("#/next/next/value: type: string found, integer expected");
        assertThat(contracts.checkCompatibility().isCompatible()).isTrue();
    }

    @Test
    void aCombinationContainingItselfComparesWithItselfAndDescribesTheRecursion() {
        Json nullable = json("{\"anyOf\": [{\"$ref\": \"#\"}, {\"type\": \"null\"}]}");

        assertThat(SchemaDiff.compare(nullable, nullable)).isEmpty();
        assertThat(SchemaDiff.compare(json("{}"), nullable)).extracting(Difference::toString)
                .containsExactly("#/: SUM_TYPE_EXTENDED: {} -> anyOf [(recursive), null]");
    }

    @Test
    void aDefsLoopAndTwoFilesReferringToEachOtherCompare() {
        files.write("S/v1.json", "{\"$ref\": \"b.json\"}").write("S/b.json", "{\"$ref\": \"v1.json\"}")
                .write("S/v2.json", "{\"$defs\": {\"A\": {\"$ref\": \"#/$defs/B\"}, \"B\": {\"$ref\": \"#/$defs/A\"}}, \"$ref\": \"#/$defs/A\"}");

        EventContracts contracts = EventContracts.load(root);

        assertThat(contracts.checkCompatibility().isCompatible()).isTrue();
    }

    @Test
    void aRefCycleThatNeverDescendsIntoThePayloadStopsValidationWithTheLimitNamed() {
        files.write("S/v1.json", "{\"$ref\": \"#\"}").write("S/examples/v1-a.json", "{\"a\": 1}");
        Path example = root.resolve("S/examples/v1-a.json");

        assertThatThrownBy(() -> EventContracts.load(root))
                .isInstanceOf(ContractException.class)
                .hasMessage(example + ": validating against " + root.resolve("S/v1.json") + ": validation stopped at #/ "
                        + "(schema #/) after 10000 nested schema evaluations; that is the limit (a $ref cycle that does "
                        + "not descend into the payload never ends)");
    }

    @Test
    void aLoopInAllOfStopsValidationInCodeTooNamingTheSchemaFile() {
        files.write("S/v1.json", "{\"allOf\": [{\"$ref\": \"#\"}, {\"type\": \"object\"}]}");
        EventContracts contracts = EventContracts.load(root);

        assertThatThrownBy(() -> contracts.validate("S", 1, json("{}")))
                .isInstanceOf(ContractException.class)
                .hasMessageStartingWith(root.resolve("S/v1.json") + ": validation stopped at #/ (schema #/) after 10000 "
                        + "nested schema evaluations; that is the limit");
    }

    @Test
    void fourHundredNestedItemsLoadValidateAndCompare() {
        files.write("S/v1.json", nestedItems(400)).write("S/v2.json", nestedItems(400));
        String payload = "[".repeat(400) + "\"x\"" + "]".repeat(400);
        String wrong = "[".repeat(400) + "1" + "]".repeat(400);

        EventContracts contracts = EventContracts.load(root);

        assertThat(contracts.validate("S", 1, json(payload))).isEmpty();
        assertThat(contracts.validate("S", 2, json(wrong))).hasSize(1);
        assertThat(contracts.checkCompatibility().isCompatible()).isTrue();
    }

    @Test
    void longChainsOfReferencesLoadAndCompare() {
        files.write("Typed/v1.json", chain(1200, true, "{\"type\": \"string\"}"))
                .write("Typed/v2.json", chain(1200, true, "{\"type\": \"integer\"}"))
                .write("Bare/v1.json", chain(2000, false, "{\"type\": \"string\"}"))
                .write("Bare/v2.json", chain(2000, false, "{\"type\": \"string\"}"))
                .write("Bare/examples/v1-text.json", "\"text\"");

        CompatibilityReport report = EventContracts.load(root).checkCompatibility();

        assertThat(report.problems()).extracting(p -> p.difference().toString())
                .containsExactly("#/" + "properties/x/".repeat(1200).replaceAll("/$", "") + ": TYPE_CHANGED: string -> integer");
    }

    @Test
    void aDifferenceDeeperThanAReportCanHoldIsReportedWithoutAWitness() {
        // found by the CLI's adversarial corpus: a witness 1,200 levels deep could not be written (exit 3)
        files.write("S/v1.json", chain(1200, true, "{\"type\": \"string\"}"))
                .write("S/v2.json", chain(1200, true, "{\"type\": \"number\"}"));

        CompatibilityReport report = EventContracts.load(root).checkCompatibility();

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.difference().witness()).isEmpty();
            assertThat(problem.line()).startsWith(root.resolve("S/v2.json") + ": #/properties/x/properties/x/")
                    .contains("/properties/x: TYPE_CHANGED: string -> number (breaks BACKWARD with v1)").doesNotContain("witness");
        });
        assertThat(report.render()).isNotEmpty();
    }

    @Test
    void aChainLongerThanTheLimitIsBadInputNamingTheFileAndTheLimit() {
        files.write("S/v1.json", chain(10_500, false, "{}")).write("S/v2.json", chain(10_500, false, "{}"));

        assertThatThrownBy(() -> EventContracts.load(root).checkCompatibility())
                .isInstanceOf(ContractException.class)
                .hasMessage(root.resolve("S/v2.json") + ": cannot compare with earlier versions: #/$defs/d9999 of the "
                        + "candidate: more than 10000 $refs in a chain, each leading to the next; that is the limit");
    }

    @Test
    void schemasNestedDeeperThanTheLimitThroughReferencesAreBadInput() {
        Json deep = json(chain(10_500, true, "{}"));

        assertThatThrownBy(() -> SchemaDiff.compare(deep, deep))
                .isInstanceOf(ContractException.class)
                .hasMessage("#/$defs/d10000: comparing schemas nested deeper than 10000 levels (counted through $refs); "
                        + "that is the limit");
    }

    @Test
    void aFileNestedDeeperThanTheLimitIsBadInput() {
        files.write("S/v1.json", "[".repeat(501) + "]".repeat(501));

        assertThatThrownBy(() -> EventContracts.load(root))
                .hasMessage(root.resolve("S/v1.json") + ": not valid JSON: objects and arrays nested deeper than 500 levels; "
                        + "that is the limit");
    }

    @Test
    void deepPayloadsValidateFromAnyThreadWithoutOverflowingItsStack() throws InterruptedException {
        files.write("S/v1.json", "{\"type\": \"object\", \"properties\": {\"n\": {\"$ref\": \"#\"}}}");
        EventContracts contracts = EventContracts.load(root);
        Json payload = json("{\"n\": ".repeat(450) + "{\"n\": 5}" + "}".repeat(450));
        List<List<Violation>> found = new java.util.ArrayList<>();
        // a small stack, as a test framework's or an application's thread may have
        Thread small = new Thread(null, () -> found.add(contracts.validate("S", 1, payload)), "small", 256 * 1024);

        small.start();
        small.join();

        assertThat(found).hasSize(1);
        assertThat(found.get(0)).extracting(Violation::toString)
                .containsExactly("#" + "/n".repeat(451) + ": type: integer found, object expected");
    }
}
