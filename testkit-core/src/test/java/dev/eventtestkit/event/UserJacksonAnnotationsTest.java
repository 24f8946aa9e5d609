package dev.eventtestkit.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The application's own {@code com.fasterxml.jackson.annotation} annotations on its events are honoured by the
 * default codec, although the kit's Jackson is relocated under another package name; databind annotations, which
 * name classes of the application's Jackson, are refused in one line saying which codec to use instead.
 */
class UserJacksonAnnotationsTest {

    private final EventCodec codec = EventCodec.jackson();

    record Renamed(@JsonProperty("order_id") String orderId, @JsonIgnore String secret, @JsonAlias("sum") int total) {}

    @Test
    void renamesIgnoresAndAliasesProperties() {
        Json json = codec.toJson(new Renamed("o-1", "hidden", 3));

        assertThat(json).hasToString("{\"order_id\":\"o-1\",\"total\":3}");
        assertThat(codec.fromJson(Json.parse("{\"order_id\":\"o-1\",\"sum\":4}"), Renamed.class))
                .isEqualTo(new Renamed("o-1", null, 4));
    }

    /** A class, not a record: the creator and its parameter names come only from the annotations. */
    static final class Shipped {
        private final String parcel;
        private final Instant at;

        @JsonCreator
        Shipped(@JsonProperty("parcel") String parcel, @JsonProperty("at") Instant at) {
            this.parcel = parcel;
            this.at = at;
        }

        @JsonProperty("parcel")
        String parcel() {
            return parcel;
        }

        @JsonProperty("at")
        @JsonFormat(shape = JsonFormat.Shape.NUMBER)
        Instant at() {
            return at;
        }
    }

    @Test
    void readsThroughAnAnnotatedCreatorAndFormatsAsTold() {
        Json json = codec.toJson(new Shipped("p-9", Instant.ofEpochSecond(10)));

        assertThat(json).hasToString("{\"parcel\":\"p-9\",\"at\":10.000000000}");
        Shipped back = codec.fromJson(json, Shipped.class);
        assertThat(back.parcel()).isEqualTo("p-9");
        assertThat(back.at()).isEqualTo(Instant.ofEpochSecond(10));
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({@JsonSubTypes.Type(value = Card.class, name = "card"), @JsonSubTypes.Type(value = Cash.class, name = "cash")})
    sealed interface Payment permits Card, Cash {}

    record Card(String last4) implements Payment {}

    record Cash(BigDecimal amount) implements Payment {}

    record Paid(String orderId, Payment payment) {}

    @Test
    void writesAndReadsPolymorphicTypesByTheirNames() {
        Json json = codec.toJson(new Paid("o-1", new Card("4242")));

        assertThat(json).hasToString("{\"orderId\":\"o-1\",\"payment\":{\"kind\":\"card\",\"last4\":\"4242\"}}");
        assertThat(codec.fromJson(Json.parse("{\"orderId\":\"o-2\",\"payment\":{\"kind\":\"cash\",\"amount\":5}}"), Paid.class))
                .isEqualTo(new Paid("o-2", new Cash(new BigDecimal("5"))));
    }

    enum Status {
        @JsonProperty("open") OPEN,
        @JsonProperty("closed") @JsonAlias("done") CLOSED
    }

    record StatusChanged(Status status) {}

    @Test
    void namesEnumConstantsAsAnnotated() {
        assertThat(codec.toJson(new StatusChanged(Status.CLOSED))).hasToString("{\"status\":\"closed\"}");
        assertThat(codec.fromJson(Json.parse("{\"status\":\"open\"}"), StatusChanged.class))
                .isEqualTo(new StatusChanged(Status.OPEN));
        assertThat(codec.fromJson(Json.parse("{\"status\":\"done\"}"), StatusChanged.class))
                .isEqualTo(new StatusChanged(Status.CLOSED));
    }

    record Sku(@JsonValue String code) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"sku", "note"})
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ItemAdded(Sku sku, String note) {}

    @Test
    void appliesClassLevelAnnotations() {
        assertThat(codec.toJson(new ItemAdded(new Sku("A-1"), null))).hasToString("{\"sku\":\"A-1\"}");
        assertThat(codec.fromJson(Json.parse("{\"sku\":\"A-1\",\"note\":\"n\",\"extra\":1}"), ItemAdded.class))
                .isEqualTo(new ItemAdded(new Sku("A-1"), "n"));
    }

    record Address(String city, String zip) {}

    record Moved(String customer, @JsonUnwrapped(prefix = "new_") Address to,
            @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "dd.MM.yyyy") LocalDate on) {}

    @Test
    void unwrapsAndFormatsWithTheAnnotationsMembers() {
        Moved moved = new Moved("c-1", new Address("Lyon", "69001"), LocalDate.of(2026, 3, 1));

        Json json = codec.toJson(moved);

        assertThat(json).hasToString("{\"customer\":\"c-1\",\"new_city\":\"Lyon\",\"new_zip\":\"69001\",\"on\":\"01.03.2026\"}");
        assertThat(codec.fromJson(json, Moved.class)).isEqualTo(moved);
    }

    /** Jackson's marker classes in members ({@code generator}) are the application's; the kit maps them to its own. */
    @JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = "id")
    record Warehouse(String id, String name) {}

    record Stocked(Warehouse from, Warehouse to) {}

    @Test
    void writesAnObjectOnceAndThenItsIdentity() {
        Warehouse main = new Warehouse("w-1", "Main");

        assertThat(codec.toJson(new Stocked(main, main))).hasToString("{\"from\":{\"id\":\"w-1\",\"name\":\"Main\"},\"to\":\"w-1\"}");
    }

    /** The application's own composed annotation. */
    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonProperty("customer_ref")
    @interface CustomerRef {}

    record Registered(@CustomerRef String customer) {}

    @Test
    void followsTheApplicationsComposedAnnotations() {
        assertThat(codec.toJson(new Registered("c-1"))).hasToString("{\"customer_ref\":\"c-1\"}");
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SnakeCased(String orderId) {}

    @Test
    void refusesADatabindAnnotationNamingTheCodecToUse() {
        assertThatThrownBy(() -> codec.toJson(new SnakeCased("o-1")))
                .isInstanceOf(EventCodecException.class)
                .hasMessage("cannot serialize " + SnakeCased.class.getName() + " to JSON: "
                        + "@com.fasterxml.jackson.databind.annotation.JsonNaming on " + SnakeCased.class.getName()
                        + " names classes of your Jackson, which the kit's own Jackson cannot run; give the kit the"
                        + " mapper production uses: Jackson2Codec.of(objectMapper) (on Spring, @EventTestkitKafka does;"
                        + " docs/json.md)");
        assertThatThrownBy(() -> codec.fromJson(Json.parse("{\"order_id\":\"o-1\"}"), SnakeCased.class))
                .isInstanceOf(EventCodecException.class)
                .hasMessageEndingWith(": @com.fasterxml.jackson.databind.annotation.JsonNaming on "
                        + SnakeCased.class.getName() + " names classes of your Jackson, which the kit's own Jackson"
                        + " cannot run; give the kit the mapper production uses: Jackson2Codec.of(objectMapper)"
                        + " (on Spring, @EventTestkitKafka does; docs/json.md)");
    }

    @Test
    void theApplicationsMapperAppliesItsDatabindAnnotations() {
        EventCodec own = Jackson2Codec.of(new com.fasterxml.jackson.databind.ObjectMapper());

        assertThat(own.toJson(new SnakeCased("o-1"))).hasToString("{\"order_id\":\"o-1\"}");
    }
}
