package dev.eventtestkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.event.Json;
import org.junit.jupiter.api.Test;

class JsonSubsetTest {


    @Test
    void ignoresFieldsTheExpectedValueDoesNotList() {
        assertThat(JsonSubset.compare(json("{'orderId':'o-1'}"), json("{'orderId':'o-1','amount':100}"))).isEmpty();
    }

    @Test
    void namesEachDifferingFieldByItsPointer() {
        Json expected = json("{'orderId':'o-1','amount':100,'address':{'city':'Lyon','zip':'69001'},'a/b':1}");
        Json actual = json("{'orderId':'o-2','amount':100.0,'address':{'city':'Paris'},'a/b':2}");

        assertThat(JsonSubset.compare(expected, actual)).extracting(Object::toString).containsExactly(
                "/orderId: expected \"o-1\" but was \"o-2\"",
                "/address/city: expected \"Lyon\" but was \"Paris\"",
                "/address/zip: expected \"69001\" but was (absent)",
                "/a~1b: expected 1 but was 2");
    }

    @Test
    void comparesArraysElementByElementAndWholeWhenTheLengthsDiffer() {
        assertThat(JsonSubset.compare(json("{'lines':[{'sku':'a'},{'sku':'b'}]}"),
                json("{'lines':[{'sku':'a','qty':1},{'sku':'c','qty':2}]}")))
                .extracting(Object::toString).containsExactly("/lines/1/sku: expected \"b\" but was \"c\"");
        assertThat(JsonSubset.compare(json("{'lines':[1]}"), json("{'lines':[1,2]}")))
                .extracting(Object::toString).containsExactly("/lines: expected [1] but was [1,2]");
    }

    @Test
    void reportsTheWholeValueWhenTheKindsDiffer() {
        assertThat(JsonSubset.compare(json("{'a':1}"), json("[1]")))
                .extracting(Object::toString).containsExactly("(whole value): expected {\"a\":1} but was [1]");
        assertThat(JsonSubset.contains(json("{'a':null}"), json("{'a':null,'b':2}"))).isTrue();
        assertThat(JsonSubset.contains(json("{'a':null}"), json("{'b':2}"))).isFalse();
    }

    private static Json json(String singleQuoted) {
        return Json.parse(singleQuoted.replace('\'', '"'));
    }
}
