/** The event store TCK: {@link dev.eventtestkit.store.tck.EventStoreContractTest}, the rules any store runs. */
@NullMarked
package dev.eventtestkit.store.tck;

import org.jspecify.annotations.NullMarked;
