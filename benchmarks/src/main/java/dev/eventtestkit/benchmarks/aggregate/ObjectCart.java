package dev.eventtestkit.benchmarks.aggregate;

import dev.eventtestkit.benchmarks.aggregate.Cart.CartCheckedOut;
import dev.eventtestkit.benchmarks.aggregate.Cart.CartOpened;
import dev.eventtestkit.benchmarks.aggregate.Cart.CheckOut;
import dev.eventtestkit.benchmarks.aggregate.Cart.ItemAdded;
import java.util.List;

/**
 * The cart in object style, as Axon users write aggregates: private mutable fields, no {@code equals}. The
 * state-change check compares such a state field by field, through JSON, which costs more than a record's
 * {@code equals}.
 */
final class ObjectCart {

    private String cartId = "";
    private int items;
    private boolean checkedOut;

    void apply(Object event) {
        if (event instanceof CartOpened opened) {
            cartId = opened.cartId();
        } else if (event instanceof ItemAdded added) {
            items += added.quantity();
        } else if (event instanceof CartCheckedOut) {
            checkedOut = true;
        }
    }

    List<Object> handle(Object command) {
        CheckOut checkOut = (CheckOut) command;
        if (checkedOut) {
            throw new IllegalStateException("cart " + cartId + " is already checked out");
        }
        return List.of(new CartCheckedOut(checkOut.cartId(), items));
    }
}
