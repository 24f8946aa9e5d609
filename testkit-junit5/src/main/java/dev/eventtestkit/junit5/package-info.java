/**
 * JUnit Jupiter support: {@link dev.eventtestkit.junit5.EventTest} injects a fresh fake broker, its virtual
 * clock and the event contracts into every test; {@link dev.eventtestkit.junit5.Interleavings} runs a test under
 * many delivery schedules; {@link dev.eventtestkit.junit5.Eventually} waits for consumers on threads of their own.
 */
@NullMarked
package dev.eventtestkit.junit5;

import org.jspecify.annotations.NullMarked;
