/** An {@link dev.eventtestkit.store.EventStore} on PostgreSQL over plain JDBC. */
@NullMarked
package dev.eventtestkit.store.jdbc;

import org.jspecify.annotations.NullMarked;
