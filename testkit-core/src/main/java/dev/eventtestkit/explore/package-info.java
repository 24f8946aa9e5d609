/**
 * Schedule exploration: runs one scenario under many delivery schedules of the fake broker, random or
 * exhaustive, shrinks a failing schedule and reports how to replay it. Entry point: {@link
 * dev.eventtestkit.explore.Explorer}.
 */
@NullMarked
package dev.eventtestkit.explore;

import org.jspecify.annotations.NullMarked;
