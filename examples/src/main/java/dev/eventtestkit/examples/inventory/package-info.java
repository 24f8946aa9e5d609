/** The seed domain's stock of one product, as a mutable object-style aggregate. */
@NullMarked
package dev.eventtestkit.examples.inventory;

import org.jspecify.annotations.NullMarked;
