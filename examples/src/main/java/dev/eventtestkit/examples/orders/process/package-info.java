/** The order process (saga): reserves stock, requests payment, ships, or cancels an order whose payment is late. */
@NullMarked
package dev.eventtestkit.examples.orders.process;

import org.jspecify.annotations.NullMarked;
