package dev.eventtestkit.benchmarks.broker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventtestkit.event.EventCodec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every compared conversion builds the default codec's tree (the same JSON text, through bytes). */
class JacksonConversionBenchmarkTest {

    @Test
    void everyConversionGivesTheCodecsTree() {
        JacksonConversionBenchmark benchmark = new JacksonConversionBenchmark();
        JsonNode expected = EventCodec.jackson().toJson(new FakeBrokerBenchmark.OrderPlaced("o-1", 100));

        assertThat(expected.toString()).isEqualTo("{\"orderId\":\"o-1\",\"amount\":100}");
        assertThat(benchmark.mapperValueToTree()).isEqualTo(expected);
        assertThat(benchmark.cachedWriterValueToTree()).isEqualTo(expected);
        assertThat(benchmark.convertValue()).isEqualTo(expected);
        // parsed back from text, 100 becomes an int node, not the long node the record's field gives
        assertThat(benchmark.bytesAndReadTree()).hasToString(expected.toString());
    }
}
