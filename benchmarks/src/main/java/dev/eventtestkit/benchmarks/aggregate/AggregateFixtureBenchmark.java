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
 * test classes that share one fixture across tests. Both checks are on by default; the
 * {@code ...WithoutSerializationCheck} variants run the state-change check alone and the
 * {@code ...WithoutChecks} variants the bare cycle, to measure what each check costs (Axon's fixture runs its
 * own state-change check, on by default, in every variant). The {@code objectStyle...} variants test the same
 * cart as a mutable object without {@code equals}.
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

    /** One EventTestkit fixture without the serialization check, shared by every cycle. */
    @State(Scope.Thread)
    public static class SharedFixtureWithoutSerializationCheck {
        final AggregateFixture<Object, Object, CartState> fixture =
                AggregateFixture.forDecider(Cart.DECIDER).withoutSerializationCheck();
    }

    /** One EventTestkit fixture without either check, shared by every cycle. */
    @State(Scope.Thread)
    public static class SharedFixtureWithoutChecks {
        final AggregateFixture<Object, Object, CartState> fixture =
                AggregateFixture.forDecider(Cart.DECIDER).withoutSerializationCheck().withoutStateChangeCheck();
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
     * The state-change check alone: the serialization check off.
     *
     * @param scenario the inputs
     * @return the asserted outcome, so the JIT cannot drop the work
     */
    @Benchmark
    public Outcome<Object, Object, CartState> eventTestkitWithoutSerializationCheck(Scenario scenario) {
        return AggregateFixture.forDecider(Cart.DECIDER)
                .withoutSerializationCheck()
                .given(scenario.given)
                .when(scenario.command)
                .thenEvents(scenario.expected);
    }

    /**
     * The bare fixture cycle: both checks off.
     *
     * @param scenario the inputs
     * @return the asserted outcome, so the JIT cannot drop the work
     */
    @Benchmark
    public Outcome<Object, Object, CartState> eventTestkitWithoutChecks(Scenario scenario) {
        return AggregateFixture.forDecider(Cart.DECIDER)
                .withoutSerializationCheck()
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
    public Outcome<Object, Object, CartState> eventTestkitReusedFixtureWithoutSerializationCheck(
            Scenario scenario, SharedFixtureWithoutSerializationCheck shared) {
        return shared.fixture.given(scenario.given).when(scenario.command).thenEvents(scenario.expected);
    }

    /**
     * @param scenario the inputs
     * @param shared the fixture built once
     * @return the asserted outcome, so the JIT cannot drop the work
     */
    @Benchmark
    public Outcome<Object, Object, CartState> eventTestkitReusedFixtureWithoutChecks(
            Scenario scenario, SharedFixtureWithoutChecks shared) {
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
    public Outcome<Object, Object, ObjectCart> objectStyleWithoutSerializationCheck(Scenario scenario) {
        return AggregateFixture.forAggregate(ObjectCart::new, ObjectCart::apply, ObjectCart::handle)
                .withoutSerializationCheck()
                .given(scenario.given)
                .when(scenario.command)
                .thenEvents(scenario.expected);
    }

    /**
     * @param scenario the inputs
     * @return the asserted outcome, so the JIT cannot drop the work
     */
    @Benchmark
    public Outcome<Object, Object, ObjectCart> objectStyleWithoutChecks(Scenario scenario) {
        return AggregateFixture.forAggregate(ObjectCart::new, ObjectCart::apply, ObjectCart::handle)
                .withoutSerializationCheck()
                .withoutStateChangeCheck()
                .given(scenario.given)
                .when(scenario.command)
                .thenEvents(scenario.expected);
    }
}
