/** Tests that keep every Java code block of README.md and docs/ tied to real, compiled code. */
@NullMarked
package dev.eventtestkit.examples.docs;

import org.jspecify.annotations.NullMarked;
