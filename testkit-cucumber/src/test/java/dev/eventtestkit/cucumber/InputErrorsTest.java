package dev.eventtestkit.cucumber;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Errors for mistakes in scenarios, pinned whole: failing/input.feature run on the Cucumber engine. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputErrorsTest {

    private FeatureRun run;

    @BeforeAll
    void runTheFeature() {
        run = FeatureRun.of("failing/input.feature");
    }

    @Test
    void failsEveryScenario() {
        run.tests().assertStatistics(stats -> stats.started(10).failed(10).succeeded(0));
    }

    @Test
    void suggestsTheClosestEventType() {
        assertThat(run.failure("a misspelt event type"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("""
                        unknown event type "OrderPlacd"; did you mean "OrderPlaced"? registered: OrderCancelled, OrderPaid, OrderPlaced, OrderShipped, PaymentProcessed, PaymentRequested, ReceiptSent, StockReceived, StockReserved""");
    }

    @Test
    void suggestsTheClosestCommand() {
        assertThat(run.failure("a misspelt command"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("""
                        unknown command "ShipOrdr"; did you mean "ShipOrder"? registered: CancelOrder, PayOrder, PlaceOrder, ReceiveStock, ReserveStock, ShipOrder""");
    }

    @Test
    void suggestsTheClosestAggregate() {
        assertThat(run.failure("a misspelt aggregate"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("""
                        unknown aggregate "ordr"; did you mean "order"? registered: order, stock""");
    }

    @Test
    void pointsAtTheLineAndColumnOfBadJsonInADocString() {
        assertThat(run.failure("a doc string that is not JSON"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("""
                        the doc string is not valid JSON: line 3, column 1: Unexpected character ('}' (code 125)): was expecting double-quote to start property name""");
    }

    @Test
    void pointsAtTheRowAndColumnOfBadJsonInATable() {
        assertThat(run.failure("a table cell that is not JSON"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("""
                        row 2, column data is not valid JSON: column 13: Unrecognized token 'o': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')""");
    }

    @Test
    void namesTheRowWhoseJsonDoesNotFitTheClass() {
        assertThat(run.failure("JSON that does not fit the event class"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("""
                        row 1: cannot read dev.eventtestkit.cucumber.shop.OrderEvent$OrderPlaced from {"orderId":"o-1","amount":"lots"}: Cannot deserialize value of type `long` from String "lots": not a valid `long` value""");
    }

    @Test
    void listsTheUnitsOfTime() {
        assertThat(run.failure("a unit of time the steps do not know"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("""
                        unknown unit "weeks" in "2 weeks": use milliseconds, seconds, minutes, hours or days, or ISO-8601 such as PT30M""");
    }

    @Test
    void refusesFaultsAfterTheBrokerStarted() {
        assertThat(run.failure("a fault given after the broker started"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("""
                        "every message is delivered twice" must be given before the broker starts (at the first publish or broker step): move this step up""");
    }

    @Test
    void refusesToSetTheClockBack() {
        assertThat(run.failure("the clock set back"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("""
                        the clock is at 2026-01-01T10:00:00Z already and never goes back to 2026-01-01T09:30:00Z: give "the clock is ..." before anything uses the clock""");
    }

    @Test
    void namesTheMissingColumns() {
        assertThat(run.failure("a table without the data column"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("""
                        the table needs a header row with the columns type and data, found: | type | payload |""");
    }
}
