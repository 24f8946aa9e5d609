/** Aggregates under test: given events, when a command, then the events it produced. */
@NullMarked
package dev.eventtestkit.aggregate;

import org.jspecify.annotations.NullMarked;
