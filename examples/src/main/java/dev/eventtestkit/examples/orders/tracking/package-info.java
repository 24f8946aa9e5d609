/** The order-tracking read model: orders joined with their shipments, fed from the event store's log. */
@NullMarked
package dev.eventtestkit.examples.orders.tracking;

import org.jspecify.annotations.NullMarked;
