package dev.eventtestkit.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The application's own mapper decides the JSON: Jackson 2, Jackson 3, or any library that writes text. */
class UserMapperCodecsTest {

    @EventType(name = "PriceSet", version = 1)
    record PriceSet(String productId, BigDecimal price, @JsonProperty("vat_rate") BigDecimal vatRate) {}

    private final PriceSet event = new PriceSet("p-1", new BigDecimal("10.50"), new BigDecimal("0.200"));

    @Test
    void aJackson2MapperWritesExactlyItsJson() {
        ObjectMapper mapper = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE);
        EventCodec codec = Jackson2Codec.of(mapper);

        Json json = codec.toJson(event);

        assertThat(json).hasToString("{\"ProductId\":\"p-1\",\"Price\":10.50,\"vat_rate\":0.200}");
        assertThat(codec.fromJson(json, PriceSet.class)).isEqualTo(event);
        assertThat(codec.describe(PriceSet.class)).isEqualTo(new EventDescriptor("PriceSet", 1));
    }

    @Test
    void aJackson3MapperWritesExactlyItsJson() {
        JsonMapper mapper = JsonMapper.builder()
                .propertyNamingStrategy(tools.jackson.databind.PropertyNamingStrategies.KEBAB_CASE).build();
        EventCodec codec = Jackson3Codec.of(mapper);

        Json json = codec.toJson(event);

        assertThat(json).hasToString("{\"product-id\":\"p-1\",\"price\":10.50,\"vat_rate\":0.200}");
        assertThat(codec.fromJson(json, PriceSet.class)).isEqualTo(event);
    }

    @Test
    void aUserMapperKeepsMapKeysInItsOwnOrder() {
        Map<String, Integer> unsorted = new LinkedHashMap<>();
        unsorted.put("b", 1);
        unsorted.put("a", 2);

        assertThat(Jackson2Codec.of(new ObjectMapper()).toJson(unsorted)).hasToString("{\"b\":1,\"a\":2}");
        assertThat(Jackson3Codec.of(JsonMapper.builder().build()).toJson(unsorted)).hasToString("{\"b\":1,\"a\":2}");
        assertThat(EventCodec.jackson().toJson(unsorted)).hasToString("{\"a\":2,\"b\":1}");
    }

    @Test
    void namesTheClassAndTheMapperWhenJsonDoesNotFit() {
        EventCodec codec = Jackson2Codec.of(new ObjectMapper());

        assertThatThrownBy(() -> codec.fromJson(Json.parse("{\"productId\": [1]}"), PriceSet.class))
                .isInstanceOf(EventCodecException.class)
                .hasMessageStartingWith("cannot read " + PriceSet.class.getName() + " from {\"productId\":[1]} with the "
                        + "Jackson 2 ObjectMapper: Cannot deserialize value of type `java.lang.String` from Array value");
        assertThatThrownBy(() -> Jackson3Codec.of(JsonMapper.builder().build())
                        .fromJson(Json.parse("{\"price\": \"x\"}"), PriceSet.class))
                .isInstanceOf(EventCodecException.class)
                .hasMessageStartingWith("cannot read " + PriceSet.class.getName() + " from {\"price\":\"x\"} with the "
                        + "Jackson 3 JsonMapper: Cannot deserialize value of type `java.math.BigDecimal` from String \"x\"");
    }

    @Test
    void namesTheClassWhenTheMapperCannotWriteIt() {
        Object unwritable = new Object() {
            @SuppressWarnings("unused")
            public String getValue() {
                throw new IllegalStateException("boom");
            }
        };

        assertThatThrownBy(() -> Jackson2Codec.of(new ObjectMapper()).toJson(unwritable))
                .isInstanceOf(EventCodecException.class)
                .hasMessageStartingWith("cannot serialize " + unwritable.getClass().getName()
                        + " to JSON with the Jackson 2 ObjectMapper: boom");
    }

    @Test
    void refusesAMapperOfAnotherFormat() {
        ObjectMapper notJson = new ObjectMapper(new JsonFactory() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getFormatName() {
                return "Smile";
            }
        });

        assertThatThrownBy(() -> Jackson2Codec.of(notJson))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Jackson2Codec.of(com.fasterxml.jackson.databind.ObjectMapper): the mapper writes Smile; "
                        + "expected a mapper that writes JSON");
    }

    @Test
    void anyLibraryThatWritesTextPlugsIn() {
        EventCodec codec = EventCodec.ofText(e -> "{\"id\":\"" + ((PriceSet) e).productId() + "\"}",
                (text, type) -> new PriceSet(Json.parse(text).get("id").asText(), BigDecimal.ONE, BigDecimal.ZERO));

        assertThat(codec.toJson(event)).hasToString("{\"id\":\"p-1\"}");
        assertThat(codec.fromJson(Json.parse("{\"id\":\"p-2\"}"), PriceSet.class).productId()).isEqualTo("p-2");
    }

    @Test
    void aLibraryThatWritesSomethingElseThanJsonIsNamed() {
        EventCodec codec = EventCodec.ofText(e -> "<xml/>", (text, type) -> null);

        assertThatThrownBy(() -> codec.toJson(event))
                .isInstanceOf(EventCodecException.class)
                .hasMessage("cannot serialize " + PriceSet.class.getName() + " to JSON with the JSON library: it wrote "
                        + "text that is not valid JSON: line 1, column 1: Unexpected character ('<' (code 60)): expected "
                        + "a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
        assertThatThrownBy(() -> codec.fromJson(Json.parse("{}"), PriceSet.class))
                .hasMessage("cannot read " + PriceSet.class.getName() + " from {} with the JSON library: it read null");
        assertThatThrownBy(() -> EventCodec.ofText(e -> "{}", (text, type) -> "text").fromJson(Json.parse("{}"), PriceSet.class))
                .hasMessage("cannot read " + PriceSet.class.getName() + " from {} with the JSON library: it read a "
                        + "java.lang.String");
    }
}
