/** The fake broker's hot path: publish and deliver, with and without Jackson. */
@NullMarked
package dev.eventtestkit.benchmarks.broker;

import org.jspecify.annotations.NullMarked;
