/** The seed domain's order, as a decider: created, paid, shipped, or cancelled when payment is late. */
@NullMarked
package dev.eventtestkit.examples.orders;

import org.jspecify.annotations.NullMarked;
