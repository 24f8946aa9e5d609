/**
 * A benchmark of ordering bugs: small event-driven systems, each with a known bug (a lost update, a double
 * charge under duplicates, a saga timeout racing a payment, ...), its depth, and a fixed version; and the
 * harness ({@link dev.eventtestkit.benchmarks.bugs.BugHunt}) that measures how many schedules each exploration
 * strategy needs to find each bug, and that the fixed versions raise no false alarm.
 */
@NullMarked
package dev.eventtestkit.benchmarks.bugs;

import org.jspecify.annotations.NullMarked;
