package dev.eventtestkit.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.aggregate.OrderBook.BookCommand;
import dev.eventtestkit.aggregate.OrderBook.BookEvent;
import dev.eventtestkit.aggregate.OrderBook.BookState;
import dev.eventtestkit.aggregate.OrderBook.OpenOrder;
import dev.eventtestkit.aggregate.OrderBook.OrderExpired;
import dev.eventtestkit.aggregate.OrderBook.OrderOpened;
import dev.eventtestkit.event.EventWithMetadata;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Metadata: given with metadata, read by evolve; propagated from the command; asserted; bad input. */
class MetadataTest {

    private final AggregateFixture<BookCommand, BookEvent, BookState> books =
            AggregateFixture.forDecider(OrderBook.DECIDER);

    @Test
    void letsEvolveReadTheMetadataOfGivenEvents() {
        books.given(EventWithMetadata.of(new OrderOpened("o-1", 100), Map.of("tenant", "t-1")))
                .when(new OpenOrder(5))
                .thenState(state -> assertThat(state.lastTenant()).isEqualTo("t-1"));
    }

    @Test
    void propagatesTheCorrelationAndCausationIdsOfTheCommand() {
        Outcome<BookCommand, BookEvent, BookState> outcome = books.givenNothing()
                .when(new OpenOrder(5), Map.of("correlationId", "c-1", "messageId", "m-7", "user", "ada"))
                .thenMetadata(Map.of("correlationId", "c-1", "causationId", "m-7"));

        assertThat(outcome.messages()).containsExactly(EventWithMetadata.of(
                new OrderOpened("o-1", 5), Map.of("correlationId", "c-1", "causationId", "m-7")));
    }

    @Test
    void startsAConversationFromTheMessageIdWhenTheCommandHasNoCorrelationId() {
        books.givenNothing()
                .when(new OpenOrder(5), Map.of("messageId", "m-7"))
                .thenMetadata(Map.of("correlationId", "m-7", "causationId", "m-7"));
    }

    @Test
    void propagatesNothingWhenTurnedOff() {
        Outcome<BookCommand, BookEvent, BookState> outcome = books.withoutMetadataPropagation()
                .givenNothing()
                .when(new OpenOrder(5), Map.of("correlationId", "c-1"));

        assertThat(outcome.messages()).containsExactly(EventWithMetadata.of(new OrderOpened("o-1", 5)));
    }

    @Test
    void givesDeadlineCommandsTheCorrelationIdOfTheEventThatScheduledThem() {
        books.withDeadlines(OrderBook::expiry)
                .given(EventWithMetadata.of(new OrderOpened("o-1", 100), Map.of("correlationId", "c-1")))
                .whenTimePasses(Duration.ofHours(1))
                .thenEventsWithMetadata(EventWithMetadata.of(
                        new OrderExpired("o-1"), Map.of("correlationId", "c-1", "reason", "expired")));
    }

    @Test
    void failsThenMetadataNamingTheEventAndTheEntry() {
        Outcome<BookCommand, BookEvent, BookState> outcome =
                books.givenNothing().when(new OpenOrder(5), Map.of("correlationId", "c-1"));

        AssertionFailedError failure = Caught.failure(() -> outcome.thenMetadata(Map.of("correlationId", "c-2")));

        assertThat(failure).hasMessage("""
                Expected every event to carry the metadata [correlationId="c-2"], but event 1 does not:
                  when OpenOrder{amount=5} [correlationId="c-1"]
                  events:
                  > 1. OrderOpened{orderId="o-1", amount=5} [correlationId="c-1"]
                  metadata correlationId: expected "c-2" but was "c-1\"""");
        assertThat(failure.getExpected().getStringRepresentation()).isEqualTo("[correlationId=\"c-2\"]");
        assertThat(failure.getActual().getStringRepresentation()).isEqualTo("[correlationId=\"c-1\"]");
    }

    @Test
    void failsThenMetadataWhenNoEventWasProduced() {
        Outcome<Orders.OrderCommand, Orders.OrderEvent, Orders.OrderState> none = AggregateFixture
                .forDecider(Orders.DECIDER)
                .given(new Orders.OrderCreated("o-1", 1), new Orders.PaymentReceived("o-1", "p-1"))
                .when(new Orders.CancelOrder("o-1", "late"), Map.of("correlationId", "c-1"));

        assertThatThrownBy(() -> none.thenMetadata(Map.of("correlationId", "c-1"))).hasMessage("""
                Expected every event to carry the metadata [correlationId="c-1"], but no event was produced:
                  when CancelOrder{orderId="o-1", reason="late"} [correlationId="c-1"]""");
    }

    @Test
    void showsTheMetadataOfEveryEventWhenTheSequenceWithMetadataDiffers() {
        Outcome<BookCommand, BookEvent, BookState> outcome =
                books.givenNothing().when(new OpenOrder(5), Map.of("correlationId", "c-1", "messageId", "m-1"));

        assertThatThrownBy(() -> outcome.thenEventsWithMetadata(
                EventWithMetadata.of(new OrderOpened("o-1", 5), Map.of("correlationId", "c-9"))))
                .hasMessage("""
                        Expected events differ at position 1 (of 1 expected, 1 actual):
                          when OpenOrder{amount=5} [correlationId="c-1", messageId="m-1"]
                          expected:
                          > 1. OrderOpened{orderId="o-1", amount=5} [correlationId="c-9"]
                          actual:
                          > 1. OrderOpened{orderId="o-1", amount=5} [causationId="m-1", correlationId="c-1"]
                          metadata correlationId: expected "c-9" but was "c-1\"""");
    }

    @Test
    void showsTheCommandMetadataInEveryFailure() {
        Outcome<BookCommand, BookEvent, BookState> outcome =
                books.givenNothing().when(new OpenOrder(5), Map.of("correlationId", "c-1"));

        assertThatThrownBy(() -> outcome.thenEvents(new OrderOpened("o-1", 6))).hasMessageContaining("""
                  when OpenOrder{amount=5} [correlationId="c-1"]""");
    }

    @Test
    void refusesANullMetadataKeyNamingTheEvent() {
        Map<String, String> metadata = new HashMap<>();
        metadata.put(null, "t-1");

        assertThatThrownBy(() -> EventWithMetadata.of(new OrderOpened("o-1", 100), metadata))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the metadata of event OrderOpened[orderId=o-1, amount=100] has a null key "
                        + "(with value \"t-1\"): metadata keys are names such as \"correlationId\"");
    }

    @Test
    void refusesANullMetadataValueNamingTheCommandAndTheKey() {
        Map<String, String> metadata = new HashMap<>();
        metadata.put("tenant", null);
        Scenario<BookCommand, BookEvent, BookState> scenario = books.givenNothing();

        assertThatThrownBy(() -> scenario.when(new OpenOrder(5), metadata))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the metadata key \"tenant\" of command OpenOrder{amount=5} has a null value: "
                        + "leave the key out instead");
    }
}
