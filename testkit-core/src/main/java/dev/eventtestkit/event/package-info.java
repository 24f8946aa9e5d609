/** What an event is: its type name and version, its JSON form, and deterministic ids for tests. */
@NullMarked
package dev.eventtestkit.event;

import org.jspecify.annotations.NullMarked;
