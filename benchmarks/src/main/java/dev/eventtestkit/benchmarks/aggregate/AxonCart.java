package dev.eventtestkit.benchmarks.aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.eventtestkit.benchmarks.aggregate.Cart.CartCheckedOut;
import dev.eventtestkit.benchmarks.aggregate.Cart.CartOpened;
import dev.eventtestkit.benchmarks.aggregate.Cart.CheckOut;
import dev.eventtestkit.benchmarks.aggregate.Cart.ItemAdded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** The same cart as an Axon 4 event-sourced aggregate, the way Axon users write it. */
public class AxonCart {

    @AggregateIdentifier
    private String cartId;
    private int items;
    private boolean checkedOut;

    /** Axon rebuilds aggregates through the no-argument constructor. */
    public AxonCart() {
    }

    @CommandHandler
    public void handle(CheckOut command) {
        if (checkedOut) {
            throw new IllegalStateException("cart " + command.cartId() + " is already checked out");
        }
        apply(new CartCheckedOut(command.cartId(), items));
    }

    @EventSourcingHandler
    void on(CartOpened event) {
        cartId = event.cartId();
    }

    @EventSourcingHandler
    void on(ItemAdded event) {
        items += event.quantity();
    }

    @EventSourcingHandler
    void on(CartCheckedOut event) {
        checkedOut = true;
    }
}
