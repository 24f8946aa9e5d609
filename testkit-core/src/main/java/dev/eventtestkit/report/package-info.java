/** Rendering of failures: event sequence diffs, timelines, compatibility reports. */
@NullMarked
package dev.eventtestkit.report;

import org.jspecify.annotations.NullMarked;
