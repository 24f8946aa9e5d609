/** The event store: the fake beside PostgreSQL, and catch-up subscriptions over a long log. */
@NullMarked
package dev.eventtestkit.benchmarks.store;

import org.jspecify.annotations.NullMarked;
