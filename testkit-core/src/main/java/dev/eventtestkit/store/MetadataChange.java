package dev.eventtestkit.store;

import java.time.Instant;

/**
 * A stream's metadata or deletion changed: kept so that the log can be seen as it was ({@link FakeEventStore#asOf}).
 *
 * @param stream the stream
 * @param metadata its metadata from then on
 * @param deleted whether it is deleted from then on
 * @param nextPosition the position the next event appended after the change got
 * @param at when it changed
 */
record MetadataChange(String stream, StreamMetadata metadata, boolean deleted, long nextPosition, Instant at) {}
