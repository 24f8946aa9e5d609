/** Validating one event against its JSON Schema contract. */
@NullMarked
package dev.eventtestkit.benchmarks.contract;

import org.jspecify.annotations.NullMarked;
