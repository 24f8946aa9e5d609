package dev.eventtestkit.benchmarks.contract;

import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.contract.Violation;
import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.Json;
import dev.eventtestkit.event.EventType;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating one 10-field event against its contract (loaded once, as a test class loads it). Score: average
 * microseconds per validation.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ContractValidationBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ContractValidationBenchmark {

    /** The validated event: ten fields of strings, numbers, a boolean and an enum-like code. */
    @EventType(name = "OrderPlaced", version = 1)
    public record OrderPlaced(String orderId, String customerId, long amount, String currency, int lines,
            boolean express, String channel, String country, String placedAt, String note) {}

    /** The contract: a closed object, ten typed properties with formats, bounds and an enum; nine required. */
    static final String SCHEMA = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "title": "OrderPlaced",
              "type": "object",
              "properties": {
                "orderId": {"type": "string", "pattern": "^o-[0-9]+$"},
                "customerId": {"type": "string", "minLength": 1, "maxLength": 64},
                "amount": {"type": "integer", "minimum": 0},
                "currency": {"type": "string", "enum": ["EUR", "USD", "GBP"]},
                "lines": {"type": "integer", "minimum": 1, "maximum": 500},
                "express": {"type": "boolean"},
                "channel": {"type": "string", "enum": ["web", "app", "store"]},
                "country": {"type": "string", "minLength": 2, "maxLength": 2},
                "placedAt": {"type": "string", "format": "date-time"},
                "note": {"type": "string", "maxLength": 200}
              },
              "required": ["orderId", "customerId", "amount", "currency", "lines", "express", "channel",
                "country", "placedAt"],
              "additionalProperties": false
            }
            """;

    private TemporaryContracts root;
    EventContracts contracts;
    final OrderPlaced event = new OrderPlaced("o-1", "c-42", 1250, "EUR", 3, true, "web", "NL",
            "2026-01-15T10:00:00Z", "leave at the door");
    Json payload;

    /** Writes the contract to a temporary root and loads it. */
    @Setup(Level.Trial)
    public void load() {
        root = TemporaryContracts.of("orders/OrderPlaced", SCHEMA);
        contracts = root.contracts();
        payload = EventCodec.jackson().toJson(event);
    }

    /** Deletes the temporary root. */
    @TearDown(Level.Trial)
    public void delete() {
        root.close();
    }

    /** @return the violations of a payload already in JSON (none) */
    @Benchmark
    public List<Violation> validatePayload() {
        return contracts.validate("OrderPlaced", 1, payload);
    }

    /** @return the event, serialized with the default codec and asserted valid */
    @Benchmark
    public OrderPlaced assertValidEvent() {
        contracts.assertValid(event, EventCodec.jackson());
        return event;
    }
}
