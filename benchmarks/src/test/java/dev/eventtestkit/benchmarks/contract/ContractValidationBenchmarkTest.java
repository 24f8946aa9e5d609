package dev.eventtestkit.benchmarks.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.event.Json;
import dev.eventtestkit.benchmarks.contract.ContractValidationBenchmark.OrderPlaced;
import dev.eventtestkit.event.EventCodec;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The benchmarked event is valid, and the same contract rejects a wrong one. */
class ContractValidationBenchmarkTest {

    private final ContractValidationBenchmark benchmark = new ContractValidationBenchmark();

    @BeforeEach
    void load() {
        benchmark.load();
    }

    @AfterEach
    void delete() throws IOException {
        benchmark.delete();
    }

    @Test
    void theBenchmarkedEventHasTenFieldsAndIsValid() {
        assertThat(benchmark.payload.size()).isEqualTo(10);
        assertThat(benchmark.validatePayload()).isEmpty();
        assertThat(benchmark.assertValidEvent()).isSameAs(benchmark.event);
    }

    @Test
    void theContractRejectsAWrongPayload() {
        Json wrong = benchmark.payload.with("currency", "XYZ");

        assertThat(benchmark.contracts.validate("OrderPlaced", 1, wrong)).hasSize(1);
        OrderPlaced negative = new OrderPlaced("o-1", "c-42", -1, "EUR", 3, true, "web", "NL",
                "2026-01-15T10:00:00Z", "");
        assertThatThrownBy(() -> benchmark.contracts.assertValid(negative, EventCodec.jackson()))
                .isInstanceOf(AssertionFailedError.class);
    }
}
