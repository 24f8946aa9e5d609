/**
 * Read models (projections) under test: {@link dev.eventtestkit.projection.ProjectionFixture} feeds one the
 * given events in the given order, in every order that keeps each stream's own order, with duplicates, and
 * compares the live read model with one rebuilt from the log.
 */
@NullMarked
package dev.eventtestkit.projection;

import org.jspecify.annotations.NullMarked;
