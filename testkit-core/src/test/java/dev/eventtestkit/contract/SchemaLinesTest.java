package dev.eventtestkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaLinesTest {

    static final String SCHEMA = """
            {
              "type": "object",
              "properties": {
                "type": {"type": "string"},
                "amount": {
                  "type": "integer",
                  "minimum": 0
                },
                "lines": {"items": [{"type": "string"}, {"maxLength": 3}]}
              }
            }
            """;

    @TempDir
    Path dir;

    Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void followsThePointerThroughTheDocument() throws IOException {
        Path file = write("v1.json", SCHEMA);

        assertThat(SchemaLines.lineOf(file, "#/properties/amount/minimum")).hasValue(7);
        assertThat(SchemaLines.lineOf(file, "#/properties/amount/type")).hasValue(6);
        assertThat(SchemaLines.lineOf(file, "#/properties/type")).hasValue(4);
        assertThat(SchemaLines.positionOf(file, "#/properties/type")).contains(new SchemaLines.Position(4, 5));
    }

    @Test
    void findsArrayElementsAndFallsBackToTheDeepestPartTheFileHas() throws IOException {
        Path file = write("v1.json", SCHEMA);

        assertThat(SchemaLines.positionOf(file, "#/properties/lines/items/1/maxLength")).contains(new SchemaLines.Position(9, 46));
        assertThat(SchemaLines.positionOf(file, "#/properties/lines/items/1")).contains(new SchemaLines.Position(9, 45));
        assertThat(SchemaLines.lineOf(file, "#/properties/amount/maximum")).hasValue(5);
        assertThat(SchemaLines.positionOf(file, "#/")).contains(new SchemaLines.Position(1, 1));
        assertThat(SchemaLines.lineOf(file, "#")).hasValue(1);
    }

    @Test
    void aNameThatAlsoOccursEarlierInAnotherPlaceIsFoundWhereThePointerLeads() throws IOException {
        // a text search for "properties" then "amount" would stop in $defs, which stands first
        Path file = write("v2.json", """
                {
                  "$defs": {
                    "Money": {
                      "properties": {
                        "amount": {"type": "integer"}
                      }
                    }
                  },
                  "properties": {
                    "amount": {"type": "string"}
                  }
                }
                """);

        assertThat(SchemaLines.lineOf(file, "#/properties/amount")).hasValue(10);
        assertThat(SchemaLines.lineOf(file, "#/$defs/Money/properties/amount")).hasValue(5);
    }

    @Test
    void readsEscapedNamesStringValuesThatLookLikeKeysAndAByteOrderMark() throws IOException {
        Path file = dir.resolve("v3.json");
        Files.write(file, ("\uFEFF{\n  \"description\": \"\\\"a/b\\\": here\",\n  \"properties\": {\n    \"a/b\": {},\n"
                + "    \"c~d\": {}\n  }\n}\n").getBytes(StandardCharsets.UTF_8));

        assertThat(SchemaLines.lineOf(file, "#/properties/a~1b")).hasValue(4);
        assertThat(SchemaLines.lineOf(file, "#/properties/c~0d")).hasValue(5);
    }

    @Test
    void answersWhatItFoundBeforeASyntaxErrorAndNothingForAMissingFile() throws IOException {
        Path broken = write("v4.json", "{\n  \"properties\": {\n    \"a\": {}\n  ,,\n}");

        assertThat(SchemaLines.lineOf(broken, "#/properties/a/type")).hasValue(3);
        assertThat(SchemaLines.lineOf(dir.resolve("v9.json"), "#/")).isEmpty();
    }
}
