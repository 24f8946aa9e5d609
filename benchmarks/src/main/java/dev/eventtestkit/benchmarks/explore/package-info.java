/** Schedule exploration: random and exhaustive schedules of a small two-consumer scenario. */
@NullMarked
package dev.eventtestkit.benchmarks.explore;

import org.jspecify.annotations.NullMarked;
