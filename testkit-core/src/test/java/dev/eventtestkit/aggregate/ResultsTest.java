package dev.eventtestkit.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.aggregate.OrderBook.BookCommand;
import dev.eventtestkit.aggregate.OrderBook.BookEvent;
import dev.eventtestkit.aggregate.OrderBook.BookState;
import dev.eventtestkit.aggregate.OrderBook.OpenOrder;
import dev.eventtestkit.aggregate.OrderBook.OrderOpened;
import dev.eventtestkit.aggregate.Orders.CreateOrder;
import dev.eventtestkit.aggregate.Orders.OrderCommand;
import dev.eventtestkit.aggregate.Orders.OrderEvent;
import dev.eventtestkit.aggregate.Orders.OrderState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** thenResult and thenResultSatisfies: commands that return a value besides their events. */
class ResultsTest {

    private final AggregateFixture<BookCommand, BookEvent, BookState> books =
            AggregateFixture.forDecider(OrderBook.DECIDER);

    @Test
    void assertsTheResultTheDecisionReturned() {
        books.given(new OrderOpened("o-1", 100))
                .when(new OpenOrder(250))
                .thenEvents(new OrderOpened("o-2", 250))
                .thenResult("o-2")
                .thenResultSatisfies(String.class, id -> assertThat(id).startsWith("o-"));
    }

    @Test
    void givesTheResultForAnyOtherAssertion() {
        assertThat(books.givenNothing().when(new OpenOrder(250)).result()).contains("o-1");
    }

    @Test
    void namesBothResultsWhenTheyDiffer() {
        Outcome<BookCommand, BookEvent, BookState> outcome = books.givenNothing().when(new OpenOrder(250));

        AssertionFailedError failure = Caught.failure(() -> outcome.thenResult("o-2"));

        assertThat(failure).hasMessage("""
                Expected the result "o-2", but it was "o-1":
                  when OpenOrder{amount=250}""");
        assertThat(failure.getExpected().getValue()).isEqualTo("o-2");
        assertThat(failure.getActual().getValue()).isEqualTo("o-1");
    }

    @Test
    void saysWhenTheResultIsOfAnotherClass() {
        Outcome<BookCommand, BookEvent, BookState> outcome = books.givenNothing().when(new OpenOrder(250));

        assertThatThrownBy(() -> outcome.thenResult(1)).hasMessage("""
                Expected the result 1, but it was "o-1":
                  when OpenOrder{amount=250}
                  (a java.lang.Integer was expected, the result is a java.lang.String)""");
    }

    @Test
    void saysTheCommandWasRejectedWhenAResultWasExpected() {
        Outcome<BookCommand, BookEvent, BookState> outcome = books.givenNothing().when(new OpenOrder(0));

        assertThatThrownBy(() -> outcome.thenResult("o-1")).hasMessage("""
                Expected the result "o-1", but the command was rejected:
                  when OpenOrder{amount=0}
                  rejected with java.lang.IllegalArgumentException: the amount must be positive, was 0""");
    }

    @Test
    void saysAPlainDeciderReturnsNoResult() {
        Outcome<OrderCommand, OrderEvent, OrderState> outcome =
                AggregateFixture.forDecider(Orders.DECIDER).givenNothing().when(new CreateOrder("o-1", 100));

        assertThatThrownBy(() -> outcome.thenResult("o-1")).hasMessage("""
                Expected the result "o-1", but the command returned none:
                  when CreateOrder{orderId="o-1", amount=100}
                  (return a Decision with withResult(...) to give one)""");
        assertThat(outcome.result()).isEmpty();
    }

    @Test
    void saysOnlyACommandReturnsAResult() {
        Outcome<BookCommand, BookEvent, BookState> outcome = books.withDeadlines(OrderBook::expiry)
                .given(new OrderOpened("o-1", 100))
                .whenTimePasses(Duration.ofHours(1));

        assertThatThrownBy(() -> outcome.thenResultSatisfies(id -> { })).hasMessage("""
                Expected a result of type java.lang.Object, but time passed: only a command returns a result:
                  when 1 hour passes""");
    }

    @Test
    void checksTheTypeBeforeTheAssertions() {
        Outcome<BookCommand, BookEvent, BookState> outcome = books.givenNothing().when(new OpenOrder(250));

        assertThatThrownBy(() -> outcome.thenResultSatisfies(Long.class, id -> { })).hasMessage("""
                Expected a result of type java.lang.Long, but it was a java.lang.String, "o-1":
                  when OpenOrder{amount=250}""");
    }

    @Test
    void showsTheScenarioAboveAFailedResultAssertion() {
        Outcome<BookCommand, BookEvent, BookState> outcome = books.givenNothing().when(new OpenOrder(250));

        AssertionFailedError failure = Caught.failure(() -> outcome.thenResultSatisfies(
                id -> assertThat(id).isEqualTo("o-7")));

        assertThat(failure).hasMessage("""
                The result does not satisfy the assertions of thenResultSatisfies:
                  when OpenOrder{amount=250}
                  result: "o-1"
                  expected: "o-7"
                   but was: "o-1\"""");
        assertThat(failure.getCause()).isInstanceOf(AssertionError.class);
    }

    /** An object-style order book whose handle returns the new id with the events. */
    static final class Book {
        private final List<String> ids = new ArrayList<>();

        void apply(BookEvent event) {
            if (event instanceof OrderOpened opened) {
                ids.add(opened.orderId());
            }
        }

        Decision<BookEvent> handle(BookCommand command) {
            String id = "o-" + (ids.size() + 1);
            return Decision.of(List.<BookEvent>of(new OrderOpened(id, ((OpenOrder) command).amount())))
                    .withResult(id);
        }
    }

    @Test
    void takesResultsFromAnObjectStyleHandler() {
        AggregateFixture.forAggregateWithResult(Book::new, Book::apply, Book::handle)
                .given(new OrderOpened("o-1", 100), new OrderOpened("o-2", 100))
                .when(new OpenOrder(5))
                .thenEvents(new OrderOpened("o-3", 5))
                .thenResult("o-3");
    }

    @Test
    void explainsADecisionHandlerThatReturnsNull() {
        AggregateFixture<BookCommand, BookEvent, Book> broken =
                AggregateFixture.forAggregateWithResult(Book::new, Book::apply, (book, command) -> null);

        assertThatThrownBy(() -> broken.givenNothing().when(new OpenOrder(5)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("decide returned null for OpenOrder{amount=5}: "
                        + "return Decision.none() when a command produces no events");
    }

    @Test
    void refusesADecisionWithANullEvent() {
        assertThatThrownBy(() -> Decision.of(Arrays.asList(new OrderOpened("o-1", 1), null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("event 2 of the decision is null");
    }
}
