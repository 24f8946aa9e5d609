package dev.eventtestkit.benchmarks.broker;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.JsonNode;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.ObjectWriter;
import dev.eventtestkit.internal.shaded.tools.jackson.databind.json.JsonMapper;

/**
 * The ways Jackson 3 turns an event into a {@link JsonNode}, for the codec's choice: the kit's own copy, relocated
 * (testkit-json-internal), which the default codec runs. Score: nanoseconds per
 * conversion of the broker benchmark's event.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar JacksonConversionBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class JacksonConversionBenchmark {

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final ObjectWriter writer = mapper.writerFor(FakeBrokerBenchmark.OrderPlaced.class);
    private final FakeBrokerBenchmark.OrderPlaced event = new FakeBrokerBenchmark.OrderPlaced("o-1", 100);

    /** @return what the default codec does */
    @Benchmark
    public JsonNode mapperValueToTree() {
        return mapper.valueToTree(event);
    }

    /** @return through a writer built once for the event class */
    @Benchmark
    public JsonNode cachedWriterValueToTree() {
        return writer.valueToTree(event);
    }

    /** @return through {@code convertValue} */
    @Benchmark
    public JsonNode convertValue() {
        return mapper.convertValue(event, JsonNode.class);
    }

    /** @return through JSON bytes and back */
    @Benchmark
    public JsonNode bytesAndReadTree() {
        return mapper.readTree(writer.writeValueAsBytes(event));
    }
}
