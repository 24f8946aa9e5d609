package dev.eventtestkit.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Message;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.contract.Upcaster;
import dev.eventtestkit.event.EventType;
import dev.eventtestkit.event.Jackson2Codec;
import dev.eventtestkit.event.Json;
import dev.eventtestkit.event.JsonParseException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The code blocks of docs/json.md. */
class JsonDocExamplesTest {

    record Line(String sku, long amount) {}

    record Address(String city) {}

    record Customer(String name, Address address) {}

    @EventType(name = "OrderPlaced")
    record OrderPlaced(String orderId, List<Line> lines, Customer customer) {}

    private final Path schemas = RepositoryRoot.schemas();

    @Test
    void readsAPayload() {
        FakeBroker broker = FakeBroker.create();
        Message message = broker.publish("orders", "o-1",
                new OrderPlaced("o-1", List.of(new Line("p-1", 1250)), new Customer("Ada", new Address("Lyon"))));

        Json payload = message.payload();
        String orderId = payload.get("orderId").asText();            // "o-1"
        long amount = payload.at("/lines/0/amount").asLong();        // a JSON pointer (RFC 6901)
        Json city = payload.path("customer", "address", "city");    // missing when any step is absent
        boolean known = payload.has("currency");

        assertThat(orderId).isEqualTo("o-1");
        assertThat(amount).isEqualTo(1250);
        assertThat(city.asText()).isEqualTo("Lyon");
        assertThat(known).isFalse();
        assertThat(payload.path("customer", "phone", "number").isMissing()).isTrue();
        assertThatThrownBy(() -> payload.get("lines").get(0).get("sku").asInt())
                .hasMessage("/lines/0/sku: expected an integer within int's range, was the string \"p-1\"");
    }

    @Test
    void readsAndMakesJson() {
        Json parsed = Json.parse("{\"orderId\": \"o-1\", \"amount\": 1250}");
        Json built = Json.emptyObject().with("orderId", "o-1").with("amount", 1250);
        Json report = Json.valueOf(Map.of("subject", "OrderCreated", "versions", List.of(1, 2)));

        assertThat(parsed).isEqualTo(built);
        assertThat(report.get("versions")).hasToString("[1,2]");
        assertThatThrownBy(() -> Json.parse("{\n  \"orderId\": \"o-1\",\n}"))
                .isInstanceOf(JsonParseException.class)
                .hasMessage("not valid JSON: line 3, column 1: Unexpected character ('}' (code 125)): was expecting "
                        + "double-quote to start property name");
    }

    @Test
    void upcastsWithModifiedCopies() {
        EventContracts contracts = EventContracts.load(schemas)
                .withUpcaster("OrderCreated", 1, json -> json.with("currency", "EUR"));
        Upcaster renameAmount = json -> json.renamed("amount", "totalCents").without("legacyFlag");

        assertThat(contracts.upcast("OrderCreated", 1, Json.parse("{\"orderId\":\"o-1\",\"amount\":1250}")))
                .hasToString("{\"orderId\":\"o-1\",\"amount\":1250,\"currency\":\"EUR\"}");
        assertThat(renameAmount.upcast(json)).hasToString(
                "{\"orderId\":\"o-1\",\"totalCents\":1250,\"customer\":{\"name\":\"Ada\",\"fax\":\"none\"}}");
        assertThat(withoutFax(json).get("customer")).hasToString("{\"name\":\"Ada\"}");
        assertThat(json.get("customer").has("fax")).isTrue();
    }

    private static final Json json = Json.parse("{\"orderId\":\"o-1\",\"amount\":1250,\"legacyFlag\":true,"
            + "\"customer\":{\"name\":\"Ada\",\"fax\":\"none\"}}");

    private static Json withoutFax(Json json) {
        Json nested = json.with("customer", json.get("customer").without("fax"));   // a change one level down
        return nested;
    }

    @Test
    void usesTheApplicationsMapper() {
        ObjectMapper objectMapper = new ObjectMapper()
                .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE);

        FakeBroker broker = FakeBroker.builder().codec(Jackson2Codec.of(objectMapper)).build();

        Message message = broker.publish("orders", "o-1",
                new OrderPlaced("o-1", List.of(), new Customer("Ada", new Address("Lyon"))));
        assertThat(message.payload()).hasToString(
                "{\"order_id\":\"o-1\",\"lines\":[],\"customer\":{\"name\":\"Ada\",\"address\":{\"city\":\"Lyon\"}}}");
        assertThat(message.payloadAs(OrderPlaced.class).orderId()).isEqualTo("o-1");
    }
}
