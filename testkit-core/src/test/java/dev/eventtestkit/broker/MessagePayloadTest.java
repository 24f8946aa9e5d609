package dev.eventtestkit.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.EventCodecException;
import dev.eventtestkit.event.EventType;
import dev.eventtestkit.event.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a handler receives: an immutable record, read as the class it is or refused. */
class MessagePayloadTest {

    @EventType(name = "PaymentProcessed")
    record PaymentProcessed(String orderId, String paymentId) {}

    /** A consumer's own class for OrderPlaced, under another name. */
    @EventType(name = "OrderPlaced")
    record PlacedView(String orderId) {}

    enum Currency { EUR, USD, GBP, JPY, CHF }

    record Prices(Map<Currency, Long> byCurrency, Map<String, Integer> byName) {}

    private final FakeBroker broker = FakeBroker.create();

    @Test
    void everyGroupSeesThePayloadAsPublishedWhateverAHandlerDoesWithIt() {
        List<Json> seen = new ArrayList<>();
        broker.subscribe("orders", "billing", m -> seen.add(m.payload().with("orderId", "changed")));
        broker.subscribe("orders", "shipping", m -> seen.add(m.payload()));

        Message published = broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));
        broker.runUntilIdle();

        assertThat(seen).extracting(Json::toString)
                .containsExactly("{\"orderId\":\"changed\",\"amount\":100}", "{\"orderId\":\"o-1\",\"amount\":100}");
        assertThat(published.payload()).hasToString("{\"orderId\":\"o-1\",\"amount\":100}");
        assertThat(broker.messages("orders").get(0).payload()).isSameAs(published.payload());
    }

    @Test
    void readsThePayloadAsItsOwnClassOrAnotherClassNamingTheSameType() {
        Message message = broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));

        assertThat(message.payloadAs(OrderPlaced.class)).isEqualTo(new OrderPlaced("o-1", 100));
        assertThat(message.payloadAs(PlacedView.class)).isEqualTo(new PlacedView("o-1"));
        assertThat(message.payloadAs(Map.class)).isEqualTo(Map.of("orderId", "o-1", "amount", 100L));
        assertThat(message.payloadAs(Object.class)).isInstanceOf(Map.class);
    }

    @Test
    void refusesToReadThePayloadAsTheClassOfAnotherEventType() {
        Message message = broker.publish("orders", "o-1", new OrderPlaced("o-1", 100));

        assertThatThrownBy(() -> message.payloadAs(PaymentProcessed.class))
                .isInstanceOf(EventCodecException.class)
                .hasMessage("cannot read message OrderPlaced v2 at orders[0]@0 as " + PaymentProcessed.class.getName()
                        + ": that class is event type PaymentProcessed, not OrderPlaced (read it as the class of "
                        + "OrderPlaced, or annotate the class with @EventType(name = \"OrderPlaced\") if it is meant to "
                        + "read OrderPlaced)");
    }

    @Test
    void namesTheMessageWhenThePayloadDoesNotFitTheClass() {
        Message message = new Message("m-1", "orders", 0, 7, "o-1", "OrderPlaced", 1, Instant.EPOCH, Map.of(),
                Json.parse("{\"orderId\": [1], \"amount\": 5}"), 1, EventCodec.jackson());

        assertThatThrownBy(() -> message.payloadAs(OrderPlaced.class))
                .isInstanceOf(EventCodecException.class)
                .hasMessageStartingWith("cannot read message OrderPlaced v1 at orders[0]@7 as " + OrderPlaced.class.getName()
                        + ": cannot read " + OrderPlaced.class.getName() + " from {\"orderId\":[1],\"amount\":5}: ");
    }

    @Test
    void aRecordWithoutAnEventTypeCanBeReadAsAnyClass() {
        Message message = new Message("m-1", "orders", 0, 0, null, Message.UNKNOWN_TYPE, 1, Instant.EPOCH, Map.of(),
                Json.parse("{\"orderId\": \"o-1\", \"paymentId\": \"p-1\"}"), 1, EventCodec.jackson());

        assertThat(message.payloadAs(PaymentProcessed.class)).isEqualTo(new PaymentProcessed("o-1", "p-1"));
    }

    @Test
    void theDefaultCodecSortsMapKeysSoPayloadsAreTheSameInEveryJvm() {
        Map<Currency, Long> byCurrency = new HashMap<>();
        for (Currency currency : new Currency[] {Currency.JPY, Currency.USD, Currency.CHF, Currency.EUR, Currency.GBP}) {
            byCurrency.put(currency, (long) currency.ordinal());
        }
        Map<String, Integer> byName = new HashMap<>(Map.of("zeta", 1, "alpha", 2, "Mid", 3));

        Message message = broker.publish("prices", null, new Prices(byCurrency, byName));

        assertThat(message.payload()).hasToString("{\"byCurrency\":{\"EUR\":0,\"USD\":1,\"GBP\":2,\"JPY\":3,\"CHF\":4},"
                + "\"byName\":{\"Mid\":3,\"alpha\":2,\"zeta\":1}}");
        assertThat(message.toString()).contains("{\"byCurrency\":{\"EUR\":0,\"USD\":1,\"GBP\":2,\"JPY\":3,\"CHF\":4}");
        assertThat(EventCodec.jackson().toJson(new EnumMap<>(byCurrency))).isEqualTo(message.payload().get("byCurrency"));
    }
}
