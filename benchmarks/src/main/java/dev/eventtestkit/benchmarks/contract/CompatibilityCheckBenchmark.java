package dev.eventtestkit.benchmarks.contract;

import dev.eventtestkit.contract.CompatibilityPolicy;
import dev.eventtestkit.contract.CompatibilityReport;
import dev.eventtestkit.contract.Difference;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.contract.SchemaDiff;
import dev.eventtestkit.event.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What witness search costs a compatibility check. A root of 200 subjects x 5 versions at BACKWARD_TRANSITIVE
 * (the shape of {@code generate-contracts.py}); with {@code breakingEvery = 10}, every tenth subject's v5 turns
 * {@code amount} into a string, so 20 versions break 4 earlier versions each and every one of those 80
 * incompatibilities is searched for a witness. {@code check} is {@code EventContracts.checkCompatibility()}
 * (diffs, verdicts and witnesses); {@code diffsOnly} runs the same {@code SchemaDiff.compare} calls and verdicts
 * without any witness search. Score: milliseconds per check of the whole root.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CompatibilityCheckBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class CompatibilityCheckBenchmark {
    private static final int SUBJECTS = 200;
    private static final int VERSIONS = 5;

    /** Every how many subjects one breaks (0: none does). */
    @Param({"0", "10"})
    public int breakingEvery;

    private Path root;
    private EventContracts contracts;
    private List<List<Json>> schemas;

    @Setup
    public void setUp() throws IOException {
        root = Files.createTempDirectory("compatibility-benchmark");
        Files.writeString(root.resolve("contracts.yaml"), "level: BACKWARD_TRANSITIVE\npolicy: STRICT\n");
        schemas = new ArrayList<>();
        for (int s = 0; s < SUBJECTS; s++) {
            Path folder = Files.createDirectories(root.resolve("domain" + s % 10).resolve(String.format("Event%04d", s)));
            List<Json> versions = new ArrayList<>();
            for (int v = 1; v <= VERSIONS; v++) {
                boolean breaks = breakingEvery > 0 && s % breakingEvery == 0 && v == VERSIONS;
                String text = schema(v, breaks);
                Files.writeString(folder.resolve("v" + v + ".json"), text);
                versions.add(Json.parse(text));
            }
            schemas.add(versions);
        }
        contracts = EventContracts.load(root);
    }

    /** A closed ten-property object; each later version adds an optional property (compatible). */
    static String schema(int version, boolean amountAsString) {
        StringBuilder properties = new StringBuilder("\"id\": {\"type\": \"string\", \"minLength\": 1}, \"amount\": "
                + (amountAsString ? "{\"type\": \"string\"}" : "{\"type\": \"integer\", \"minimum\": 0}"));
        for (int i = 0; i < 8; i++) {
            properties.append(", \"field").append(i).append("\": {\"type\": \"string\", \"maxLength\": 64}");
        }
        for (int extra = 1; extra < version; extra++) {
            properties.append(", \"added").append(extra).append("\": {\"type\": \"string\"}");
        }
        return "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"type\": \"object\", \"properties\": {"
                + properties + "}, \"required\": [\"id\", \"amount\"], \"additionalProperties\": false}";
    }

    @Benchmark
    public CompatibilityReport check() {
        return contracts.checkCompatibility();
    }

    @Benchmark
    public int diffsOnly() {
        // subjects in parallel, as checkCompatibility() runs them
        return schemas.parallelStream().mapToInt(CompatibilityCheckBenchmark::incompatible).sum();
    }

    private static int incompatible(List<Json> versions) {
        int incompatible = 0;
        for (int candidate = 1; candidate < versions.size(); candidate++) {
            for (int earlier = 0; earlier < candidate; earlier++) {
                for (Difference d : SchemaDiff.compare(versions.get(earlier), versions.get(candidate))) {
                    incompatible += d.type().isBackwardCompatible(CompatibilityPolicy.STRICT) ? 0 : 1;
                }
            }
        }
        return incompatible;
    }

    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
