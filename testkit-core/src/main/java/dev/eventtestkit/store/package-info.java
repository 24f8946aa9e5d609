/**
 * The event store: streams of events with expected versions, the global log, catch-up subscriptions on the
 * broker's delivery model, stream metadata and time travel; {@link dev.eventtestkit.store.FakeEventStore} is the
 * deterministic in-memory one, {@link dev.eventtestkit.store.EventStore} what any store offers a test.
 */
@NullMarked
package dev.eventtestkit.store;

import org.jspecify.annotations.NullMarked;
