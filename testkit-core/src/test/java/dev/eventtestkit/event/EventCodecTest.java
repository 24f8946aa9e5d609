package dev.eventtestkit.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EventCodecTest {

    @EventType(name = "OrderCreated", version = 2)
    record OrderCreatedV2(String orderId, long amount, Instant at) {}

    record OrderShipped(String orderId) {}

    @EventType(version = 3)
    record Renamed(String id) {}

    @EventType(version = 0)
    record BadVersion(String id) {}

    private final EventCodec codec = EventCodec.jackson();

    @Test
    void describesAnnotatedClassesByTheirAnnotation() {
        assertThat(codec.describe(OrderCreatedV2.class)).isEqualTo(new EventDescriptor("OrderCreated", 2));
    }

    @Test
    void describesPlainClassesBySimpleNameVersionOne() {
        assertThat(codec.describe(OrderShipped.class)).isEqualTo(new EventDescriptor("OrderShipped", 1));
        assertThat(codec.describe(Renamed.class)).isEqualTo(new EventDescriptor("Renamed", 3));
    }

    @Test
    void rejectsAVersionBelowOneNamingTheClass() {
        assertThatThrownBy(() -> EventDescriptor.of(BadVersion.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("@EventType on " + BadVersion.class.getName() + ": version must be 1 or more, was 0");
    }

    @Test
    void roundTripsRecordsThroughJson() {
        OrderCreatedV2 event = new OrderCreatedV2("o-1", 100, Instant.parse("2026-01-01T00:00:00Z"));

        Json json = codec.toJson(event);

        assertThat(json.toString()).isEqualTo("{\"orderId\":\"o-1\",\"amount\":100,\"at\":\"2026-01-01T00:00:00Z\"}");
        assertThat(codec.fromJson(json, OrderCreatedV2.class)).isEqualTo(event);
    }

    @Test
    void explainsJsonThatDoesNotFitTheClass() {
        Json json = Json.parse("{\"orderId\": [1, 2]}");

        assertThatThrownBy(() -> codec.fromJson(json, OrderShipped.class))
                .isInstanceOf(EventCodecException.class)
                .hasMessageStartingWith("cannot read " + OrderShipped.class.getName() + " from {\"orderId\":[1,2]}: ");
    }

    @Test
    void aCustomMapperIsUsed() {
        EventCodec custom = Jackson3Codec.of(JsonMapper.builder()
                .propertyNamingStrategy(tools.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
                .build());

        assertThat(custom.toJson(new OrderShipped("o-1")).toString()).isEqualTo("{\"order_id\":\"o-1\"}");
    }
}
