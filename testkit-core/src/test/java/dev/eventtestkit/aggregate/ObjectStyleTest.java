package dev.eventtestkit.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectStyleTest {

    interface CounterEvent {}

    record Incremented(int by) implements CounterEvent {}

    record Increment(int by) {}

    /** A mutable aggregate, as object-style code bases write them. */
    static final class Counter {
        private int value;

        void apply(CounterEvent event) {
            value += ((Incremented) event).by();
        }

        List<CounterEvent> handle(Increment command) {
            if (value + command.by() > 10) {
                throw new IllegalArgumentException("the counter stops at 10, it is at " + value);
            }
            return List.of(new Incremented(command.by()));
        }

        int value() {
            return value;
        }
    }

    private final AggregateFixture<Increment, CounterEvent, Counter> counters =
            AggregateFixture.forAggregate(Counter::new, Counter::apply, Counter::handle);

    @Test
    void appliesGivenAndProducedEventsToTheAggregate() {
        counters.given(new Incremented(2), new Incremented(3))
                .when(new Increment(4))
                .thenEvents(new Incremented(4))
                .thenState(counter -> assertThat(counter.value()).isEqualTo(9));
    }

    @Test
    void makesAFreshAggregateForEveryScenario() {
        counters.given(new Incremented(9)).when(new Increment(1)).thenEvents(new Incremented(1));
        counters.givenNothing().when(new Increment(10)).thenEvents(new Incremented(10));
    }

    @Test
    void recordsWhatHandleThrowsAsARejection() {
        counters.given(new Incremented(9)).when(new Increment(2))
                .thenFails(IllegalArgumentException.class, "stops at 10, it is at 9");
    }

    @Test
    void refusesAFactoryThatReturnsNull() {
        AggregateFixture<Increment, CounterEvent, Counter> broken =
                AggregateFixture.forAggregate(() -> null, Counter::apply, Counter::handle);

        assertThatThrownBy(() -> broken.givenNothing().when(new Increment(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the aggregate factory returned null");
    }
}
