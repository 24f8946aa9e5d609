package dev.eventtestkit.cucumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cucumber.datatable.DataTable;
import io.cucumber.docstring.DocString;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventRowTest {

    @Test
    void readsATableWithAnOptionalKeyColumnAndAnEmptyDataCellAsAnEmptyObject() {
        DataTable table = DataTable.create(List.of(
                List.of("type", "key", "data"),
                List.of("OrderPlaced", "o-1", "{\"orderId\": \"o-1\"}"),
                Arrays.asList("OrderPaid", "o-2", null)));

        assertThat(EventRow.read(table)).extracting(row -> row.type() + " " + row.key() + " " + row.data())
                .containsExactly("OrderPlaced o-1 {\"orderId\":\"o-1\"}", "OrderPaid o-2 {}");
    }

    @Test
    void readsADocStringHoldingAJsonArray() {
        DocString docString = DocString.create("[{\"type\": \"OrderPaid\", \"key\": \"o-1\", \"data\": {}}]");

        assertThat(EventRow.read(docString)).extracting(row -> row.type() + " " + row.key() + " " + row.where())
                .containsExactly("OrderPaid o-1 item /0");
    }

    @Test
    void refusesADocStringThatIsNotAnArrayOfTypedEvents() {
        assertThatThrownBy(() -> EventRow.read(DocString.create("{\"type\": \"OrderPaid\"}")))
                .hasMessage("the doc string must hold a JSON array of {\"type\": ..., \"data\": {...}}, was"
                        + " {\"type\":\"OrderPaid\"}");
        assertThatThrownBy(() -> EventRow.read(DocString.create("[{\"type\": \"OrderPaid\", \"data\": 1}]")))
                .hasMessage("item /0 of the doc string must be {\"type\": \"<name>\", \"data\": {...}}, was"
                        + " {\"type\":\"OrderPaid\",\"data\":1}");
    }

    @Test
    void refusesDataThatIsNotAnObject() {
        DataTable table = DataTable.create(List.of(List.of("type", "data"), List.of("OrderPaid", "[1]")));

        assertThatThrownBy(() -> EventRow.read(table)).hasMessage("row 1, column data must be a JSON object, was [1]");
    }

    @Test
    void refusesAnEmptyDocString() {
        assertThatThrownBy(() -> EventRow.read(DocString.create("  ")))
                .hasMessage("the doc string is empty: expected JSON");
    }
}
