/**
 * The report of a contracts check ({@code testkit check}, the Maven plugin's {@code check} goal) in each of its
 * formats: text, JSON, JUnit XML and SARIF. One home for these renderers, so that every face prints the same.
 *
 * <p>A new format is a new {@link dev.eventtestkit.report.check.ReportFormat} constant and its renderer class.
 */
@NullMarked
package dev.eventtestkit.report.check;

import org.jspecify.annotations.NullMarked;
