package dev.eventtestkit.benchmarks.aggregate;

import dev.eventtestkit.aggregate.AggregateFixture;
import dev.eventtestkit.aggregate.Outcome;
import dev.eventtestkit.benchmarks.aggregate.Cart.CartCheckedOut;
import dev.eventtestkit.benchmarks.aggregate.Cart.CheckOut;
import dev.eventtestkit.benchmarks.aggregate.Cart.CartState;
import java.util.concurrent.TimeUnit;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One test cycle, as a test class runs it: a fresh fixture, ten given events, one command, one expected
 * event. EventTestkit's {@code AggregateFixture} beside Axon 4's {@code AggregateTestFixture}. The
 * {@code ...ReusedFixture} variants build the fixture once and measure the given-when-then alone, for
 * test classes that share one fixture across tests.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar AggregateFixture -f 1 -wi 3 -i 5 -w 1s -r 1s -bm avgt -tu us
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AggregateFixtureBenchmark {

    private final Object[] given = Cart.tenGivenEvents();
    private final CheckOut command = new CheckOut("c-1");
    private final CartCheckedOut expected = new CartCheckedOut("c-1", 9);

    /** @return the asserted outcome, so the JIT cannot drop the work */
    @Benchmark
    public Outcome<Object, Object, CartState> eventTestkit() {
        return AggregateFixture.forDecider(Cart.DECIDER)
                .given(given)
                .when(command)
                .thenEvents(expected);
    }

    private final AggregateFixture<Object, Object, CartState> sharedFixture =
            AggregateFixture.forDecider(Cart.DECIDER);
    private final AggregateTestFixture<AxonCart> sharedAxonFixture = new AggregateTestFixture<>(AxonCart.class);

    /** @return the asserted outcome, so the JIT cannot drop the work */
    @Benchmark
    public Outcome<Object, Object, CartState> eventTestkitReusedFixture() {
        return sharedFixture.given(given).when(command).thenEvents(expected);
    }

    /** @return the asserted result, so the JIT cannot drop the work */
    @Benchmark
    public ResultValidator<AxonCart> axonReusedFixture() {
        return sharedAxonFixture.given(given).when(command).expectEvents(expected);
    }

    /** @return the asserted result, so the JIT cannot drop the work */
    @Benchmark
    public ResultValidator<AxonCart> axon() {
        return new AggregateTestFixture<>(AxonCart.class)
                .given(given)
                .when(command)
                .expectEvents(expected);
    }
}
