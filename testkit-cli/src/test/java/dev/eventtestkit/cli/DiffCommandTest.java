package dev.eventtestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DiffCommandTest {

    Path dir;
    Path v1;
    Path v2;

    @BeforeEach
    void setUp() {
        dir = CliRun.freshDir();
        v1 = CliRun.write(dir, "v1.json", CheckCommandTest.V1);
        v2 = CliRun.write(dir, "v2.json", CheckCommandTest.V2);
    }

    @Test
    void printsEachDifferenceWithItsVerdictAndExitsZeroWhenAllAreCompatible() {
        CliRun run = CliRun.of("diff", v1.toString(), v2.toString());

        assertThat(run.out()).isEqualTo("""
                #/properties/currency: OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL: (none) -> {"type":"string","default":"EUR"} (compatible)
                1 difference, 0 incompatible for BACKWARD under STRICT
                """);
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void exitsOneForAnIncompatibleDifference() {
        Path v3 = CliRun.write(dir, "v3.json", CheckCommandTest.V3);

        CliRun run = CliRun.of("diff", v2.toString(), v3.toString());

        assertThat(run.out()).isEqualTo("""
                #/properties/amount: TYPE_CHANGED: integer -> string (INCOMPATIBLE) witness: {"orderId":"a","amount":0} \
                (V2 accepts it, V3 rejects it)
                1 difference, 1 incompatible for BACKWARD under STRICT
                """.replace("V2", v2.toString()).replace("V3", v3.toString()));
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void followsRefsToFilesNextToTheSchemas() {
        CliRun.write(dir, "common/Money.json", "{\"type\": \"integer\"}");
        CliRun.write(dir, "common/MoneyText.json", "{\"type\": \"string\"}");
        Path old = CliRun.write(dir, "a/v1.json", "{\"properties\": {\"amount\": {\"$ref\": \"../common/Money.json\"}}}");
        Path updated = CliRun.write(dir, "a/v2.json", "{\"properties\": {\"amount\": {\"$ref\": \"../common/MoneyText.json\"}}}");

        CliRun run = CliRun.of("diff", old.toString(), updated.toString());

        // the witness is validated through the same references
        assertThat(run.out()).isEqualTo("""
                #/properties/amount: TYPE_CHANGED: integer -> string (INCOMPATIBLE) witness: {"amount":0} \
                (OLD accepts it, NEW rejects it)
                1 difference, 1 incompatible for BACKWARD under STRICT
                """.replace("OLD", old.toString()).replace("NEW", updated.toString()));
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void exitsTwoForARefItCannotFind() {
        Path old = CliRun.write(dir, "a/v1.json", "{\"properties\": {\"amount\": {\"$ref\": \"../common/Nope.json\"}}}");

        CliRun run = CliRun.of("diff", old.toString(), v1.toString());

        assertThat(run.err()).isEqualTo("testkit: " + v1 + ": cannot compare with " + old + ": #/properties/amount of "
                + "the original schema: cannot resolve $ref \"../common/Nope.json\": the resolver has no schema document "
                + "../common/Nope.json\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void exitsTwoNamingTheFileThatIsNotJson() {
        Path bad = CliRun.write(dir, "bad.json", "{\n  \"type\": \n}");

        CliRun run = CliRun.of("diff", v1.toString(), bad.toString());

        assertThat(run.err()).isEqualTo("testkit: " + bad + ": line 3, column 1: not valid JSON: Unexpected character "
                + "('}' (code 125)): expected a value\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void exitsTwoForAFileThatIsNotAJsonSchema() {
        Path bad = CliRun.write(dir, "bad.json", "{\"type\": \"strin\"}");

        CliRun run = CliRun.of("diff", bad.toString(), v1.toString());

        assertThat(run.err()).isEqualTo("testkit: " + bad + ": not a valid JSON Schema (https://json-schema.org/draft/2020-12/schema): "
                + "#/type: enum: does not have a value in the enumeration [\"array\", \"boolean\", \"integer\", \"null\", "
                + "\"number\", \"object\", \"string\"]\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void exitsTwoForAMissingFile() {
        CliRun run = CliRun.of("diff", v1.toString(), dir.resolve("v9.json").toString());

        assertThat(run.err()).isEqualTo("testkit: " + dir.resolve("v9.json") + ": no such file; expected a JSON Schema file\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void exitsTwoWithOneLineWhenAFileIsMissingFromTheCommandLine() {
        CliRun run = CliRun.of("diff", v1.toString());

        assertThat(run.err()).isEqualTo("testkit: Missing required parameter: '<new>'; see 'testkit diff --help'\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void printsHelp() {
        CliRun run = CliRun.of("diff", "--help");

        assertThat(run.out()).startsWith("Usage: testkit diff [-hV] [--debug] [--policy=<policy>] <old> <new>\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void comparesTwoAvroSchemasAsTheNewOneReadingTheOldOnesData() {
        Path old = CliRun.write(dir, "v1.avsc", AvroCheckTest.V1);
        Path updated = CliRun.write(dir, "v2.avsc", AvroCheckTest.V2);

        CliRun run = CliRun.of("diff", old.toString(), updated.toString());

        assertThat(run.out()).isEqualTo("""
                #/fields/1: READER_FIELD_MISSING_DEFAULT_VALUE: (none) -> field channel without a default (INCOMPATIBLE) \
                witness: {"paymentId":"","amount":0} (OLD writes it, NEW cannot read it)
                1 difference, 1 incompatible for BACKWARD under STRICT
                """.replace("OLD", old.toString()).replace("NEW", updated.toString()));
        assertThat(run.exitCode()).isEqualTo(1);

        CliRun back = CliRun.of("diff", updated.toString(), old.toString());

        assertThat(back.out()).isEqualTo("0 differences, 0 incompatible for BACKWARD under STRICT\n");
        assertThat(back.exitCode()).isZero();
    }

    @Test
    void refusesToCompareAnAvroSchemaWithAJsonSchema() {
        Path avro = CliRun.write(dir, "v3.avsc", AvroCheckTest.V1);

        CliRun run = CliRun.of("diff", v1.toString(), avro.toString());

        assertThat(run.err()).isEqualTo("testkit: " + avro + ": cannot compare an Avro schema (" + avro
                + ") with a JSON Schema (" + v1 + "); give two .avsc files or two JSON Schema files\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void namesAnAvroFileThatDoesNotParse() {
        Path old = CliRun.write(dir, "v1.avsc", AvroCheckTest.V1);
        Path broken = CliRun.write(dir, "v2.avsc", "{\"type\": \"record\", \"name\": \"P\", \"fields\": [{\"name\": \"a\"}]}");

        CliRun run = CliRun.of("diff", old.toString(), broken.toString());

        assertThat(run.err()).isEqualTo("testkit: " + broken + ": not a valid Avro schema: No field type: {\"name\":\"a\"}\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }
}
