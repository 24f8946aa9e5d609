/** The {@code testkit} command line: {@code check} and {@code diff} for CI. */
@NullMarked
package dev.eventtestkit.cli;

import org.jspecify.annotations.NullMarked;
