/** The HTML reports in a real browser: a DevTools client for headless Chromium, and the render benchmark. */
@NullMarked
package dev.eventtestkit.benchmarks.report;

import org.jspecify.annotations.NullMarked;
