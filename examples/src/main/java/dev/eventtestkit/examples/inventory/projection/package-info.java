/** The stock read model: units reserved and available per product, right in any delivery order. */
@NullMarked
package dev.eventtestkit.examples.inventory.projection;

import org.jspecify.annotations.NullMarked;
