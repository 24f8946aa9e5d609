package dev.eventtestkit.examples.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.aggregate.AggregateFixture;
import dev.eventtestkit.examples.inventory.StockCommand.ReleaseStock;
import dev.eventtestkit.examples.inventory.StockCommand.ReserveStock;
import dev.eventtestkit.examples.inventory.StockEvent.OutOfStock;
import dev.eventtestkit.examples.inventory.StockEvent.StockReceived;
import dev.eventtestkit.examples.inventory.StockEvent.StockReleased;
import dev.eventtestkit.examples.inventory.StockEvent.StockReserved;
import org.junit.jupiter.api.Test;

/** The object-style stock aggregate: the fixture creates it, applies events to it, asks it to handle. */
class ProductStockTest {

    private final AggregateFixture<StockCommand, StockEvent, ProductStock> stock =
            AggregateFixture.forAggregate(ProductStock::new, ProductStock::apply, ProductStock::handle);

    @Test
    void reservesWhatIsAvailable() {
        stock.given(new StockReceived("p-1", 5))
                .when(new ReserveStock("o-1", "p-1", 2))
                .thenEvents(new StockReserved("o-1", "p-1", 2))
                .thenState(product -> {
                    assertThat(product.available()).isEqualTo(3);
                    assertThat(product.heldBy("o-1")).isEqualTo(2);
                });
    }

    @Test
    void reportsOutOfStockRatherThanFailing() {
        stock.given(new StockReceived("p-1", 5), new StockReserved("o-1", "p-1", 4))
                .when(new ReserveStock("o-2", "p-1", 2))
                .thenEvents(new OutOfStock("o-2", "p-1"))
                .thenState(product -> assertThat(product.available()).isEqualTo(1));
    }

    @Test
    void releasesEverythingTheOrderHeld() {
        stock.given(new StockReceived("p-1", 5), new StockReserved("o-1", "p-1", 4))
                .when(new ReleaseStock("o-1", "p-1"))
                .thenEvents(new StockReleased("o-1", "p-1", 4))
                .thenState(product -> assertThat(product.available()).isEqualTo(5));
    }

    @Test
    void refusesToReleaseWhatTheOrderDoesNotHold() {
        stock.given(new StockReceived("p-1", 5))
                .when(new ReleaseStock("o-1", "p-1"))
                .thenFails(IllegalStateException.class, "order o-1 holds no p-1 to release");
    }

    @Test
    void refusesASecondReservationForTheSameOrder() {
        stock.given(new StockReceived("p-1", 5), new StockReserved("o-1", "p-1", 2))
                .when(new ReserveStock("o-1", "p-1", 1))
                .thenFails(IllegalStateException.class, "order o-1 already holds 2 of p-1");
    }

    @Test
    void printsTheDifferingQuantity() {
        assertThatThrownBy(() -> stock
                .given(new StockReceived("p-1", 5), new StockReserved("o-1", "p-1", 4))
                .when(new ReleaseStock("o-1", "p-1"))
                .thenEvents(new StockReleased("o-1", "p-1", 2)))
                .hasMessage("""
                        Expected events differ at position 1 (of 1 expected, 1 actual):
                          when ReleaseStock{orderId="o-1", productId="p-1"}
                          expected:
                          > 1. StockReleased{orderId="o-1", productId="p-1", quantity=2}
                          actual:
                          > 1. StockReleased{orderId="o-1", productId="p-1", quantity=4}
                          field quantity: expected 2 but was 4""");
    }

    @Test
    void printsTheRejectionWhenNoEventsWereExpected() {
        assertThatThrownBy(() -> stock
                .givenNothing()
                .when(new ReserveStock("o-1", "p-1", 0))
                .thenNoEvents())
                .hasMessage("""
                        Expected no events, but the command was rejected:
                          when ReserveStock{orderId="o-1", productId="p-1", quantity=0}
                          rejected with java.lang.IllegalArgumentException: the quantity must be positive, was 0""");
    }
}
