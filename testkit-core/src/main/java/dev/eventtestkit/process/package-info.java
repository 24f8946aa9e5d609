/**
 * Process managers (sagas) under test: given the events a process has seen, when an event arrives or time
 * passes, then the commands it sends, the deadlines it schedules and its state.
 */
@NullMarked
package dev.eventtestkit.process;

import org.jspecify.annotations.NullMarked;
