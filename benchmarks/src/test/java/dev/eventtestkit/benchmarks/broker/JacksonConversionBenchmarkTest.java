package dev.eventtestkit.benchmarks.broker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.Json;
import org.junit.jupiter.api.Test;

/** Every compared conversion builds the default codec's JSON (the codec runs the same Jackson 3, bundled). */
class JacksonConversionBenchmarkTest {

    @Test
    void everyConversionGivesTheCodecsTree() {
        JacksonConversionBenchmark benchmark = new JacksonConversionBenchmark();
        Json expected = EventCodec.jackson().toJson(new FakeBrokerBenchmark.OrderPlaced("o-1", 100));

        assertThat(expected.toString()).isEqualTo("{\"orderId\":\"o-1\",\"amount\":100}");
        assertThat(benchmark.mapperValueToTree()).hasToString(expected.toString());
        assertThat(benchmark.cachedWriterValueToTree()).hasToString(expected.toString());
        assertThat(benchmark.convertValue()).hasToString(expected.toString());
        assertThat(benchmark.bytesAndReadTree()).hasToString(expected.toString());
    }
}
