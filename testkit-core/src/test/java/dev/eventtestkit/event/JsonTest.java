package dev.eventtestkit.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class JsonTest {

    private final Json order = Json.parse("""
            {"orderId": "o-1", "amount": 1250, "paid": true, "note": null,
             "lines": [{"sku": "p-1", "qty": 2}, {"sku": "p/2", "qty": 1.0}],
             "a/b": {"~x": 7}}""");

    @Test
    void navigatesByNameIndexPathAndPointer() {
        assertThat(order.get("orderId").asText()).isEqualTo("o-1");
        assertThat(order.get("lines").get(1).get("sku").asText()).isEqualTo("p/2");
        assertThat(order.path("lines").get(0).path("qty").asInt()).isEqualTo(2);
        assertThat(order.at("/lines/0/sku").asText()).isEqualTo("p-1");
        assertThat(order.at("/a~1b/~0x").asLong()).isEqualTo(7);
        assertThat(order.at("")).isSameAs(order);
        assertThat(order.has("note")).isTrue();
        assertThat(order.get("note").isNull()).isTrue();
    }

    @Test
    void givesAMissingValueRatherThanNull() {
        assertThat(order.get("nope").isMissing()).isTrue();
        assertThat(order.get("nope").get("deeper").get(3).isMissing()).isTrue();
        assertThat(order.get(0).isMissing()).isTrue();
        assertThat(order.get("lines").get(2).isMissing()).isTrue();
        assertThat(order.get("lines").get(-1).isMissing()).isTrue();
        assertThat(order.at("/lines/01").isMissing()).isTrue();
        assertThat(order.path("a/b", "~x", "y").isMissing()).isTrue();
        assertThat(order.get("nope").type()).isEqualTo(Json.Type.MISSING);
        assertThat(order.get("nope")).hasToString("(missing)");
        assertThat(order.has("nope")).isFalse();
    }

    @Test
    void rejectsAPointerWithoutItsLeadingSlash() {
        assertThatThrownBy(() -> order.at("lines/0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a JSON pointer: \"lines/0\"; expected \"\" or a pointer starting with /");
    }

    @Test
    void tellsTheKindOfEachValue() {
        assertThat(order.type()).isEqualTo(Json.Type.OBJECT);
        assertThat(order.get("lines").type()).isEqualTo(Json.Type.ARRAY);
        assertThat(order.get("orderId").type()).isEqualTo(Json.Type.STRING);
        assertThat(order.get("amount").type()).isEqualTo(Json.Type.NUMBER);
        assertThat(order.get("paid").type()).isEqualTo(Json.Type.BOOLEAN);
        assertThat(order.get("note").type()).isEqualTo(Json.Type.NULL);
        assertThat(order.isObject()).isTrue();
        assertThat(order.get("lines").isArray()).isTrue();
        assertThat(order.get("orderId").isString()).isTrue();
        assertThat(order.get("amount").isNumber()).isTrue();
        assertThat(order.get("amount").isIntegral()).isTrue();
        assertThat(order.at("/lines/1/qty").isIntegral()).isTrue();
        assertThat(Json.of(1.5).isIntegral()).isFalse();
        assertThat(order.get("paid").isBoolean()).isTrue();
    }

    @Test
    void readsValuesOfTheirOwnKind() {
        assertThat(order.get("amount").asInt()).isEqualTo(1250);
        assertThat(order.get("amount").asLong()).isEqualTo(1250L);
        assertThat(order.get("amount").asDouble()).isEqualTo(1250.0);
        assertThat(order.get("amount").decimalValue()).isEqualByComparingTo("1250");
        assertThat(order.at("/lines/1/qty").asInt()).isEqualTo(1);
        assertThat(order.get("paid").asBoolean()).isTrue();
        assertThat(order.get("amount").asText()).isEqualTo("1250");
        assertThat(order.get("paid").asText()).isEqualTo("true");
        assertThat(order.get("note").asText()).isEqualTo("null");
        assertThat(Json.parse("1.10").decimalValue()).isEqualTo(new BigDecimal("1.10"));
        assertThat(Json.parse("12345678901234567890123").decimalValue()).isEqualTo(new BigDecimal("12345678901234567890123"));
        assertThat(Json.of(0.1).decimalValue()).isEqualTo(new BigDecimal("0.1"));
    }

    @Test
    void refusesToGuessAValueOfAnotherKind() {
        assertThatThrownBy(() -> order.get("orderId").asInt())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("/orderId: expected an integer within int's range, was the string \"o-1\"");
        assertThatThrownBy(() -> order.get("total").asLong())
                .hasMessage("/total: expected an integer within long's range, was missing");
        assertThatThrownBy(() -> Json.parse("{\"big\": 3000000000}").get("big").asInt())
                .hasMessage("/big: expected an integer within int's range, was the number 3000000000");
        assertThatThrownBy(() -> Json.parse("[1.5]").get(0).asLong())
                .hasMessage("/0: expected an integer within long's range, was the number 1.5");
        assertThatThrownBy(() -> order.get("lines").asText())
                .hasMessage("/lines: expected a string, number, boolean or null, was an array "
                        + "[{\"sku\":\"p-1\",\"qty\":2},{\"sku\":\"p/2\",\"qty\":1.0}]");
        assertThatThrownBy(() -> Json.of("true").asBoolean())
                .hasMessage("the JSON value: expected a boolean, was the string \"true\"");
        assertThatThrownBy(() -> order.get("paid").asDouble())
                .hasMessage("/paid: expected a number, was true");
        assertThatThrownBy(() -> order.get("note").decimalValue())
                .hasMessage("/note: expected a number, was null");
    }

    @Test
    void abbreviatesALongValueInAnError() {
        Json long_ = Json.of("x".repeat(200));

        assertThatThrownBy(long_::asInt)
                .hasMessage("the JSON value: expected an integer within int's range, was the string \"" + "x".repeat(76)
                        + "...");
    }

    @Test
    void listsPropertiesAndElementsInOrder() {
        assertThat(order.propertyNames()).containsExactly("orderId", "amount", "paid", "note", "lines", "a/b");
        assertThat(order.properties().keySet()).containsExactly("orderId", "amount", "paid", "note", "lines", "a/b");
        assertThat(order.properties().get("amount")).isEqualTo(Json.of(1250));
        assertThat(order.size()).isEqualTo(6);
        assertThat(order.get("lines").size()).isEqualTo(2);
        assertThat(order.get("lines").elements()).extracting(line -> line.get("sku").asText()).containsExactly("p-1", "p/2");
        assertThat(order.get("orderId").size()).isZero();
        assertThat(order.get("orderId").propertyNames()).isEmpty();
        assertThat(order.get("orderId").elements()).isEmpty();
        assertThatThrownBy(() -> order.properties().put("x", Json.nullValue()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> order.get("lines").elements().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> order.propertyNames().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void errorsOfAValueFoundThroughElementsAndPropertiesNameWhereItWas() {
        Json line = order.get("lines").elements().get(1);

        assertThatThrownBy(() -> line.get("sku").asInt())
                .hasMessage("/lines/1/sku: expected an integer within int's range, was the string \"p/2\"");
        assertThat(order.properties().get("a/b").get("~x").asText()).isEqualTo("7");
        assertThatThrownBy(() -> order.properties().get("a/b").asInt())
                .hasMessage("/a~1b: expected an integer within int's range, was an object {\"~x\":7}");
    }

    @Test
    void comparesAsJsonDoesPropertiesInAnyOrderAndNumbersByValue() {
        assertThat(Json.parse("{\"a\": 1, \"b\": [1, 2.50]}")).isEqualTo(Json.parse("{\"b\": [1.0, 2.5], \"a\": 1.00}"))
                .hasSameHashCodeAs(Json.parse("{\"b\": [1.0, 2.5], \"a\": 1.00}"));
        assertThat(Json.of(1)).isEqualTo(Json.of(1.0)).isEqualTo(Json.of(BigDecimal.ONE)).isEqualTo(Json.of(BigInteger.ONE))
                .hasSameHashCodeAs(Json.of(1.0));
        assertThat(Json.of(0.1)).isEqualTo(Json.parse("0.1")).hasSameHashCodeAs(Json.parse("0.10"));
        assertThat(Json.parse("[1, 2]")).isNotEqualTo(Json.parse("[2, 1]"));
        assertThat(Json.parse("{\"a\": 1}")).isNotEqualTo(Json.parse("{\"a\": 1, \"b\": 2}"));
        assertThat(Json.of("1")).isNotEqualTo(Json.of(1));
        assertThat(Json.nullValue()).isNotEqualTo(order.get("nope")).isEqualTo(Json.parse("null"));
        assertThat(Json.of(true)).isNotEqualTo(Json.of(false));
        assertThat(order.get("nope")).isEqualTo(order.get("other"));
    }

    @Test
    void writesCompactPrettyAndUtf8Text() {
        Json value = Json.parse("{ \"name\" : \"Zoë\", \"n\" : [ 1, 2.50 ] }");

        assertThat(value).hasToString("{\"name\":\"Zoë\",\"n\":[1,2.50]}");
        assertThat(value.toPrettyString()).isEqualTo("{\n  \"name\" : \"Zoë\",\n  \"n\" : [ 1, 2.50 ]\n}");
        assertThat(new String(value.toBytes(), StandardCharsets.UTF_8)).isEqualTo(value.toString());
        assertThat(Json.parse(value.toBytes())).isEqualTo(value);
        assertThatThrownBy(() -> value.get("x").toBytes())
                .hasMessage("/x: expected a JSON value, was missing");
    }

    @Test
    void namesTheLineAndColumnOfTextThatIsNotJson() {
        assertThatThrownBy(() -> Json.parse("{\n  \"orderId\": \"o-1\",\n}"))
                .isInstanceOf(JsonParseException.class)
                .hasMessage("not valid JSON: line 3, column 1: Unexpected character ('}' (code 125)): was expecting "
                        + "double-quote to start property name")
                .satisfies(e -> {
                    JsonParseException failure = (JsonParseException) e;
                    assertThat(failure.line()).isEqualTo(3);
                    assertThat(failure.column()).isEqualTo(1);
                });
        assertThatThrownBy(() -> Json.parse("{\"a\": 1, \"a\": 2}"))
                .hasMessage("not valid JSON: line 1, column 13: Duplicate Object property \"a\"");
        assertThatThrownBy(() -> Json.parse("{} {}"))
                .hasMessageStartingWith("not valid JSON: line 1, column 4: Trailing token (`JsonToken.START_OBJECT`)");
        assertThatThrownBy(() -> Json.parse("  "))
                .isInstanceOf(JsonParseException.class)
                .hasMessage("not valid JSON: no content; expected a JSON value");
        assertThatThrownBy(() -> Json.parse(new byte[0]))
                .hasMessage("not valid JSON: no content; expected a JSON value");
    }

    @Test
    void refusesJsonNestedDeeperThanTheLimit() {
        String deep = "[".repeat(501) + "]".repeat(501);

        assertThatThrownBy(() -> Json.parse(deep))
                .isInstanceOf(JsonParseException.class)
                .hasMessage("not valid JSON: Document nesting depth (501) exceeds the maximum allowed (500)");
        assertThat(Json.parse("[".repeat(500) + "]".repeat(500)).isArray()).isTrue();
    }

    @Test
    void modifiedCopiesLeaveTheOriginalUnchanged() {
        String before = order.toString();

        Json changed = order.with("currency", "EUR").with("amount", 99).without("note", "absent")
                .renamed("paid", "settled").with("rate", 0.5).with("gift", false)
                .with("lines", order.get("lines").withElement(0, Json.parse("{\"sku\":\"p-9\"}"))
                        .appended(Json.of("x")).withoutElement(1));

        assertThat(order).hasToString(before);
        assertThat(changed).hasToString("{\"orderId\":\"o-1\",\"amount\":99,\"settled\":true,"
                + "\"lines\":[{\"sku\":\"p-9\"},\"x\"],\"a/b\":{\"~x\":7},\"currency\":\"EUR\",\"rate\":0.5,\"gift\":false}");
        assertThat(changed.get("a/b")).isEqualTo(order.get("a/b"));
    }

    @Test
    void buildsValuesFromNothing() {
        Json built = Json.emptyObject().with("id", Json.of("e-1")).with("tags", Json.emptyArray().appended(Json.of(1)));

        assertThat(built).hasToString("{\"id\":\"e-1\",\"tags\":[1]}");
        assertThat(Json.of(true)).hasToString("true");
        assertThat(Json.nullValue()).hasToString("null");
        assertThat(Json.of(new BigDecimal("1.10"))).hasToString("1.10");
        assertThat(Json.of(new BigInteger("123456789012345678901"))).hasToString("123456789012345678901");
    }

    @Test
    void renamingKeepsThePlaceAndRefusesToOverwrite() {
        assertThat(order.renamed("amount", "total").propertyNames())
                .containsExactly("orderId", "total", "paid", "note", "lines", "a/b");
        assertThat(order.renamed("absent", "x")).isSameAs(order);
        assertThatThrownBy(() -> order.renamed("amount", "paid"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("renamed(\"amount\", \"paid\"): the JSON value has a property \"paid\" already");
    }

    @Test
    void aModifiedCopyNeedsTheRightKindOfValue() {
        assertThatThrownBy(() -> order.get("lines").with("x", 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("with(\"x\", ...) needs an object at /lines, was an array "
                        + "[{\"sku\":\"p-1\",\"qty\":2},{\"sku\":\"p/2\",\"qty\":1.0}]");
        assertThatThrownBy(() -> order.appended(Json.of(1)))
                .hasMessage("appended(...) needs an array at the JSON value, was an object " + order.toString().substring(0, 77) + "...");
        assertThatThrownBy(() -> order.with("x", order.get("missing")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("with(\"x\", ...): the value is missing; use without(\"x\") to remove a property");
        assertThatThrownBy(() -> order.get("lines").withElement(5, Json.of(1)))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Json.of(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("JSON has no number NaN: expected a finite number");
    }

    @Test
    void makesJsonOfPlainJavaValues() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("s", "x");
        map.put("n", 3);
        map.put("l", 4L);
        map.put("d", 1.5);
        map.put("f", 0.25f);
        map.put("b", true);
        map.put("nothing", null);
        map.put("list", List.of(1, "two", List.of()));
        map.put("sorted", new TreeMap<>(Map.of("b", 2, "a", 1)));
        map.put("json", Json.parse("{\"k\":[true]}"));
        map.put("big", new BigDecimal("1.50"));

        assertThat(Json.valueOf(map)).hasToString("{\"s\":\"x\",\"n\":3,\"l\":4,\"d\":1.5,\"f\":0.25,\"b\":true,"
                + "\"nothing\":null,\"list\":[1,\"two\",[]],\"sorted\":{\"a\":1,\"b\":2},\"json\":{\"k\":[true]},\"big\":1.50}");
        assertThat(Json.valueOf(null)).isEqualTo(Json.nullValue());
    }

    @Test
    void refusesJavaValuesThatAreNotPlainJson() {
        assertThatThrownBy(() -> Json.valueOf(Map.of("when", List.of(java.time.Instant.EPOCH))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Json.valueOf at /when/0: cannot make JSON of a java.time.Instant; expected null, Json, "
                        + "String, Boolean, a number, a Map with String keys or an Iterable (serialize event objects "
                        + "with an EventCodec)");
        assertThatThrownBy(() -> Json.valueOf(Map.of(1, "x")))
                .hasMessage("Json.valueOf: a JSON object needs String keys, found a java.lang.Integer");
        assertThatThrownBy(() -> Json.valueOf(List.of(Double.POSITIVE_INFINITY)))
                .hasMessage("Json.valueOf at /0: JSON has no number Infinity");
        List<Object> loop = new ArrayList<>();
        loop.add(loop);
        assertThatThrownBy(() -> Json.valueOf(loop)).hasMessage("Json.valueOf at /0: the value contains itself");
    }
}
