/**
 * The Maven plugin: {@code eventtestkit:check} (bound to {@code verify}) and {@code eventtestkit:diff}, thin
 * translations of core's {@link dev.eventtestkit.report.check.CheckOutcome} and
 * {@link dev.eventtestkit.report.check.DiffOutcome}, printing what {@code testkit check} and {@code testkit diff}
 * print.
 */
@NullMarked
package dev.eventtestkit.maven;

import org.jspecify.annotations.NullMarked;
