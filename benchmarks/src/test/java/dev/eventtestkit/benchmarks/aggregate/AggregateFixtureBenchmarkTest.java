package dev.eventtestkit.benchmarks.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.aggregate.AggregateFixture;
import dev.eventtestkit.benchmarks.aggregate.Cart.CartCheckedOut;
import dev.eventtestkit.benchmarks.aggregate.Cart.CheckOut;
import org.axonframework.test.AxonAssertionError;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** Each benchmark measures a scenario that passes, and whose fixture would notice a wrong expectation. */
class AggregateFixtureBenchmarkTest {

    private final AggregateFixtureBenchmark benchmark = new AggregateFixtureBenchmark();
    private final AggregateFixtureBenchmark.Scenario scenario = new AggregateFixtureBenchmark.Scenario();

    @Test
    void everyVariantRunsAPassingScenario() {
        AggregateFixtureBenchmark.SharedFixture shared = new AggregateFixtureBenchmark.SharedFixture();
        AggregateFixtureBenchmark.SharedAxonFixture sharedAxon = new AggregateFixtureBenchmark.SharedAxonFixture();

        assertThat(benchmark.eventTestkit(scenario).events()).containsExactly(new CartCheckedOut("c-1", 9));
        assertThat(benchmark.axon(scenario)).isNotNull();
        assertThat(benchmark.eventTestkitWithoutSerializationCheck(scenario).events())
                .containsExactly(new CartCheckedOut("c-1", 9));
        assertThat(benchmark.eventTestkitWithoutChecks(scenario).events()).containsExactly(new CartCheckedOut("c-1", 9));
        assertThat(benchmark.objectStyle(scenario).events()).containsExactly(new CartCheckedOut("c-1", 9));
        assertThat(benchmark.objectStyleWithoutSerializationCheck(scenario).events())
                .containsExactly(new CartCheckedOut("c-1", 9));
        assertThat(benchmark.objectStyleWithoutChecks(scenario).events()).containsExactly(new CartCheckedOut("c-1", 9));
        AggregateFixtureBenchmark.SharedFixtureWithoutSerializationCheck stateChecked =
                new AggregateFixtureBenchmark.SharedFixtureWithoutSerializationCheck();
        AggregateFixtureBenchmark.SharedFixtureWithoutChecks unchecked =
                new AggregateFixtureBenchmark.SharedFixtureWithoutChecks();
        for (int cycle = 0; cycle < 2; cycle++) {
            assertThat(benchmark.eventTestkitReusedFixture(scenario, shared).events())
                    .containsExactly(new CartCheckedOut("c-1", 9));
            assertThat(benchmark.axonReusedFixture(scenario, sharedAxon)).isNotNull();
            assertThat(benchmark.eventTestkitReusedFixtureWithoutSerializationCheck(scenario, stateChecked).events())
                    .containsExactly(new CartCheckedOut("c-1", 9));
            assertThat(benchmark.eventTestkitReusedFixtureWithoutChecks(scenario, unchecked).events())
                    .containsExactly(new CartCheckedOut("c-1", 9));
        }
    }

    @Test
    void bothFixturesRejectAWrongExpectation() {
        assertThatThrownBy(() -> AggregateFixture.forDecider(Cart.DECIDER)
                .given(Cart.tenGivenEvents()).when(new CheckOut("c-1")).thenEvents(new CartCheckedOut("c-1", 8)))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> new AggregateTestFixture<>(AxonCart.class)
                .given(Cart.tenGivenEvents()).when(new CheckOut("c-1")).expectEvents(new CartCheckedOut("c-1", 8)))
                .isInstanceOf(AxonAssertionError.class);
    }
}
