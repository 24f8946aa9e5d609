package dev.eventtestkit.projection;

import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.broker.RetryPolicy;
import dev.eventtestkit.explore.ExplorationFailure;
import dev.eventtestkit.explore.ExplorationResult;
import dev.eventtestkit.explore.Schedule;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;

/**
 * The given events of a projection test and the orders its checks run under; see {@link ProjectionFixture}.
 *
 * <pre>{@code
 * levels.given("order-1", reserved, released)
 *       .given("order-2", reservedToo)
 *       .thenQuery(model -> model.reserved("p-1"), 3)          // in the given order
 *       .underEveryOrder()
 *       .thenConverges(StockLevels::snapshot)                  // every order gives the given order's read model
 *       .rebuild(StockLevels::snapshot);                       // the log replayed from scratch gives it too
 * }</pre>
 *
 * <p>Each check feeds a fresh read model and says what it found in a failure naming the order, how to replay
 * it, and its timeline. Immutable: {@code given} and the {@code under...} methods return a new scenario; the
 * checks return this one, so that they chain.
 *
 * @param <R> the read model
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ProjectionScenario<R> {

    /** How many orders {@link #underEveryOrder()} walks before it says the events are too many to walk. */
    public static final int EVERY_ORDER_BOUND = 100_000;

    private final ProjectionFixture<R> fixture;
    private final List<GivenEvent> given;
    private final Orders orders;

    ProjectionScenario(ProjectionFixture<R> fixture, List<GivenEvent> given, Orders orders) {
        this.fixture = fixture;
        this.given = given;
        this.orders = orders;
    }

    /**
     * Adds events of one stream, after those given so far.
     *
     * @param stream the stream, e.g. {@code order-1}; its events keep their order in every order explored
     * @param events its events, in order, at least one
     * @return a new scenario
     */
    public ProjectionScenario<R> given(String stream, Object... events) {
        Objects.requireNonNull(stream, "stream");
        if (events.length == 0) {
            throw new IllegalArgumentException("given(\"" + stream + "\"): give the stream 1 or more events");
        }
        List<GivenEvent> more = new ArrayList<>(given);
        for (int i = 0; i < events.length; i++) {
            if (events[i] == null) {
                throw new NullPointerException("given(\"" + stream + "\", ...): event " + (i + 1) + " is null");
            }
            more.add(new GivenEvent(stream, events[i]));
        }
        return new ProjectionScenario<>(fixture, List.copyOf(more), orders);
    }

    /**
     * Runs the checks that follow under every order that keeps each stream's own order (the streams'
     * events interleaved every possible way): exhaustively, up to {@value #EVERY_ORDER_BOUND} orders. When the
     * fixture has duplicates or lost checkpoints, every event is delivered twice, its second delivery at every
     * later point of every order.
     *
     * @return a new scenario
     */
    public ProjectionScenario<R> underEveryOrder() {
        return underEveryOrder(EVERY_ORDER_BOUND);
    }

    /**
     * @param bound the most orders to walk; a check fails, saying so, when the events have more
     * @return a new scenario whose checks run under every order that keeps each stream's order
     */
    public ProjectionScenario<R> underEveryOrder(int bound) {
        return new ProjectionScenario<>(fixture, given, Orders.every(bound));
    }

    /**
     * @param count how many random orders (each keeping each stream's order) the checks run under, drawn
     *     from the fixture's seed
     * @return a new scenario
     */
    public ProjectionScenario<R> underRandomOrders(int count) {
        return new ProjectionScenario<>(fixture, given, Orders.random(count));
    }

    /**
     * @param seed the seed a failure under a random order printed
     * @return a new scenario whose checks run under exactly that order
     */
    public ProjectionScenario<R> replayOrder(long seed) {
        return new ProjectionScenario<>(fixture, given, Orders.replay(seed));
    }

    /**
     * @param schedule the choices a failure under every order printed
     * @return a new scenario whose checks run under exactly that order
     */
    public ProjectionScenario<R> replayOrder(Schedule schedule) {
        return new ProjectionScenario<>(fixture, given, Orders.replay(Objects.requireNonNull(schedule, "schedule")));
    }

    /**
     * Checks the read model after the events, under this scenario's orders.
     *
     * @param assertions throw (an assertion library's error, say) when the read model is wrong
     * @return this scenario
     * @throws AssertionFailedError naming the order the assertions failed under
     */
    public ProjectionScenario<R> thenState(Consumer<? super R> assertions) {
        Objects.requireNonNull(assertions, "assertions");
        check(model -> assertions.accept(model));
        return this;
    }

    /**
     * Checks what a query of the read model answers after the events, under this scenario's orders.
     *
     * @param query asks the read model, e.g. {@code model -> model.available("p-1")}
     * @param expected the answer, compared by {@code equals}
     * @return this scenario
     * @throws AssertionFailedError with expected and actual, naming the order it failed under
     */
    public <T> ProjectionScenario<R> thenQuery(Function<? super R, ? extends T> query, T expected) {
        Objects.requireNonNull(query, "query");
        check(model -> {
            T actual = query.apply(model);
            if (!Objects.equals(actual, expected)) {
                throw new AssertionFailedError("the query answers " + actual + ", expected " + expected, expected,
                        actual);
            }
        });
        return this;
    }

    /**
     * Checks that every order gives the read model the given order gives (without faults): eventual
     * consistency. The read model must override {@code equals}; otherwise say what to compare with
     * {@link #thenConverges(Function)}.
     *
     * @return this scenario
     * @throws IllegalArgumentException when the read model does not override {@code equals}
     * @throws AssertionFailedError naming the first order whose read model differs
     */
    public ProjectionScenario<R> thenConverges() {
        return thenConverges(comparable("thenConverges(model -> model.snapshot())"));
    }

    /**
     * Checks that every order gives the same view of the read model as the given order (without faults).
     *
     * @param view what to compare, by {@code equals}: a snapshot, a map, the answers of a few queries
     * @return this scenario
     * @throws AssertionFailedError naming the first order whose view differs, with expected and actual
     */
    public ProjectionScenario<R> thenConverges(Function<? super R, ?> view) {
        Objects.requireNonNull(view, "view");
        Object expected = view.apply(new StoreRun<>(fixture, given, Faults.none()).live());
        check(model -> {
            Object actual = view.apply(model);
            if (!Objects.equals(actual, expected)) {
                throw new AssertionFailedError("the read model differs from the given order's: expected " + expected
                        + " but was " + actual, expected, actual);
            }
        });
        return this;
    }

    /**
     * Checks that replaying the whole log from scratch (a fresh read model, fed every event once, in log
     * order, a day later on the virtual clock) gives the read model that was fed live (one event at a time, as
     * they were appended, under the fixture's faults). The read model must override {@code equals}.
     *
     * @return this scenario
     * @throws IllegalArgumentException when the read model does not override {@code equals}
     * @throws AssertionFailedError when the rebuilt read model differs
     */
    public ProjectionScenario<R> rebuild() {
        return rebuild(comparable("rebuild(model -> model.snapshot())"));
    }

    /**
     * Checks that a rebuild from the log gives the same view as the live read model; see {@link #rebuild()}.
     *
     * @param view what to compare, by {@code equals}
     * @return this scenario
     * @throws AssertionFailedError when the views differ, with the live one as expected, the rebuilt one as actual
     */
    public ProjectionScenario<R> rebuild(Function<? super R, ?> view) {
        Objects.requireNonNull(view, "view");
        StoreRun<R> run = new StoreRun<>(fixture, given, fixture.settings().faults());
        Object live = view.apply(run.live());
        Object rebuilt = view.apply(run.rebuilt());
        if (!Objects.equals(live, rebuilt)) {
            throw new AssertionFailedError("the read model rebuilt from the log differs from the live one: expected "
                    + live + " (live) but was " + rebuilt + " (rebuilt)", live, rebuilt);
        }
        return this;
    }

    private void check(Consumer<R> check) {
        if (orders.mode() == Orders.Mode.GIVEN) {
            R model = new StoreRun<>(fixture, given, fixture.settings().faults()).live();
            try {
                check.accept(model);
            } catch (AssertionFailedError e) {
                throw new AssertionFailedError("in the given order: " + e.getMessage(), e.getExpected(), e.getActual(), e);
            } catch (AssertionError e) {
                throw new AssertionFailedError("in the given order: " + e.getMessage(), e);
            }
            return;
        }
        OrderRun<R> run = new OrderRun<>(fixture, given, check);
        ExplorationResult result = orders.explorer(fixture.settings().seed())
                .faults(orders.faults(fixture.settings().faults()))
                .configure(builder -> {
                    builder.codec(fixture.settings().codec()).retryPolicy(RetryPolicy.noRetries());
                    if (fixture.contracts() != null) {
                        builder.contracts(fixture.contracts());
                    }
                })
                .run(run);
        ExplorationFailure failure = result.failure().orElse(null);
        if (failure != null) {
            throw failed(failure, run);
        }
        if (orders.mode() == Orders.Mode.EVERY && !result.exhausted()) {
            throw new AssertionFailedError("the events have more than " + orders.count() + " orders: walk more with"
                    + " underEveryOrder(n), or sample them with underRandomOrders(n)");
        }
    }

    private AssertionFailedError failed(ExplorationFailure failure, OrderRun<R> run) {
        String report = OrderReport.render(orders, failure, run.types());
        Throwable cause = failure.cause();
        if (cause instanceof AssertionFailedError assertion && assertion.isExpectedDefined()) {
            return new AssertionFailedError(report, assertion.getExpected(), assertion.getActual(), cause);
        }
        return new AssertionFailedError(report, cause);
    }

    /** The read model itself as the view, when its class compares by value. */
    private Function<R, Object> comparable(String instead) {
        R sample = fixture.newReadModel();
        if (!overridesEquals(sample.getClass())) {
            throw new IllegalArgumentException(sample.getClass().getName() + " does not override equals, so two read"
                    + " models cannot be compared: say what to compare, e.g. " + instead);
        }
        return model -> model;
    }

    private static boolean overridesEquals(Class<?> type) {
        try {
            Method equals = type.getMethod("equals", Object.class);
            return equals.getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "ProjectionScenario[" + given.size() + " event(s), " + orders.mode() + ", " + fixture + "]";
    }
}
