/**
 * The {@code eventtestkit-contracts} test engine: every contracts root becomes a tree of tests (each version a
 * valid schema, each example valid, each version compatible with the earlier ones at its level), found by
 * Surefire, IDEs and {@code @Suite} like any other JUnit Platform engine.
 */
@NullMarked
package dev.eventtestkit.junit5.engine;

import org.jspecify.annotations.NullMarked;
