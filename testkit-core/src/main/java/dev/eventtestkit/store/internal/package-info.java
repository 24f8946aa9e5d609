/** Machinery event store implementations share (stream names, version checks, prepared batches); not for tests. */
@NullMarked
package dev.eventtestkit.store.internal;

import org.jspecify.annotations.NullMarked;
