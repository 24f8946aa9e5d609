package dev.eventtestkit.contract;

import static dev.eventtestkit.contract.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Runs every example of the difference-type table in docs/compatibility.md. */
class CompatibilityDocsTest {
    private static final Set<DifferenceType> NOT_PRODUCED = SchemaDiffDifferenceTypesTest.NOT_PRODUCED;

    @Test
    void everyTableRowYieldsItsTypeAtItsPathWithItsVerdicts() {
        List<String[]> rows = tableRows();
        List<String> wrong = new ArrayList<>();
        Set<DifferenceType> documented = EnumSet.noneOf(DifferenceType.class);

        for (String[] row : rows) {
            DifferenceType type = DifferenceType.valueOf(code(row[0]));
            documented.add(type);
            List<Difference> found = SchemaDiff.compare(json(code(row[3])), json(code(row[4])));
            boolean present = found.stream().anyMatch(d -> d.type() == type && d.path().equals(code(row[5])));
            boolean strict = row[1].equals("yes");
            boolean lenient = row[2].equals("yes");
            if (!present || strict != type.isBackwardCompatible(CompatibilityPolicy.STRICT)
                    || lenient != type.isBackwardCompatible(CompatibilityPolicy.LENIENT)) {
                wrong.add(type + " found " + found);
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(documented).hasSize(DifferenceType.values().length - NOT_PRODUCED.size()
                        - SchemaDiffDifferenceTypesTest.AVRO.size())
                .doesNotContainAnyElementsOf(NOT_PRODUCED);
    }

    private static List<String[]> tableRows() {
        String docs = RepositoryFiles.read("docs/compatibility.md");
        String section = docs.substring(docs.indexOf("## Every difference type"), docs.indexOf("## Hints"));
        List<String[]> rows = new ArrayList<>();
        for (String line : section.split("\n")) {
            if (line.startsWith("| `")) {
                String[] cells = line.substring(2, line.length() - 2).split(" \\| ");
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String code(String cell) {
        return cell.substring(1, cell.length() - 1);
    }
}
