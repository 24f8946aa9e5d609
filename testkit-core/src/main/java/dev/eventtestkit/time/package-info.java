/** Virtual time: a clock that only moves when a test tells it to, and a scheduler on it. */
@NullMarked
package dev.eventtestkit.time;

import org.jspecify.annotations.NullMarked;
