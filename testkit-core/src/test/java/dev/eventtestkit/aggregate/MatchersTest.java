package dev.eventtestkit.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** thenEventsMatch, thenEventsSatisfy, thenEventsInAnyOrder, nested and typed ignored fields. */
class MatchersTest {

    record Address(String city, Geo geo) {}

    record Geo(double lat, double lon) {}

    record Line(String sku, int quantity, Instant addedAt) {}

    record Ship(String orderId) {}

    record Shipped(String orderId, Address to, List<Line> lines, Instant at) {}

    record Notified(String orderId, String channel) {}

    private static final Instant NOW = Instant.parse("2026-05-05T10:00:00Z");

    private static final Decider<Object, Object, String> SHIPPING = new Decider<>() {
        @Override
        public String initialState() {
            return "";
        }

        @Override
        public List<Object> decide(Object command, String state) {
            String orderId = ((Ship) command).orderId();
            return List.of(
                    new Shipped(orderId, new Address("Lyon", new Geo(45.76, 4.83)),
                            List.of(new Line("sku-1", 2, NOW), new Line("sku-2", 1, NOW)), NOW),
                    new Notified(orderId, "mail"),
                    new Notified(orderId, "sms"));
        }

        @Override
        public String evolve(String state, Object event) {
            return state;
        }
    };

    private final AggregateFixture<Object, Object, String> shipping = AggregateFixture.forDecider(SHIPPING);

    @Test
    void matchesEachEventByTypePredicateOrPartialJson() {
        shipping.givenNothing()
                .when(new Ship("o-1"))
                .thenEventsMatch(
                        EventMatch.json(Shipped.class, "{\"orderId\": \"o-1\", \"to\": {\"city\": \"Lyon\"}}"),
                        EventMatch.where(Notified.class, "by mail", notified -> notified.channel().equals("mail")),
                        EventMatch.ofType(Notified.class));
    }

    @Test
    void matchesEachEventByAPlainPredicate() {
        shipping.givenNothing()
                .when(new Ship("o-1"))
                .thenEventsMatch(event -> event instanceof Shipped, event -> true, event -> event instanceof Notified);
    }

    @Test
    void pointsAtTheFieldsThePartialJsonDoesNotFind() {
        Outcome<Object, Object, String> outcome = shipping.givenNothing().when(new Ship("o-1"));

        assertThatThrownBy(() -> outcome.thenEventsMatch(
                EventMatch.json(Shipped.class, "{\"to\": {\"city\": \"Paris\", \"zip\": \"75001\"}}"),
                EventMatch.ofType(Notified.class), EventMatch.ofType(Notified.class)))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("""
                        Expected events differ at position 1 (of 3 expected, 3 actual):
                          when Ship{orderId="o-1"}
                          expected:
                          > 1. Shipped matching {"to":{"city":"Paris","zip":"75001"}}
                            2. any Notified
                            3. any Notified
                          actual:
                          > 1. Shipped{orderId="o-1", to={city="Lyon", geo={lat=45.76, lon=4.83}}, \
                        lines=[{sku="sku-1", quantity=2, addedAt="2026-05-05T10:00:00Z"}, {sku="sku-2", quantity=1, \
                        addedAt="2026-05-05T10:00:00Z"}], at="2026-05-05T10:00:00Z"}
                            2. Notified{orderId="o-1", channel="mail"}
                            3. Notified{orderId="o-1", channel="sms"}
                          /to/city: expected "Paris" but was "Lyon"
                          /to/zip: expected "75001" but was (absent)""");
    }

    @Test
    void namesThePredicateAndTheClassThatDidNotMatch() {
        Outcome<Object, Object, String> outcome = shipping.givenNothing().when(new Ship("o-1"));

        assertThatThrownBy(() -> outcome.thenEventsMatch(
                EventMatch.ofType(Shipped.class),
                EventMatch.where(Notified.class, "by sms", notified -> notified.channel().equals("sms")),
                EventMatch.ofType(Shipped.class)))
                .hasMessageContaining("""
                          > 2. Notified where by sms
                        """)
                .hasMessageEndingWith("""
                            3. Notified{orderId="o-1", channel="sms"}""");
        assertThatThrownBy(() -> outcome.thenEventsMatch(event -> true, event -> false, event -> true))
                .hasMessageContaining("> 2. an event where predicate 2");
        assertThatThrownBy(() -> outcome.thenEventsMatch(
                EventMatch.ofType(Notified.class), EventMatch.ofType(Notified.class), EventMatch.ofType(Notified.class)))
                .hasMessageEndingWith("(a " + Notified.class.getName() + " was expected, the event is a "
                        + Shipped.class.getName() + ")");
    }

    @Test
    void marksTheMissingEventWhenThereAreMoreMatchersThanEvents() {
        Outcome<Object, Object, String> outcome = shipping.givenNothing().when(new Ship("o-1"));

        assertThatThrownBy(() -> outcome.thenEventsMatch(event -> true, event -> true, event -> true, event -> true))
                .hasMessageStartingWith("Expected events differ at position 4 (of 4 expected, 3 actual):")
                .hasMessageEndingWith("  > 4. (no event)");
    }

    @Test
    void refusesPartialJsonThatIsNotJsonNamingWhere() {
        assertThatThrownBy(() -> EventMatch.json("{\"orderId\": o-1}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the partial JSON {\"orderId\": o-1} is not JSON: line 1, column 13: ");
    }

    @Test
    void runsAssertionsOnTheWholeList() {
        shipping.givenNothing()
                .when(new Ship("o-1"))
                .thenEventsSatisfy(events -> assertThat(events).hasSize(3).first().isInstanceOf(Shipped.class));
    }

    @Test
    void showsTheEventsAboveAFailedListAssertion() {
        Outcome<Object, Object, String> outcome = shipping.ignoringFields(Shipped.class, "to", "lines", "at")
                .givenNothing()
                .when(new Ship("o-1"));

        assertThatThrownBy(() -> outcome.thenEventsSatisfy(events -> assertThat(events).hasSize(2)))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("""
                        The events do not satisfy the assertions of thenEventsSatisfy:
                          when Ship{orderId="o-1"}
                          events:
                            1. Shipped{orderId="o-1", to=(ignored), lines=(ignored), at=(ignored)}
                            2. Notified{orderId="o-1", channel="mail"}
                            3. Notified{orderId="o-1", channel="sms"}
                          Expected size: 2 but was: 3 in:""");
    }

    @Test
    void acceptsTheEventsInAnyOrder() {
        shipping.ignoringFields(Shipped.class, "to", "lines", "at")
                .givenNothing()
                .when(new Ship("o-1"))
                .thenEventsInAnyOrder(new Notified("o-1", "sms"), new Shipped("o-1", null, null, null),
                        new Notified("o-1", "mail"));
    }

    @Test
    void namesWhatIsMissingAndWhatWasNotExpected() {
        Outcome<Object, Object, String> outcome = shipping.ignoringFields(Shipped.class, "to", "lines", "at")
                .givenNothing()
                .when(new Ship("o-1"));

        AssertionFailedError failure = Caught.failure(() -> outcome.thenEventsInAnyOrder(
                new Notified("o-1", "push"), new Shipped("o-1", null, null, null), new Notified("o-1", "mail")));

        assertThat(failure).hasMessage("""
                Expected events in any order, but 1 is missing and 1 was not expected (of 3 expected, 3 actual):
                  when Ship{orderId="o-1"}
                  missing:
                    Notified{orderId="o-1", channel="push"}
                  not expected:
                    3. Notified{orderId="o-1", channel="sms"}
                  expected (any order):
                    1. Notified{orderId="o-1", channel="push"}
                    2. Shipped{orderId="o-1", to=(ignored), lines=(ignored), at=(ignored)}
                    3. Notified{orderId="o-1", channel="mail"}
                  actual:
                    1. Shipped{orderId="o-1", to=(ignored), lines=(ignored), at=(ignored)}
                    2. Notified{orderId="o-1", channel="mail"}
                    3. Notified{orderId="o-1", channel="sms"}""");
    }

    @Test
    void pairsEveryExpectedEventWithItsOwnActualOne() {
        AggregateFixture<Object, Object, String> loose = shipping.ignoringFields(Notified.class, "channel")
                .ignoringFields(Shipped.class, "to", "lines", "at");

        loose.givenNothing().when(new Ship("o-1")).thenEventsInAnyOrder(
                EventsInAnyOrder.notified("any"), EventsInAnyOrder.notified("sms"), new Shipped("o-1", null, null, null));
        assertThatThrownBy(() -> loose.givenNothing().when(new Ship("o-1")).thenEventsInAnyOrder(
                EventsInAnyOrder.notified("any"), new Shipped("o-1", null, null, null)))
                .hasMessageStartingWith("Expected events in any order, but 1 was not expected (of 2 expected, 3 actual):");
    }

    /** Names the events of the any-order test. */
    private static final class EventsInAnyOrder {
        static Notified notified(String channel) {
            return new Notified("o-1", channel);
        }
    }

    @Test
    void ignoresNestedFieldsByPathAndThroughArrays() {
        shipping.ignoringFields("to.geo.lat", "lines.addedAt", "at")
                .givenNothing()
                .when(new Ship("o-1"))
                .thenEvents(
                        new Shipped("o-1", new Address("Lyon", new Geo(0, 4.83)),
                                List.of(new Line("sku-1", 2, Instant.EPOCH), new Line("sku-2", 1, Instant.EPOCH)),
                                Instant.EPOCH),
                        new Notified("o-1", "mail"), new Notified("o-1", "sms"));
    }

    @Test
    void showsNestedIgnoredFieldsAsIgnoredAndComparesTheRest() {
        Outcome<Object, Object, String> outcome =
                shipping.ignoringFields("to.geo.lat", "lines.addedAt", "at").givenNothing().when(new Ship("o-1"));

        assertThatThrownBy(() -> outcome.thenEvents(
                new Shipped("o-1", new Address("Lyon", new Geo(0, 4.83)),
                        List.of(new Line("sku-1", 3, NOW), new Line("sku-2", 1, NOW)), NOW),
                new Notified("o-1", "mail"), new Notified("o-1", "sms")))
                .hasMessageContaining("""
                          > 1. Shipped{orderId="o-1", to={city="Lyon", geo={lat=(ignored), lon=4.83}}, \
                        lines=[{sku="sku-1", quantity=3, addedAt=(ignored)}, {sku="sku-2", quantity=1, \
                        addedAt=(ignored)}], at=(ignored)}""")
                .hasMessageContaining("field lines: expected [{sku=\"sku-1\", quantity=3}, {sku=\"sku-2\", "
                        + "quantity=1}] but was [{sku=\"sku-1\", quantity=2}, {sku=\"sku-2\", quantity=1}]");
    }

    @Test
    void ignoresEveryFieldOfATypeAtAnyDepth() {
        shipping.ignoringFieldsOfType(Instant.class)
                .givenNothing()
                .when(new Ship("o-1"))
                .thenEvents(
                        new Shipped("o-1", new Address("Lyon", new Geo(45.76, 4.83)),
                                List.of(new Line("sku-1", 2, null), new Line("sku-2", 1, null)), null),
                        new Notified("o-1", "mail"), new Notified("o-1", "sms"));
        assertThatThrownBy(() -> shipping.ignoringFieldsOfType(Instant.class).givenNothing().when(new Ship("o-1"))
                .thenEvents(new Notified("o-1", "mail")))
                .hasMessageContaining("lines=[{sku=\"sku-1\", quantity=2, addedAt=(ignored)}, {sku=\"sku-2\", "
                        + "quantity=1, addedAt=(ignored)}], at=(ignored)}");
    }

    @Test
    void refusesAPathWithAnEmptyStep() {
        assertThatThrownBy(() -> shipping.ignoringFields("to..city"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the path \"to..city\" to ignore on java.lang.Object has an empty step: "
                        + "name nested fields as a.b.c");
    }
}
