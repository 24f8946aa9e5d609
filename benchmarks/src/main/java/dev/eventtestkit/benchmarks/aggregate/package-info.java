/** Aggregate fixtures: EventTestkit's beside Axon's, one test cycle each. */
@NullMarked
package dev.eventtestkit.benchmarks.aggregate;

import org.jspecify.annotations.NullMarked;
