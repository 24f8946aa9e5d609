/**
 * The order service on an event store: each order is the stream {@code order-<id>}, loaded, decided and
 * appended with the version it was loaded at; a revenue read model fed by a catch-up subscription and rebuilt
 * from the log.
 */
@NullMarked
package dev.eventtestkit.examples.orders.store;

import org.jspecify.annotations.NullMarked;
