package dev.eventtestkit.benchmarks.aggregate;

import dev.eventtestkit.aggregate.Decider;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The benchmarked domain, shared by both fixtures: a cart that is opened, filled, then checked out. */
final class Cart {

    record CartOpened(String cartId) {}

    record ItemAdded(String cartId, String sku, int quantity) {}

    record CartCheckedOut(String cartId, int items) {}

    /** Axon routes a command to its aggregate by the annotated field. */
    record CheckOut(@TargetAggregateIdentifier String cartId) {}

    record CartState(String cartId, int items, boolean checkedOut) {}

    /** The cart as a decider, for EventTestkit. */
    static final Decider<Object, Object, CartState> DECIDER = new Decider<>() {
        @Override
        public CartState initialState() {
            return new CartState("", 0, false);
        }

        @Override
        public List<Object> decide(Object command, CartState state) {
            CheckOut checkOut = (CheckOut) command;
            if (state.checkedOut()) {
                throw new IllegalStateException("cart " + checkOut.cartId() + " is already checked out");
            }
            return List.of(new CartCheckedOut(checkOut.cartId(), state.items()));
        }

        @Override
        public CartState evolve(CartState state, Object event) {
            if (event instanceof CartOpened opened) {
                return new CartState(opened.cartId(), 0, false);
            }
            if (event instanceof ItemAdded added) {
                return new CartState(state.cartId(), state.items() + added.quantity(), false);
            }
            return new CartState(state.cartId(), state.items(), true);
        }
    };

    /** @return the scenario's history: the cart opened, then nine items added */
    static Object[] tenGivenEvents() {
        Object[] events = new Object[10];
        events[0] = new CartOpened("c-1");
        for (int i = 1; i < events.length; i++) {
            events[i] = new ItemAdded("c-1", "sku-" + i, 1);
        }
        return events;
    }

    private Cart() {
    }
}
