package dev.eventtestkit.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventtestkit.time.VirtualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class StateChangeCheckTest {

    record Reserve(String orderId, int quantity) {}

    record Release(String orderId) {}

    record Reserved(String orderId, int quantity) {}

    record Received(int quantity) {}

    /** An object-style aggregate whose handle forgets that only apply may change it. */
    static class Stock {
        private final Map<String, Integer> reservations = new HashMap<>();
        private int available;

        void apply(Object event) {
            if (event instanceof Received received) {
                available += received.quantity();
            } else if (event instanceof Reserved reserved) {
                available -= reserved.quantity();
                reservations.put(reserved.orderId(), reserved.quantity());
            }
        }

        List<Object> handle(Object command) {
            Reserve reserve = (Reserve) command;
            if (reserve.quantity() > available) {
                available = 0; // the bug: a change no event records
                throw new IllegalStateException("only " + available + " left");
            }
            available -= reserve.quantity(); // the bug: apply subtracts again
            return List.of(new Reserved(reserve.orderId(), reserve.quantity()));
        }

        int available() {
            return available;
        }
    }

    /** The same stock without the bugs. */
    static final class CorrectStock extends Stock {
        @Override
        List<Object> handle(Object command) {
            Reserve reserve = (Reserve) command;
            return List.of(new Reserved(reserve.orderId(), reserve.quantity()));
        }
    }

    private final AggregateFixture<Object, Object, Stock> stock =
            AggregateFixture.forAggregate(Stock::new, Stock::apply, Stock::handle);

    @Test
    void catchesAHandlerThatChangesTheAggregateOutsideItsEvents() {
        Scenario<Object, Object, Stock> received = stock.given(new Received(5));

        assertThatThrownBy(() -> received.when(new Reserve("o-1", 2)))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("""
                        Illegal state change: deciding the command changed the state it was given:
                          when Reserve{orderId="o-1", quantity=2}
                          sourced from the events before it: Stock{available=5, reservations={}}
                          after deciding it:                 Stock{available=3, reservations={}}
                          field available: expected 5 but was 3
                          Only evolve (apply) may change the state, from the events decide returns. \
                        withoutStateChangeCheck() turns this check off.""");
    }

    @Test
    void carriesBothStatesForTheIdeDiff() {
        AssertionFailedError failure = Caught.failure(() -> stock.given(new Received(5)).when(new Reserve("o-1", 2)));

        assertThat(failure.getExpected().getStringRepresentation()).isEqualTo("Stock{available=5, reservations={}}");
        assertThat(failure.getActual().getStringRepresentation()).isEqualTo("Stock{available=3, reservations={}}");
    }

    @Test
    void catchesAChangeBeforeARejection() {
        Scenario<Object, Object, Stock> received = stock.given(new Received(1));

        assertThatThrownBy(() -> received.when(new Reserve("o-1", 2)))
                .hasMessageStartingWith("""
                        Illegal state change: deciding the command changed the state it was given:
                          when Reserve{orderId="o-1", quantity=2}
                          sourced from the events before it: Stock{available=1, reservations={}}
                          after deciding it:                 Stock{available=0, reservations={}}
                          field available: expected 1 but was 0""");
    }

    @Test
    void passesAnAggregateThatChangesOnlyThroughItsEvents() {
        AggregateFixture.forAggregate(CorrectStock::new, CorrectStock::apply, CorrectStock::handle)
                .given(new Received(5))
                .when(new Reserve("o-1", 2))
                .thenEvents(new Reserved("o-1", 2));
    }

    @Test
    void letsTheTestTurnTheCheckOff() {
        stock.withoutStateChangeCheck()
                .given(new Received(5))
                .when(new Reserve("o-1", 2))
                .thenEvents(new Reserved("o-1", 2))
                .thenState(broken -> assertThat(broken.available()).isEqualTo(1));
    }

    /** A mutable state without equals, changed by decide: the functional style has the same trap. */
    static final class Cart {
        final List<String> items = new ArrayList<>();
        boolean checkedOut;
    }

    record Add(String sku) {}

    record Added(String sku) {}

    record CheckOut() {}

    record CheckedOut(int items) {}

    static final Decider<Object, Object, Cart> CART = new Decider<>() {
        @Override
        public Cart initialState() {
            return new Cart();
        }

        @Override
        public List<Object> decide(Object command, Cart cart) {
            if (command instanceof Add add) {
                return List.of(new Added(add.sku()));
            }
            cart.checkedOut = true; // the bug
            return List.of(new CheckedOut(cart.items.size()));
        }

        @Override
        public Cart evolve(Cart cart, Object event) {
            if (event instanceof Added added) {
                cart.items.add(added.sku());
            }
            return cart;
        }
    };

    @Test
    void catchesADecideThatChangesAMutableState() {
        Scenario<Object, Object, Cart> filled =
                AggregateFixture.forDecider(CART).given(new Added("sku-1"), new Added("sku-2"));

        assertThatThrownBy(() -> filled.when(new CheckOut())).hasMessage("""
                Illegal state change: deciding the command changed the state it was given:
                  when CheckOut{}
                  sourced from the events before it: Cart{checkedOut=false, items=["sku-1", "sku-2"]}
                  after deciding it:                 Cart{checkedOut=true, items=["sku-1", "sku-2"]}
                  field checkedOut: expected false but was true
                  Only evolve (apply) may change the state, from the events decide returns. \
                withoutStateChangeCheck() turns this check off.""");
    }

    @Test
    void catchesAnEvolveThatGivesAnotherStateForTheSameEvents() {
        AtomicInteger calls = new AtomicInteger();
        Decider<Object, Object, Integer> counting = new Decider<>() {
            @Override
            public Integer initialState() {
                return 0;
            }

            @Override
            public List<Object> decide(Object command, Integer state) {
                return List.of(new Added("sku-" + state));
            }

            @Override
            public Integer evolve(Integer state, Object event) {
                return calls.incrementAndGet(); // the bug: reads something besides the state and the event
            }
        };

        assertThatThrownBy(() -> AggregateFixture.forDecider(counting).given(new Added("a")).when(new Add("b")))
                .hasMessage("""
                        Illegal state change: deciding the command changed the state it was given:
                          when Add{sku="b"}
                          sourced from the events before it: 2
                          after deciding it:                 1
                          Only evolve (apply) may change the state, from the events decide returns. \
                        withoutStateChangeCheck() turns this check off.""");
    }

    @Test
    void comparesTheStatesAfterTheProducedEventsToo() {
        AtomicInteger calls = new AtomicInteger();
        Decider<Object, Object, Integer> nondeterministic = new Decider<>() {
            @Override
            public Integer initialState() {
                return 0;
            }

            @Override
            public List<Object> decide(Object command, Integer state) {
                return List.of(new Added("x"));
            }

            @Override
            public Integer evolve(Integer state, Object event) {
                return calls.incrementAndGet() > 1 ? 7 : 5;
            }
        };

        assertThatThrownBy(() -> AggregateFixture.forDecider(nondeterministic).givenNothing().when(new Add("x")))
                .hasMessage("""
                        Illegal state change: the state differs from the state sourced from all 1 event:
                          when Add{sku="x"}
                          sourced from the events: 7
                          reached by handling:     5
                          evolve (apply) must give the same state for the same events. \
                        withoutStateChangeCheck() turns this check off.""");
    }

    /** Compares by its equals, which leaves the audit trail out. */
    static final class Account {
        final List<String> audit = new ArrayList<>();
        int balance;

        @Override
        public boolean equals(Object other) {
            return other instanceof Account account && account.balance == balance;
        }

        @Override
        public int hashCode() {
            return balance;
        }
    }

    @Test
    void comparesByEqualsWhereTheStateDefinesIt() {
        Decider<Object, Object, Account> audited = new Decider<>() {
            @Override
            public Account initialState() {
                return new Account();
            }

            @Override
            public List<Object> decide(Object command, Account account) {
                account.audit.add("decided " + command); // outside equals: not a state change for the test
                return List.of();
            }

            @Override
            public Account evolve(Account account, Object event) {
                return account;
            }
        };

        AggregateFixture.forDecider(audited).givenNothing().when(new Add("x")).thenNoEvents();
    }

    @Test
    void namesTheDeadlineCommandThatChangedTheState() {
        AggregateFixture<Object, Object, Stock> withDeadline = stock.withDeadlines(event -> event instanceof Received
                ? List.of(Deadline.after(Duration.ofMinutes(5), new Reserve("o-9", 1)))
                : List.of());
        Scenario<Object, Object, Stock> received = withDeadline.given(new Received(5));

        assertThatThrownBy(() -> received.whenTimePasses(Duration.ofMinutes(5))).hasMessageStartingWith("""
                Illegal state change: deciding a deadline command changed the state it was given:
                  when 5 minutes pass
                  deadline command Reserve{orderId="o-9", quantity=1}
                  sourced from the events before it: Stock{available=5, reservations={}}
                  after deciding it:                 Stock{available=4, reservations={}}
                  field available: expected 5 but was 4""");
    }

    @Test
    void checksEveryStepOfASession() {
        AggregateSession<Object, Object, Stock> session = stock.session(List.of(new Received(5)));

        assertThatThrownBy(() -> session.when(new Reserve("o-1", 1)))
                .hasMessageStartingWith("Illegal state change: deciding the command changed the state it was given:");
    }

    /** A state that holds a collaborator and a map: the clock is read as its zone, never walked. */
    static final class Scheduled {
        private final VirtualClock clock;
        private final Map<String, Integer> counts = new HashMap<>();

        Scheduled(VirtualClock clock) {
            this.clock = clock;
        }
    }

    @Test
    void readsJdkValuesAndClocksWithoutReflectingIntoThem() {
        VirtualClock clock = VirtualClock.create();
        Decider<Object, Object, Scheduled> scheduled = new Decider<>() {
            @Override
            public Scheduled initialState() {
                return new Scheduled(clock);
            }

            @Override
            public List<Object> decide(Object command, Scheduled state) {
                state.counts.merge("decided", 1, Integer::sum);
                return List.of();
            }

            @Override
            public Scheduled evolve(Scheduled state, Object event) {
                return state;
            }
        };

        assertThatThrownBy(() -> AggregateFixture.forDecider(scheduled).givenNothing().when(new Add("x")))
                .hasMessageContaining("\n  sourced from the events before it: Scheduled{clock=\"clock in Z\", counts={}}"
                        + "\n  after deciding it:                 Scheduled{clock=\"clock in Z\", counts={decided=1}}"
                        + "\n  field counts.decided: expected (absent) but was 1\n");
    }

    /** A line without equals, held in a list: compared by its fields, never by identity. */
    static final class Line {
        private final String sku;
        private int quantity;

        Line(String sku, int quantity) {
            this.sku = sku;
            this.quantity = quantity;
        }
    }

    /** Lines without equals, a JDK counter without equals, and a handler that may touch a nested field. */
    static final class Basket {
        private final List<Line> lines = new ArrayList<>();
        private final AtomicInteger version = new AtomicInteger();
        private final boolean buggy;

        Basket(boolean buggy) {
            this.buggy = buggy;
        }

        void apply(Object event) {
            lines.add(new Line(((Added) event).sku(), 1));
            version.incrementAndGet();
        }

        List<Object> handle(Object command) {
            if (buggy && !lines.isEmpty()) {
                lines.get(0).quantity = 5;
            }
            return List.of(new Added(((Add) command).sku()));
        }
    }

    @Test
    void comparesNestedObjectsWithoutEqualsFieldByFieldNotByIdentity() {
        AggregateFixture.forAggregate(() -> new Basket(false), Basket::apply, Basket::handle)
                .given(new Added("sku-1"), new Added("sku-2"))
                .when(new Add("sku-3"))
                .thenEvents(new Added("sku-3"));
        assertThatThrownBy(() -> AggregateFixture.forAggregate(() -> new Basket(true), Basket::apply, Basket::handle)
                .given(new Added("sku-1"))
                .when(new Add("sku-2")))
                .hasMessageContaining("\n  field lines: expected [{quantity=1, sku=\"sku-1\"}] but was "
                        + "[{quantity=5, sku=\"sku-1\"}]\n");
    }

    /** Refers to itself: its fields cannot be read as a tree. */
    static final class Looped {
        Looped self = this;
    }

    @Test
    void explainsAStateWhoseFieldsCannotBeRead() {
        Decider<Object, Object, Looped> looped = new Decider<>() {
            @Override
            public Looped initialState() {
                return new Looped();
            }

            @Override
            public List<Object> decide(Object command, Looped state) {
                return List.of();
            }

            @Override
            public Looped evolve(Looped state, Object event) {
                return state;
            }
        };

        assertThatThrownBy(() -> AggregateFixture.forDecider(looped).givenNothing().when(new Add("x")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the state-change check cannot compare two "
                        + "dev.eventtestkit.aggregate.StateChangeCheckTest$Looped: cannot read the fields of ")
                .hasMessageEndingWith("; define equals() on it, or turn the check off with withoutStateChangeCheck()");
        AggregateFixture.forDecider(looped).withoutStateChangeCheck().givenNothing().when(new Add("x")).thenNoEvents();
    }
}
