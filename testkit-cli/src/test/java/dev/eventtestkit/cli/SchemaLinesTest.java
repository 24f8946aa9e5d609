package dev.eventtestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.contract.SchemaLines;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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

    Path file = CliRun.write(CliRun.freshDir(), "v1.json", SCHEMA);

    @Test
    void followsThePointerThroughTheText() {
        assertThat(SchemaLines.lineOf(file, "#/properties/amount/minimum")).hasValue(7);
        assertThat(SchemaLines.lineOf(file, "#/properties/amount/type")).hasValue(6);
        assertThat(SchemaLines.lineOf(file, "#/properties/type")).hasValue(4);
    }

    @Test
    void skipsArrayIndicesAndFallsBackToTheDeepestKeyFound() {
        assertThat(SchemaLines.lineOf(file, "#/properties/lines/items/1/maxLength")).hasValue(9);
        assertThat(SchemaLines.lineOf(file, "#/properties/amount/maximum")).hasValue(5);
        assertThat(SchemaLines.lineOf(file, "#/")).hasValue(1);
    }

    @Test
    void answersNothingForAMissingFile() {
        assertThat(SchemaLines.lineOf(file.resolveSibling("v9.json"), "#/")).isEmpty();
    }
}
