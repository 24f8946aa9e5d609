package dev.eventtestkit.benchmarks.aggregate;

import dev.eventtestkit.aggregate.AggregateFixture;
import dev.eventtestkit.aggregate.Outcome;
import dev.eventtestkit.benchmarks.aggregate.Cart.CartCheckedOut;
import dev.eventtestkit.benchmarks.aggregate.Cart.CartState;
import dev.eventtestkit.benchmarks.aggregate.Cart.CheckOut;
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
 * test classes that share one fixture across tests. The {@code ...WithoutStateChangeCheck} variants turn the
 * state-change check off, to measure what it costs (Axon's fixture runs its own check, on by default, in every
 * variant); the {@code objectStyle...} variants test the same cart as a mutable object without {@code equals}.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar AggregateFixture -f 1 -wi 3 -i 5 -w 1s -r 1s -bm avgt -tu us
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AggregateFixtureBenchmark {

    /** The scenario's inputs, built once: what a test class holds in constants. */
    @State(Scope.Benchmark)
    public static class Scenario {
        final Object[] given = Cart.tenGivenEvents();
        final CheckOut command = new CheckOut("c-1");
        final CartCheckedOut expected = new CartCheckedOut("c-1", 9);
    }

    /** One EventTestkit fixture shared by every cycle. */
    @State(Scope.Thread)
    public static class SharedFixture {
        final AggregateFixture<Object, Object, CartState> fixture = AggregateFixture.forDecider(Cart.DECIDER);
    }

    /** One EventTestkit fixture without the state-change check, shared by every cycle. */
    @State(Scope.Thread)
    public static class SharedFixtureWithoutStateChangeCheck {
        final AggregateFixture<Object, Object, CartState> fixture =
                AggregateFixture.forDecider(Cart.DECIDER).withoutStateChangeCheck();
    }

    /** One Axon fixture shared by every cycle. */
    @State(Scope.Thread)
    public static class SharedAxonFixture {
        final AggregateTestFixture<AxonCart> fixture = new AggregateTestFixture<>(AxonCart.class);
    }

    /**
     * @param scenario the inputs
     * @return the asserted outcome, so the JIT cannot drop the work
     */
    @Benchmark
    public Outcome<Object, Object, CartState> eventTestkit(Scenario scenario) {
        return AggregateFixture.forDecider(Cart.DECIDER)
                .given(scenario.given)
                .when(scenario.command)
                .thenEvents(scenario.expected);
    }

    /**
     * @param scenario the inputs
     * @return the asserted result, so the JIT cannot drop the work
     */
    @Benchmark
    public ResultValidator<AxonCart> axon(Scenario scenario) {
        return new AggregateTestFixture<>(AxonCart.class)
                .given(scenario.given)
                .when(scenario.command)
                .expectEvents(scenario.expected);
    }

    /**
     * @param scenario the inputs
     * @param shared the fixture built once
     * @return the asserted outcome, so the JIT cannot drop the work
     */
    @Benchmark
    public Outcome<Object, Object, CartState> eventTestkitReusedFixture(Scenario scenario, SharedFixture shared) {
        return shared.fixture.given(scenario.given).when(scenario.command).thenEvents(scenario.expected);
    }

    /**
     * @param scenario the inputs
     * @param shared the fixture built once
     * @return the asserted result, so the JIT cannot drop the work
     */
    @Benchmark
    public ResultValidator<AxonCart> axonReusedFixture(Scenario scenario, SharedAxonFixture shared) {
        return shared.fixture.given(scenario.given).when(scenario.command).expectEvents(scenario.expected);
    }

    /**
     * @param scenario the inputs
     * @return the asserted outcome, so the JIT cannot drop the work
     */
    @Benchmark
    public Outcome<Object, Object, CartState> eventTestkitWithoutStateChangeCheck(Scenario scenario) {
        return AggregateFixture.forDecider(Cart.DECIDER)
                .withoutStateChangeCheck()
                .given(scenario.given)
                .when(scenario.command)
                .thenEvents(scenario.expected);
    }

    /**
     * @param scenario the inputs
     * @param shared the fixture built once
     * @return the asserted outcome, so the JIT cannot drop the work
     */
    @Benchmark
    public Outcome<Object, Object, CartState> eventTestkitReusedFixtureWithoutStateChangeCheck(
            Scenario scenario, SharedFixtureWithoutStateChangeCheck shared) {
        return shared.fixture.given(scenario.given).when(scenario.command).thenEvents(scenario.expected);
    }

    /**
     * @param scenario the inputs
     * @return the asserted outcome, so the JIT cannot drop the work
     */
    @Benchmark
    public Outcome<Object, Object, ObjectCart> objectStyle(Scenario scenario) {
        return AggregateFixture.forAggregate(ObjectCart::new, ObjectCart::apply, ObjectCart::handle)
                .given(scenario.given)
                .when(scenario.command)
                .thenEvents(scenario.expected);
    }

    /**
     * @param scenario the inputs
     * @return the asserted outcome, so the JIT cannot drop the work
     */
    @Benchmark
    public Outcome<Object, Object, ObjectCart> objectStyleWithoutStateChangeCheck(Scenario scenario) {
        return AggregateFixture.forAggregate(ObjectCart::new, ObjectCart::apply, ObjectCart::handle)
                .withoutStateChangeCheck()
                .given(scenario.given)
                .when(scenario.command)
                .thenEvents(scenario.expected);
    }
}
