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

    @Test
    void bothScenariosPass() {
        assertThat(benchmark.eventTestkit().events()).containsExactly(new CartCheckedOut("c-1", 9));
        assertThat(benchmark.axon()).isNotNull();
        for (int run = 0; run < 2; run++) {
            assertThat(benchmark.eventTestkitReusedFixture().events()).containsExactly(new CartCheckedOut("c-1", 9));
            assertThat(benchmark.axonReusedFixture()).isNotNull();
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
